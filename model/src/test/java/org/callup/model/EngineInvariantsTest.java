package org.callup.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Population;
import org.callup.model.citizens.Traits;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.Metric;
import org.callup.model.observe.ObservationSpace;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.junit.jupiter.api.Test;

/** Conservation, determinism across thread counts, and completeness of the observations. */
class EngineInvariantsTest {
    private static final LocalDate END = LocalDate.of(2022, 11, 15);

    private static List<DayObservation> run(Scenario s, int threads) {
        List<DayObservation> days = new ArrayList<>();
        MobilizationModel m = new MobilizationModel(s, threads);
        m.addSink(days::add);
        m.runToEnd();
        return days;
    }

    @Test
    void everyCitizenIsInExactlyOneStateEveryDayAndStocksMatchTheArrays() {
        Scenario s = TestScenarios.everyChannel(2000, END);
        MobilizationModel m = new MobilizationModel(s, 2);
        m.start();
        Population pop = m.engine().population();
        long n = pop.size();
        long cumulativeMobilized = 0;
        long cumulativeEmigrants = 0;
        long cumulativeReturns = 0;
        while (!m.finishedRun()) {
            m.engine().stepDay();
            DayObservation o = m.lastObservation();
            long[] recount = new long[CitizenState.count()];
            for (int i = 0; i < pop.size(); i++) {
                recount[pop.state[i]]++;
                // the sweep leaves such men out of Epstein's rule by the cutoff of men without a summons
                if (pop.state[i] == CitizenState.NORMAL.code || pop.state[i] == CitizenState.DEFERRED.code) {
                    assertFalse(pop.marked(i, Traits.HOLDS_SUMMONS), "summons held in state " + pop.state[i]);
                }
            }
            long total = 0;
            for (CitizenState st : CitizenState.values()) {
                long fromLedger = 0;
                for (int r = 0; r < pop.regionCount(); r++) {
                    fromLedger += m.engine().stock(r, st);
                }
                assertEquals(recount[st.code], fromLedger, st + " on " + o.date());
                assertEquals(recount[st.code] * 2000.0, o.all(Metric.of(st)), 1e-6, st + " observed on " + o.date());
                total += fromLedger;
            }
            assertEquals(n, total, "population on " + o.date());
            // stocks equal inflows minus outflows
            cumulativeMobilized += Math.round(o.all(Metric.MOBILIZED));
            cumulativeEmigrants += Math.round(o.all(Metric.EMIGRANTS));
            cumulativeReturns += Math.round(o.all(Metric.RETURNED_FROM_ABROAD));
            assertEquals(cumulativeMobilized, o.all(Metric.MOBILIZED_CUMULATIVE), 1e-6);
            assertEquals(cumulativeEmigrants - cumulativeReturns, o.all(Metric.ABROAD), 1e-6, "abroad on " + o.date());
            double abroadByCountry = 0;
            for (String c : o.space().countries()) {
                abroadByCountry += o.get(Metric.ABROAD, "country:" + c);
            }
            assertEquals(o.all(Metric.ABROAD), abroadByCountry, 1e-6);
        }
        m.finish();
    }

    @Test
    void oneAndTwoThreadsGiveIdenticalObservations() {
        Scenario s = TestScenarios.everyChannel(500, LocalDate.of(2022, 10, 20));
        List<DayObservation> one = run(s, 1);
        List<DayObservation> two = run(s, 2);
        assertEquals(one.size(), two.size());
        ObservationSpace space = one.get(0).space();
        for (int d = 0; d < one.size(); d++) {
            double[] a = values(one.get(d), space);
            double[] b = values(two.get(d), space);
            assertArrayEquals(a, b, "day " + d);
        }
    }

    @Test
    void sameSeedSameNumbersOtherSeedOtherNumbers() {
        Scenario s = TestScenarios.mobilization(2000, LocalDate.of(2022, 10, 5));
        // emigration is capped by post capacity; protests and summons are not
        double a = total(run(s, 1), Metric.PROTESTERS) + total(run(s, 1), Metric.SUMMONS_DELIVERED);
        double b = total(run(s, 1), Metric.PROTESTERS) + total(run(s, 1), Metric.SUMMONS_DELIVERED);
        Scenario other = ParamPaths.set(s, "seed", 8L);
        double c = total(run(other, 1), Metric.PROTESTERS) + total(run(other, 1), Metric.SUMMONS_DELIVERED);
        assertEquals(a, b);
        assertTrue(a != c, "a different seed should give different numbers");
    }

    @Test
    void everyApplicableMetricHasAValueAndOthersAreNaN() {
        List<DayObservation> days = run(TestScenarios.mobilization(5000, LocalDate.of(2022, 9, 24)), 1);
        DayObservation o = days.get(days.size() - 1);
        ObservationSpace space = o.space();
        for (Metric m : Metric.values()) {
            for (int s = 0; s < space.scopeCount(); s++) {
                double v = o.get(m, s);
                if (space.applies(m, s)) {
                    assertFalse(
                            Double.isNaN(v), m.key() + " in " + space.scopes().get(s));
                    assertTrue(v >= 0, m.key() + " in " + space.scopes().get(s) + " is negative: " + v);
                } else {
                    assertTrue(
                            Double.isNaN(v),
                            m.key() + " should not apply to " + space.scopes().get(s));
                }
            }
        }
    }

    static double[] values(DayObservation o, ObservationSpace space) {
        double[] v = new double[space.size()];
        for (Metric m : Metric.values()) {
            for (int s = 0; s < space.scopeCount(); s++) {
                v[space.index(m, s)] = o.get(m, s);
            }
        }
        return v;
    }

    static double total(List<DayObservation> days, Metric m) {
        return days.stream().mapToDouble(d -> d.all(m)).sum();
    }
}
