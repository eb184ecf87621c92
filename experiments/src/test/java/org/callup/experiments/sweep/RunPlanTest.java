package org.callup.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunPlanTest {
    @Test
    void seedsDependOnlyOnTheSweepSeedAndTheRun() {
        Set<Long> seen = new HashSet<>();
        for (int r = 1; r <= 10_000; r++) {
            long s = RunSeeds.of(7, r);
            assertTrue(s >= 0);
            assertTrue(seen.add(s), "run " + r);
            assertEquals(s, RunSeeds.of(7, r));
        }
        assertTrue(RunSeeds.of(8, 1) != RunSeeds.of(7, 1));
        // Fixed forever: changing the hash would change every sweep's numbers.
        assertEquals(RunSeeds.of(0, 1), RunSeeds.of(0, 1));
        assertEquals(7_946_606_502_455_188_250L, RunSeeds.of(11, 1));
    }

    @Test
    void replicationsOfAPointAreConsecutiveAndShareSeedsWithCommonRandomNumbers() {
        RunPlan p = new RunPlan(4, 3, 5, false, Shard.ALL);
        assertEquals(12, p.runs());
        assertEquals(2, p.point(4));
        assertEquals(1, p.replication(4));
        assertEquals(3, p.replication(6));
        RunPlan crn = new RunPlan(4, 3, 5, true, Shard.ALL);
        assertEquals(crn.seed(1), crn.seed(4));
        assertTrue(crn.seed(1) != crn.seed(2));
        assertTrue(p.seed(1) != p.seed(4));
    }

    @Test
    void shardsCoverEveryRunExactlyOnce() {
        int runs = 23;
        int[] owner = new int[runs + 1];
        for (int k = 1; k <= 4; k++) {
            Shard s = new Shard(k, 4);
            int mine = 0;
            for (int r = 1; r <= runs; r++) {
                if (s.contains(r)) {
                    owner[r]++;
                    mine++;
                }
            }
            assertEquals(mine, s.size(runs));
        }
        for (int r = 1; r <= runs; r++) {
            assertEquals(1, owner[r], "run " + r);
        }
        assertEquals(new Shard(2, 8), Shard.parse(" 2/8"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/8"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("9/8"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("2of8"));
    }
}
