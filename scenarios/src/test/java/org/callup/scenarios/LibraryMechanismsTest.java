package org.callup.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.callup.model.MobilizationModel;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.Metric;
import org.callup.model.params.ReviewParams;
import org.callup.model.params.Scenario;
import org.callup.model.timeline.ReviewDrafts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every mechanism of the model acts in the shipped scenarios of its time: the 2022 call-up shows all of them but
 * electronic summons, which only the 2023 law introduced, and the autumn 2024 draft shows those.
 */
class LibraryMechanismsTest {
    private static List<DayObservation> run(String name) throws ScenarioException {
        Scenario s = ScenarioLibrary.shipped().load(name).scenario();
        List<DayObservation> days = new ArrayList<>();
        MobilizationModel m = new MobilizationModel(s, 2);
        m.addSink(days::add);
        m.runToEnd();
        return days;
    }

    private static final List<DayObservation> Y2022;

    static {
        try {
            Y2022 = run(ScenarioLibrary.DEFAULT);
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.format(), e);
        }
    }

    private static double total(List<DayObservation> days, Metric m) {
        return days.stream().mapToDouble(d -> d.all(m)).sum();
    }

    private static double peak(List<DayObservation> days, Metric m) {
        return days.stream().mapToDouble(d -> d.all(m)).max().orElse(0);
    }

    @ParameterizedTest
    @EnumSource(
            value = Metric.class,
            names = {
                "MOBILIZED",
                "EMIGRANTS",
                "CROSSINGS_OUT",
                "RETURNED_FROM_ABROAD",
                "SUMMONS_DELIVERED_ADDRESS",
                "SUMMONS_DELIVERED_WORKPLACE",
                "SUMMONS_DELIVERED_RAID",
                "SUMMONS_DELIVERED_FACIAL",
                "SUMMONS_DELIVERED_BORDER",
                "SUMMONS_MISTAKEN",
                "RAID_DETENTIONS",
                "TURNED_BACK",
                "GAVE_UP_QUEUE",
                "AIR_NO_SEAT",
                "PROTESTERS",
                "STATE_ACTIVE",
                "PROTEST_ARRESTS",
                "OFFICE_ATTACKS",
                "MISTAKEN_DRAFTS_RETURNED",
                "DEFERRALS_GRANTED",
                "ESCAPES",
                "CONSCRIPTED",
                "MOBILIZED_WITHOUT_SERVICE",
                "DEPLOYMENTS"
            })
    void everyMechanismOf2022HappensInTheDefaultScenario(Metric m) {
        assertTrue(total(Y2022, m) > 0, m.key() + " never happened in " + ScenarioLibrary.DEFAULT);
    }

    @ParameterizedTest
    @EnumSource(
            value = Metric.class,
            names = {
                "STATE_NOTIFIED",
                "STATE_HIDING",
                "STATE_TRAVELLING",
                "STATE_QUEUEING",
                "STATE_ABROAD",
                "STATE_MOBILIZED",
                "STATE_DEPLOYED",
                "STATE_DEFERRED",
                "STATE_DETAINED",
                "STATE_ARRESTED",
                "STATE_RETURNED",
                "STATE_CONSCRIPTED",
                "QUEUE_WAIT_HOURS"
            })
    void everyStateIsReachedInTheDefaultScenario(Metric m) {
        assertTrue(peak(Y2022, m) > 0, m.key() + " was always zero in " + ScenarioLibrary.DEFAULT);
    }

    @Test
    void faresRiseAfterTheDecree() {
        double before = Y2022.get(0).get(Metric.AIR_PRICE_RUB, "post:air_yerevan");
        double peak = Y2022.stream()
                .mapToDouble(d -> d.get(Metric.AIR_PRICE_RUB, "post:air_yerevan"))
                .max()
                .orElse(0);
        assertTrue(peak > 2 * before, "Yerevan fares from " + before + " to at most " + peak);
    }

    /** The review ordered when mistakes were conceded cuts the commissariats' capacity on its days, and only then. */
    @Test
    void theReviewOfDraftsShowsInTheSummonsCapacity() throws ScenarioException {
        Scenario s = ScenarioLibrary.shipped().load(ScenarioLibrary.DEFAULT).scenario();
        ReviewParams review = s.recruiters().review();
        assertTrue(review.days() > 0 && review.capacityShare() < 0.9, "the default scenario has a review: " + review);
        LocalDate ordered = s.timeline().stream()
                .filter(e -> e instanceof ReviewDrafts)
                .findFirst()
                .orElseThrow()
                .date();
        int first = (int) ChronoUnit.DAYS.between(s.startDate(), ordered) + review.lagDays();
        int last = first + review.days() - 1;
        double before = Y2022.get(first - 1).all(Metric.SUMMONS_CAPACITY);
        double during = Y2022.get(first).all(Metric.SUMMONS_CAPACITY);
        double end = Y2022.get(last).all(Metric.SUMMONS_CAPACITY);
        double after = Y2022.get(last + 1).all(Metric.SUMMONS_CAPACITY);
        double dip = (1 + review.capacityShare()) / 2;
        assertTrue(
                during < dip * before,
                "capacity " + before + " the day before the review, " + during + " on its first day");
        assertTrue(after * dip > end, "capacity " + end + " on the review's last day, " + after + " the day after");
    }

    @Test
    void noElectronicSummonsBeforeTheLawButInTheAutumn2024Draft() throws ScenarioException {
        assertEquals(0, total(Y2022, Metric.SUMMONS_DELIVERED_ELECTRONIC), "no electronic summons in 2022");
        var y2024 = run("autumn-draft-2024");
        assertTrue(
                total(y2024, Metric.SUMMONS_DELIVERED_ELECTRONIC) > 0, "electronic summons in the autumn 2024 draft");
        assertTrue(total(y2024, Metric.CONSCRIPTED) > 0, "the autumn 2024 draft takes conscripts");
        assertEquals(0, total(y2024, Metric.MOBILIZED), "and mobilizes nobody");
    }

    @Test
    void theAutumnConscriptionOf2022TakesConscriptsNotMobilizedMen() {
        double lateMobilized = Y2022.stream()
                .filter(d -> d.date().isAfter(java.time.LocalDate.of(2022, 11, 1)))
                .mapToDouble(d -> d.all(Metric.MOBILIZED))
                .sum();
        assertEquals(0, lateMobilized, "nobody mobilized during the conscription");
        assertTrue(total(Y2022, Metric.CONSCRIPTED) > 0, "conscripts in November");
    }
}
