package org.callup.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {
    private final ConfidenceInterval ci95 = new ConfidenceInterval(0.95);

    @Test
    void halfWidthUsesStudentsT() {
        // t(0.975, 4) = 2.776445; sd 2, n 5
        assertEquals(2.776445 * 2 / Math.sqrt(5), ci95.halfWidth(2, 5), 1e-6);
        // t(0.975, 29) = 2.045230
        assertEquals(2.045230 / Math.sqrt(30), ci95.halfWidth(1, 30), 1e-6);
        assertTrue(Double.isNaN(ci95.halfWidth(1, 1)), "one replication has no interval");
        assertThrows(IllegalArgumentException.class, () -> new ConfidenceInterval(1.0));
    }

    @Test
    void replicationStatsGiveMeanSdAndIntervalPerCell() {
        ReplicationStats stats = new ReplicationStats(ci95);
        for (double v : new double[] {2, 4, 4, 4, 5, 5, 7, 9}) {
            stats.add(Tables.of(new double[] {v, 1}, new double[] {1, v}));
        }
        ReplicationStats.ReplicatedDaily r = stats.result();
        assertEquals(5, r.mean().value(0, 0), 1e-12);
        double sd = Math.sqrt(32.0 / 7);
        assertEquals(sd, r.sd().value(0, 0), 1e-12);
        double h = 2.364624 * sd / Math.sqrt(8); // t(0.975, 7)
        assertEquals(5 - h, r.ciLow().value(0, 0), 1e-5);
        assertEquals(5 + h, r.ciHigh().value(1, 1), 1e-5);
        assertEquals(0, r.sd().value(1, 0), 1e-12);
        assertEquals(8, r.count().value(0, 0));
        // totals of series 0: v + 1, mean 6, same sd
        assertEquals(6 - h, r.totalCiLow(0), 1e-5);
    }

    @Test
    void missingValuesAreSkippedPerCell() {
        ReplicationStats stats = new ReplicationStats(ci95);
        stats.add(Tables.of(new double[] {Double.NaN}));
        stats.add(Tables.of(new double[] {3}));
        stats.add(Tables.of(new double[] {5}));
        ReplicationStats.ReplicatedDaily r = stats.result();
        assertEquals(4, r.mean().value(0, 0), 1e-12);
        assertEquals(2, r.count().value(0, 0));
    }

    @Test
    void replicationsMustShareTheirSeries() {
        ReplicationStats stats = new ReplicationStats(ci95);
        stats.add(Tables.of(new double[] {1, 2}));
        assertThrows(
                IllegalArgumentException.class, () -> stats.add(Tables.of(new double[] {1, 2}, new double[] {1, 2})));
    }

    @Test
    void intervalsCoverTheTrueMeanAtAboutTheirLevel() {
        // 2000 experiments of 5 normal draws: coverage of a 95% interval has sd sqrt(.95 * .05 / 2000) = 0.005
        SplittableRandom rng = new SplittableRandom(42);
        int covered = 0;
        int experiments = 2000;
        for (int e = 0; e < experiments; e++) {
            ReplicationStats stats = new ReplicationStats(ci95);
            for (int r = 0; r < 5; r++) {
                double z = gaussian(rng);
                stats.add(Tables.of(new double[] {10 + 3 * z}));
            }
            ReplicationStats.ReplicatedDaily res = stats.result();
            if (res.ciLow().value(0, 0) <= 10 && 10 <= res.ciHigh().value(0, 0)) {
                covered++;
            }
        }
        assertEquals(0.95, covered / (double) experiments, 4 * 0.005);
    }

    private static double gaussian(SplittableRandom rng) {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    @Test
    void replicationSeedsStartWithTheRunSeedAndAreDeterministic() {
        List<Long> a = ReplicationSeeds.of(42, 5);
        assertEquals(42L, a.get(0));
        assertEquals(a, ReplicationSeeds.of(42, 5));
        assertEquals(5, a.stream().distinct().count());
        assertTrue(a.stream().allMatch(s -> s >= 0));
        assertArrayEquals(a.subList(0, 3).toArray(), ReplicationSeeds.of(42, 3).toArray());
    }
}
