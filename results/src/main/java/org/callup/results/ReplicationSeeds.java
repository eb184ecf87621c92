package org.callup.results;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeds of the replications of a run, derived from the run's seed alone: replication 1 uses the seed itself (so a
 * replicated run extends the single run with that seed), later ones draw from a generator seeded with it.
 */
public final class ReplicationSeeds {
    private ReplicationSeeds() {}

    public static List<Long> of(long seed, int replications) {
        if (seed < 0) {
            throw new IllegalArgumentException("seed must be non-negative, was " + seed);
        }
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, was " + replications);
        }
        List<Long> seeds = new ArrayList<>(replications);
        seeds.add(seed);
        SplittableRandom rng = new SplittableRandom(seed);
        while (seeds.size() < replications) {
            long s = rng.nextLong() >>> 1; // the model takes non-negative seeds
            if (!seeds.contains(s)) {
                seeds.add(s);
            }
        }
        return seeds;
    }
}
