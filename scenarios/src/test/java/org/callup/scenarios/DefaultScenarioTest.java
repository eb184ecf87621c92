package org.callup.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.EthnicStatus;
import org.callup.model.params.PostMode;
import org.callup.model.params.RegionSpec;
import org.callup.model.params.Scenario;
import org.callup.model.timeline.AnnounceWave;
import org.callup.model.timeline.SetParameter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default scenario carries the figures of the shared data and the 2022 timeline. */
class DefaultScenarioTest {
    private static Scenario s;
    private static Map<String, BorderPostSpec> posts;
    private static Map<String, RegionSpec> regions;

    @BeforeAll
    static void load() throws ScenarioException {
        s = ScenarioLibrary.shipped().load(ScenarioLibrary.DEFAULT).scenario();
        posts = s.borders().posts().stream().collect(Collectors.toMap(BorderPostSpec::id, Function.identity()));
        regions = s.population().regions().stream().collect(Collectors.toMap(RegionSpec::id, Function.identity()));
    }

    @Test
    void runsFromAWeekBeforeTheDecreeToTheEndOfNovember() {
        assertEquals(LocalDate.of(2022, 9, 14), s.startDate());
        assertEquals(LocalDate.of(2022, 11, 30), s.endDate());
        assertEquals(250_000, s.population().citizenCount());
    }

    @Test
    void announcesThreeHundredThousandOnTheTwentyFirst() {
        AnnounceWave w = (AnnounceWave) s.timeline().stream()
                .filter(e -> e instanceof AnnounceWave)
                .findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2022, 9, 21), w.date());
        assertEquals(300_000, w.quotaPersons());
        assertEquals(37, w.planDays());
    }

    @Test
    void regionsComeFromTheCensusTableWithNationalFiguresFillingGaps() {
        assertEquals(24, regions.size());
        assertEquals(
                147_182_123L,
                regions.values().stream().mapToLong(RegionSpec::populationTotal).sum(),
                "the regions add up to the 2021 census total");
        assertEquals(64191, regions.get("ryazan_oblast").avgWageRub());
        assertEquals(0.714, regions.get("ryazan_oblast").urbanShare(), 1e-12);
        assertEquals(0.748, regions.get("moscow_city").urbanShare(), 1e-12);
        assertEquals(46483, regions.get("volga_fd_rest").avgWageRub(), "the district figure of the table's note");
        assertEquals(EthnicStatus.REPUBLIC, regions.get("dagestan").ethnicStatus());
        assertEquals(EthnicStatus.MIXED, regions.get("northwestern_fd_rest").ethnicStatus());
        assertEquals(EthnicStatus.NONE, regions.get("moscow_city").ethnicStatus());
        assertEquals(60.4, regions.get("northwestern_fd_rest").latitude());
    }

    @Test
    void postsAreTheTwentyOneNamedRoutesWithoutTheKazakhAggregate() {
        assertEquals(21, posts.size());
        assertFalse(posts.containsKey("kz_all_crossings"));
        double kz = posts.values().stream()
                .filter(p -> p.id().startsWith("kz_"))
                .mapToDouble(BorderPostSpec::baselineTravellersPerDay)
                .sum();
        assertEquals(10_500, kz, "midpoint of 9000-12000/day split among the six Kazakh posts");
        double fi = posts.get("fi_vaalimaa").baselineTravellersPerDay()
                + posts.get("fi_nuijamaa").baselineTravellersPerDay();
        assertEquals(3133, fi, 5, "3133 Russians entered Finland by land on 2022-09-14");
        double air = posts.values().stream()
                .filter(p -> p.mode() == PostMode.AIR)
                .mapToDouble(BorderPostSpec::baselineTravellersPerDay)
                .sum();
        // Rosaviatsia: 21.7 million passengers on international flights to and from Russia in Jan-Sep 2022 [B57]
        assertEquals(21_700_000 / 2.0 / 273, air, 100, "the air routes carry everyone who left Russia by air");
    }

    @Test
    void postsTakeNameModeAndRegionFromTheTable() {
        BorderPostSpec lars = posts.get("upper_lars");
        assertEquals("Georgia", lars.destinationCountry());
        assertEquals(PostMode.ROAD, lars.mode());
        assertEquals("north_caucasian_fd_rest", lars.regionId());
        assertEquals(42.768, lars.latitude());
        assertFalse(lars.rules().footAllowed(), "pedestrians only from 09-26");
        assertEquals(PostMode.RAIL, posts.get("kz_petropavl_side").mode());
        assertEquals(PostMode.AIR, posts.get("air_yerevan").mode());
        assertFalse(posts.get("az_yarag_kazmalyar").open());
        assertTrue(posts.get("no_storskog").rules().touristVisaRefused());
    }

    @Test
    void upperLarsCapacityRiseIsADoubleForTheEngine() {
        SetParameter rise = (SetParameter) s.timeline().stream()
                .filter(e -> e instanceof SetParameter sp && sp.path().contains("upper_lars"))
                .findFirst()
                .orElseThrow();
        assertEquals(10500.0, rise.value());
        SetParameter ages = (SetParameter) s.timeline().stream()
                .filter(e -> e instanceof SetParameter sp && sp.path().equals("recruiters.targetAgeMax"))
                .findFirst()
                .orElseThrow();
        assertEquals(27, ages.value(), "an int parameter receives an Integer");
    }

    @Test
    void eventsAreInDateOrderWithinTheRun() {
        for (int i = 1; i < s.timeline().size(); i++) {
            assertFalse(
                    s.timeline().get(i).date().isBefore(s.timeline().get(i - 1).date()));
        }
        assertTrue(s.timeline().stream()
                .allMatch(e -> !e.date().isBefore(s.startDate()) && !e.date().isAfter(s.endDate())));
    }
}
