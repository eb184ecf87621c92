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
        return run(name, 0);
    }

    /** Runs a shipped scenario, at {@code scale} real men per simulated man (0: the scenario's own). */
    private static List<DayObservation> run(String name, int scale) throws ScenarioException {
        Scenario s = ScenarioLibrary.shipped().load(name).scenario();
        if (scale > 0) {
            s = org.callup.model.params.ParamPaths.set(s, "population.scale", scale);
        }
        List<DayObservation> days = new ArrayList<>();
        MobilizationModel m = new MobilizationModel(s, 2);
        m.addSink(days::add);
        m.runToEnd();
        return days;
    }

    private static final List<DayObservation> Y2022;

    /**
     * Street cameras act in the two capitals only, at half intensity, on a small share of capacity: at the default
     * scale of 100 a run serves about four simulated men's summonses that way (425 real men on the mean of four
     * replications), so one seed may serve none. At scale 50 the count is twice as many draws.
     */
    private static final int SCALE_2022 = 50;

    static {
        try {
            Y2022 = run(ScenarioLibrary.DEFAULT, SCALE_2022);
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

    /**
     * Summonses in border queues are rare at scale 100 (5 a day per 1,000 men queueing, a handful of simulated men a
     * run), so a single run may serve none: the default scenario's four replication seeds together must serve some.
     */
    @Test
    void summonsesAreServedInBorderQueuesOverTheReplications() throws ScenarioException {
        Scenario s = ScenarioLibrary.shipped().load(ScenarioLibrary.DEFAULT).scenario();
        double served = total(Y2022, Metric.SUMMONS_DELIVERED_BORDER);
        for (long seed : new long[] {5225608189600411232L, 6878622605533214259L, 8955919645141445295L}) {
            Scenario other = new Scenario(
                    s.name(),
                    s.description(),
                    s.startDate(),
                    s.endDate(),
                    seed,
                    s.population(),
                    s.citizens(),
                    s.decisions(),
                    s.recruiters(),
                    s.borders(),
                    s.protest(),
                    s.timeline());
            List<DayObservation> days = new ArrayList<>();
            MobilizationModel m = new MobilizationModel(other, 2);
            m.addSink(days::add);
            m.runToEnd();
            served += total(days, Metric.SUMMONS_DELIVERED_BORDER);
        }
        assertTrue(served > 0, "no summons served in a border queue in four runs of " + ScenarioLibrary.DEFAULT);
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
    void theReviewOfDraftsShowsInTheSummonsCapacityOfItsVariant() throws ScenarioException {
        Scenario s = ScenarioLibrary.shipped().load("shape-review").scenario();
        List<DayObservation> days = run("shape-review");
        ReviewParams review = s.recruiters().review();
        assertTrue(review.days() > 0 && review.capacityShare() < 0.9, "shape-review has a review: " + review);
        LocalDate ordered = s.timeline().stream()
                .filter(e -> e instanceof ReviewDrafts)
                .findFirst()
                .orElseThrow()
                .date();
        int first = (int) ChronoUnit.DAYS.between(s.startDate(), ordered) + review.lagDays();
        int last = first + review.days() - 1;
        double before = days.get(first - 1).all(Metric.SUMMONS_CAPACITY);
        double during = days.get(first).all(Metric.SUMMONS_CAPACITY);
        double end = days.get(last).all(Metric.SUMMONS_CAPACITY);
        double after = days.get(last + 1).all(Metric.SUMMONS_CAPACITY);
        double dip = (1 + review.capacityShare()) / 2;
        assertTrue(
                during < dip * before,
                "capacity " + before + " the day before the review, " + during + " on its first day");
        assertTrue(after * dip > end, "capacity " + end + " on the review's last day, " + after + " the day after");
    }

    /**
     * The default scenario's staged quotas: the regions hold the first share of 300,000 until the rest is given,
     * the mobilized stay within the quota in force, and the conscription of November binds like the mobilization.
     */
    @Test
    void theDefaultScenariosQuotasAreStagedAndBind() throws ScenarioException {
        Scenario s = ScenarioLibrary.shipped().load(ScenarioLibrary.DEFAULT).scenario();
        assertEquals(0, s.recruiters().review().days(), "the review of drafts is a variant, not the default");
        double share = s.recruiters().staging().firstShare();
        assertTrue(share < 1, "staged quotas in the default scenario");
        int decree = (int) ChronoUnit.DAYS.between(s.startDate(), LocalDate.of(2022, 9, 21));
        int rest = decree + s.recruiters().staging().restAfterDays();
        assertEquals(300_000 * share, Y2022.get(rest - 1).all(Metric.QUOTA), 1);
        assertEquals(300_000, Y2022.get(rest).all(Metric.QUOTA), 1);
        double firstStage = 0;
        for (int d = decree; d < rest; d++) {
            firstStage += Y2022.get(d).all(Metric.MOBILIZED);
        }
        assertTrue(firstStage <= 1.03 * 300_000 * share, "the first stage binds: " + firstStage);
        double conscripts = total(Y2022, Metric.CONSCRIPTED);
        assertTrue(
                conscripts >= 0.9 * 120_000 && conscripts <= 1.05 * 120_000,
                "the conscription's quota of 120,000 binds: " + conscripts);
        assertTrue(total(Y2022, Metric.SUMMONS_LAPSED) > 0, "summonses lapse when regions close");
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
