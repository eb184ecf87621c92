package org.callup.experiments.sweep;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.callup.results.CallupVersion;

/**
 * Provenance of a sweep folder, stored as {@code manifest.json}: which sweep file and base scenario (by hash),
 * which version of callup, which shard, and when. A folder is resumed, and shards are merged, only when these
 * match: numbers made by different inputs or code never end up in one runs.csv.
 *
 * @param completedAt when the last run of the folder finished and the final files were written, or null
 * @param failedRuns  runs that failed (recorded in the error column), known once complete
 */
public record SweepManifest(
        String sweepName,
        String sweepOrigin,
        String sweepSha256,
        String scenarioName,
        String scenarioOrigin,
        String scenarioSha256,
        String design,
        int points,
        int replications,
        long seed,
        Shard shard,
        String callupVersion,
        String callupCommit,
        String javaVersion,
        Instant createdAt,
        Instant completedAt,
        int failedRuns) {

    /** The manifest of a new folder for {@code sweep}. */
    static SweepManifest of(Sweep sweep, Shard shard, Instant now) {
        CallupVersion v = CallupVersion.current();
        return new SweepManifest(
                sweep.name(),
                sweep.file().toString(),
                sweep.fileSha256(),
                sweep.base().name(),
                sweep.base().origin(),
                sweep.base().sha256(),
                sweep.summary(),
                sweep.points(),
                sweep.replications(),
                sweep.seed(),
                shard,
                v.version(),
                v.commit(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                now,
                null,
                0);
    }

    public int runs() {
        return points * replications;
    }

    public boolean complete() {
        return completedAt != null;
    }

    SweepManifest completed(Instant when, int failed) {
        return new SweepManifest(
                sweepName,
                sweepOrigin,
                sweepSha256,
                scenarioName,
                scenarioOrigin,
                scenarioSha256,
                design,
                points,
                replications,
                seed,
                shard,
                callupVersion,
                callupCommit,
                javaVersion,
                createdAt,
                when,
                failed);
    }

    /**
     * What differs between the inputs and code of two manifests (the sweep file, the base scenario, callup's
     * version and commit, and the shard when {@code sameShard}); empty when they made or will make the same numbers.
     */
    List<String> differences(SweepManifest other, boolean sameShard) {
        List<String> d = new ArrayList<>();
        if (!sweepSha256.equals(other.sweepSha256)) {
            d.add("the sweep file differs (" + other.sweepOrigin + " then, " + sweepOrigin + " now)");
        }
        if (!scenarioSha256.equals(other.scenarioSha256)) {
            d.add("the base scenario differs (" + other.scenarioName + " then, " + scenarioName + " now)");
        }
        if (!callupVersion.equals(other.callupVersion) || !callupCommit.equals(other.callupCommit)) {
            d.add("callup differs (" + other.callupVersion + " commit " + other.callupCommit + " then, " + callupVersion
                    + " commit " + callupCommit + " now)");
        }
        if (sameShard && !shard.equals(other.shard)) {
            d.add("the shard differs (" + other.shard + " then, " + shard + " now)");
        }
        return d;
    }
}
