package org.callup.experiments.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.callup.results.StagedFolder;

/**
 * Writes the final files of a sweep folder whose runs are all in the journal: runs.csv in run order, and for a
 * whole sweep (not a shard) points.csv, sensitivity.csv and daily.csv; then marks the manifest complete. Each file
 * is written under a temporary name and renamed, and the manifest is marked last, so a finisher stopped half-way
 * simply runs again.
 */
public final class SweepFinisher {
    /** What the folder holds in the end. */
    public record Outcome(int runs, int failed) {}

    private SweepFinisher() {}

    public static Outcome finish(Sweep sweep, SweepFolder folder, Instant now) throws IOException {
        RunPlan plan = sweep.plan(folder.manifest().shard());
        RunRows rows = new RunRows(sweep.spec().parameterNames(), sweep.spec().outputNames());
        Path dir = folder.dir();
        RunsCsv.Written w = RunsCsv.fromJournal(
                folder.file(SweepFolder.JOURNAL_FILE), rows.headerLine(), folder.file(SweepFolder.RUNS_FILE));
        if (w.count() != plan.shardRuns()) {
            throw new IllegalStateException(
                    folder.file(SweepFolder.JOURNAL_FILE) + " has " + w.count() + " of " + plan.shardRuns() + " runs");
        }
        int failed = w.failed().cardinality();
        if (plan.shard().whole()) {
            Path daily = folder.file(SweepFolder.DAILY_DIR);
            SweepAnalysis.write(sweep, dir, w.failed(), r -> daily);
            StagedFolder.deleteTree(daily);
        }
        folder.markComplete(now, failed);
        return new Outcome(w.count(), failed);
    }
}
