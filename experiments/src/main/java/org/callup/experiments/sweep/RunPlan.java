package org.callup.experiments.sweep;

/**
 * Numbers the runs of a sweep: run {@code r} (from 1) is replication {@code (r - 1) % replications + 1} of point
 * {@code (r - 1) / replications + 1}, so a point's replications are consecutive runs. Shard K of N takes the runs
 * with {@code (r - 1) % N == K - 1}: dealt round-robin so that no shard gets all the slow corners of a grid.
 */
public record RunPlan(int points, int replications, long sweepSeed, boolean commonRandomNumbers, Shard shard) {
    /** The largest number of runs a sweep may have. */
    public static final long MAX_RUNS = 10_000_000;

    public RunPlan {
        if (points < 1 || replications < 1) {
            throw new IllegalArgumentException("points and replications must be at least 1");
        }
        if ((long) points * replications > MAX_RUNS) {
            throw new IllegalArgumentException("more than " + MAX_RUNS + " runs");
        }
    }

    public int runs() {
        return points * replications;
    }

    public int point(int run) {
        return (run - 1) / replications + 1;
    }

    public int replication(int run) {
        return (run - 1) % replications + 1;
    }

    public long seed(int run) {
        return RunSeeds.of(sweepSeed, commonRandomNumbers ? replication(run) : run);
    }

    /** Whether this plan's shard runs {@code run}. */
    public boolean mine(int run) {
        return shard.contains(run);
    }

    /** How many runs this shard has. */
    public int shardRuns() {
        return shard.size(runs());
    }
}
