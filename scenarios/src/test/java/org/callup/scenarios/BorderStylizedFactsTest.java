package org.callup.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.callup.model.MobilizationModel;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.Metric;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.PostMode;
import org.callup.model.params.RegionSpec;
import org.callup.model.params.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The stylized facts of the exodus that the reports describe (MODEL-BRIEF.md, "Patterns of the record"), checked on
 * the default scenario at a coarse scale (one simulated man for 250): the exodus peaked within the first week and
 * fell by early October; most posts' queues cleared within about two weeks; many who left came back in the
 * following months; and the poor could not leave (seed 001), so poorer regions sent fewer men abroad.
 */
class BorderStylizedFactsTest {
    private static final LocalDate DECREE = LocalDate.of(2022, 9, 21);
    private static final Scenario SCENARIO;
    private static final List<DayObservation> DAYS = new ArrayList<>();

    static {
        try {
            Scenario s = ScenarioLibrary.shipped().load(ScenarioLibrary.DEFAULT).scenario();
            SCENARIO = ParamPaths.set(s, "population.scale", 250);
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.format(), e);
        }
        MobilizationModel m = new MobilizationModel(SCENARIO, 2);
        m.addSink(DAYS::add);
        m.runToEnd();
    }

    private static DayObservation on(LocalDate date) {
        return DAYS.stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
    }

    private static double sum(Metric m, String scope, LocalDate from, LocalDate to) {
        return DAYS.stream()
                .filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to))
                .mapToDouble(d -> d.get(m, scope))
                .sum();
    }

    /** The mean of a flow over the three days centred on {@code date} (one day is noisy at this scale). */
    private static double around(Metric m, LocalDate date) {
        return sum(m, "all", date.minusDays(1), date.plusDays(1)) / 3;
    }

    @Test
    void theExodusPeakedWithinTheFirstWeekAndFellByEarlyOctober() {
        LocalDate peak = DECREE;
        double best = -1;
        for (LocalDate d = DECREE; d.isBefore(DECREE.plusDays(40)); d = d.plusDays(1)) {
            double v = around(Metric.EMIGRANTS, d);
            if (v > best) {
                best = v;
                peak = d;
            }
        }
        assertTrue(!peak.isAfter(DECREE.plusDays(9)), "the exodus peaked on " + peak);
        double earlyOctober = around(Metric.EMIGRANTS, LocalDate.of(2022, 10, 8));
        assertTrue(earlyOctober < 0.75 * best, "early October " + earlyOctober + " against the peak " + best);
    }

    @Test
    void mostPostsQueuesClearedWithinAboutTwoWeeks() {
        int queued = 0;
        int cleared = 0;
        for (BorderPostSpec p : SCENARIO.borders().posts()) {
            if (p.mode() == PostMode.AIR) {
                continue;
            }
            String scope = "post:" + p.id();
            boolean hadQueue = DAYS.stream().anyMatch(d -> d.get(Metric.QUEUE_WAIT_HOURS, scope) > 24);
            if (hadQueue) {
                queued++;
                if (on(DECREE.plusDays(16)).get(Metric.QUEUE_WAIT_HOURS, scope) < 24) {
                    cleared++;
                }
            }
        }
        assertTrue(queued > 0, "some queue grew past a day");
        assertTrue(cleared * 2 > queued, cleared + " of the " + queued + " posts with a queue cleared by 7 Oct");
    }

    @Test
    void manyWhoLeftCameBackInTheFollowingMonths() {
        LocalDate end = SCENARIO.endDate();
        double left = sum(Metric.EMIGRANTS, "all", DECREE, end);
        double returned = sum(Metric.RETURNED_FROM_ABROAD, "all", DECREE, end);
        assertTrue(returned > 0.2 * left, returned + " of " + left + " came back by " + end);
        double peakAbroad =
                DAYS.stream().mapToDouble(d -> d.all(Metric.ABROAD)).max().orElse(0);
        assertTrue(on(end).all(Metric.ABROAD) < 0.95 * peakAbroad, "the stock abroad falls from its peak");
        double october = sum(Metric.RETURNED_FROM_ABROAD, "all", LocalDate.of(2022, 10, 1), LocalDate.of(2022, 10, 27));
        double november =
                sum(Metric.RETURNED_FROM_ABROAD, "all", LocalDate.of(2022, 10, 28), LocalDate.of(2022, 11, 23));
        assertTrue(november > october, "returns rose after the declared end: " + october + " then " + november);
    }

    @Test
    void poorerRegionsSentFewerMenAbroadPerHead() {
        RegionSpec rich = SCENARIO.population().regions().stream()
                .max((a, b) -> Double.compare(a.avgWageRub(), b.avgWageRub()))
                .orElseThrow();
        RegionSpec poor = SCENARIO.population().regions().stream()
                .min((a, b) -> Double.compare(a.avgWageRub(), b.avgWageRub()))
                .orElseThrow();
        double richPerHead =
                sum(Metric.EMIGRANTS, "region:" + rich.id(), DECREE, SCENARIO.endDate()) / rich.populationTotal();
        double poorPerHead =
                sum(Metric.EMIGRANTS, "region:" + poor.id(), DECREE, SCENARIO.endDate()) / poor.populationTotal();
        assertTrue(
                richPerHead > 2 * poorPerHead,
                rich.id() + " " + richPerHead + " per head against " + poor.id() + " " + poorPerHead);
    }
}
