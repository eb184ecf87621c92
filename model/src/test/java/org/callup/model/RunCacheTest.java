package org.callup.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.callup.model.citizens.Population;
import org.callup.model.citizens.PopulationBuilder;
import org.callup.model.citizens.Traits;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.Metric;
import org.callup.model.observe.ObservationSpace;
import org.callup.model.params.Scenario;
import org.callup.model.sim.RunCache;
import org.junit.jupiter.api.Test;

/**
 * A {@link RunCache} changes no number: a population from the cache is the one the builder builds, whatever the
 * behavioural parameters and the visa holders' share of the run, and runs that share a cache (populations, daily
 * draws, first candidate sums) give exactly the daily series of every metric in every scope that runs without one
 * give.
 */
class RunCacheTest {
    private static Scenario variant(long seed, double visaHolders, double considerRate) {
        Scenario s = UnitScenarios.with(GoldenRunTest.goldenScenario(), "seed", seed);
        s = UnitScenarios.with(s, "borders.visaHoldersShare", visaHolders);
        return UnitScenarios.with(s, "decisions.considerRatePerDay", considerRate);
    }

    @Test
    void aPopulationFromTheCacheIsTheOneTheBuilderBuilds() {
        RunCache cache = new RunCache();
        int holders = -1;
        for (long seed : new long[] {1, 7}) {
            for (double share : new double[] {0.02, 0.35, 0.1}) {
                Scenario s = variant(seed, share, 0.01 + share / 10);
                Population cached = cache.population(s);
                Population built = new PopulationBuilder(s).build(null, 1);
                assertSame(built, cached);
                int n = 0;
                for (byte o : cached.occupation) {
                    n += (o & Traits.HOLDS_VISA) != 0 ? 1 : 0;
                }
                assertTrue(n != holders, "the visa holders follow the share of each run");
                holders = n;
                // a run's copy is its own: writing it leaves the next copy as built
                cached.state[0] = 5;
                cached.marks[1] = 3;
            }
        }
    }

    private static void assertSame(Population built, Population cached) {
        assertArrayEquals(built.regionStart, cached.regionStart);
        assertArrayEquals(built.state, cached.state);
        assertArrayEquals(built.since, cached.since);
        assertArrayEquals(built.post, cached.post);
        assertArrayEquals(built.marks, cached.marks);
        assertArrayEquals(built.traits, cached.traits);
        assertArrayEquals(built.occupation, cached.occupation);
        assertArrayEquals(built.age, cached.age);
        assertArrayEquals(built.antiWar, cached.antiWar);
        assertArrayEquals(built.riskAversion, cached.riskAversion);
        assertArrayEquals(built.visibility, cached.visibility);
        assertArrayEquals(built.income, cached.income);
        assertArrayEquals(built.savings, cached.savings);
    }

    /** Every value of every day: each metric in each scope, in a fixed order. */
    private static List<double[]> series(Scenario s, RunCache cache, int threads) {
        List<double[]> days = new ArrayList<>();
        MobilizationModel m = new MobilizationModel(s, threads);
        m.useCache(cache);
        m.addSink(o -> days.add(values(o)));
        m.runToEnd();
        return days;
    }

    private static double[] values(DayObservation o) {
        ObservationSpace space = o.space();
        List<Double> v = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            for (int scope = 0; scope < space.scopeCount(); scope++) {
                if (space.applies(metric, scope)) {
                    v.add(o.get(metric, scope));
                }
            }
        }
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void assertSameSeries(List<double[]> expected, List<double[]> actual, String what) {
        assertEquals(expected.size(), actual.size(), what);
        for (int d = 0; d < expected.size(); d++) {
            assertArrayEquals(expected.get(d), actual.get(d), what + ", day " + d);
        }
    }

    @Test
    void runsThatShareACacheGiveTheSameDailySeries() {
        RunCache cache = new RunCache();
        RunCache noRoomForDraws = new RunCache(0);
        for (long seed : new long[] {3, 11}) {
            // the second and third variants find the population, draws and candidate sums of the first in the cache
            for (double[] v : new double[][] {{0.1, 0.02}, {0.3, 0.008}, {0.1, 0.03}}) {
                Scenario s = variant(seed, v[0], v[1]);
                List<double[]> alone = series(s, null, 1);
                assertSameSeries(alone, series(s, cache, 1), "seed " + seed + ", " + v[0] + ", " + v[1]);
                assertSameSeries(alone, series(s, noRoomForDraws, 1), "without draws, seed " + seed);
            }
        }
        // and on two threads
        Scenario s = variant(3, 0.3, 0.008);
        assertSameSeries(series(s, null, 1), series(s, cache, 2), "2 threads");
    }
}
