package org.callup.experiments.sweep;

/**
 * The seed of each run, from the sweep's seed and the run's number alone, so that a run gets the same numbers
 * whichever thread, machine or shard runs it, and in whatever order. The hash is SplitMix64's finalizer (Steele,
 * Lea and Flood 2014) over the seed and the run number; it is fixed, and changing it would change every sweep's
 * numbers. With common random numbers, the replication number takes the place of the run number, so replication r
 * of every point uses the same seed.
 */
public final class RunSeeds {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private RunSeeds() {}

    /** A non-negative seed (the model takes no negative seeds) for {@code index}, from 1. */
    public static long of(long sweepSeed, long index) {
        long z = sweepSeed * GOLDEN + index * 0xBF58476D1CE4E5B9L + GOLDEN;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return z >>> 1;
    }
}
