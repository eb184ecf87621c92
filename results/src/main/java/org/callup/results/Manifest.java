package org.callup.results;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Provenance of a run folder, stored as {@code manifest.json}: which scenario (and its hash), seed, scale and
 * version of callup made the numbers, on which Java, and when. Every CSV in the folder is explained by it.
 *
 * @param scenarioName     name of the scenario
 * @param scenarioOrigin   where it came from: a library name or a file path
 * @param scenarioSha256   hash of the resolved scenario YAML written next to the results
 * @param overrides        options that changed the scenario for this run (seed, scale, end), by name
 * @param seed             seed of the run (of replication 1; see {@code replicationSeeds})
 * @param scale            real men per simulated citizen
 * @param threads          worker threads (results do not depend on it)
 * @param replicationSeeds seed of each replication, in order; its size is the number of replications
 * @param startDate        first simulated day
 * @param endDate          last simulated day
 * @param confidenceLevel  level of the intervals in {@code daily-mean.csv}, or NaN for a single replication
 */
public record Manifest(
        String scenarioName,
        String scenarioOrigin,
        String scenarioSha256,
        Map<String, String> overrides,
        long seed,
        int scale,
        int threads,
        List<Long> replicationSeeds,
        LocalDate startDate,
        LocalDate endDate,
        double confidenceLevel,
        String callupVersion,
        String callupCommit,
        String javaVersion,
        Instant startedAt,
        Instant finishedAt) {

    /** Says what the numbers are, in every manifest, for whoever finds the folder without the README. */
    public static final String NATURE = "Exploratory simulation of aggregate dynamics and policy trade-offs with a "
            + "synthetic population: not a forecast, not a way to find anyone, no personal data.";

    public Manifest {
        if (scenarioName == null || scenarioName.isBlank()) {
            throw new IllegalArgumentException("scenarioName is required");
        }
        overrides = Map.copyOf(overrides == null ? Map.of() : overrides);
        replicationSeeds = List.copyOf(replicationSeeds);
        if (replicationSeeds.isEmpty()) {
            throw new IllegalArgumentException("at least one replication is required");
        }
        if (startDate == null || endDate == null || endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("startDate and endDate are required, end not before start");
        }
    }

    public int replications() {
        return replicationSeeds.size();
    }

    public boolean replicated() {
        return replications() > 1;
    }

    /** Wall-clock seconds from start to finish. */
    public double wallSeconds() {
        return (finishedAt.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0;
    }
}
