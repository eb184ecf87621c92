package org.callup.experiments.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the runs of a sweep folder that are not in its journal yet, {@code threads} at a time, each on its own
 * thread, appending each row to the journal as it finishes. Runs are handed out one at a time from a cursor over
 * the run numbers, so nothing waits in a queue and memory does not grow with the number of runs.
 */
public final class SweepRunner {
    private final Sweep sweep;
    private final SweepFolder folder;
    private final int threads;
    private final SweepProgress progress;

    public SweepRunner(Sweep sweep, SweepFolder folder, int threads, SweepProgress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.sweep = sweep;
        this.folder = folder;
        this.threads = threads;
        this.progress = progress;
    }

    /** Runs what is missing; returns how many runs of the folder failed, in this and earlier invocations. */
    public int run() throws IOException, InterruptedException {
        RunPlan plan = sweep.plan(folder.manifest().shard());
        RunRows rows = new RunRows(sweep.spec().parameterNames(), sweep.spec().outputNames());
        Path dailyDir = null;
        if (sweep.spec().dailySeries() != null) {
            dailyDir = Files.createDirectories(folder.file(SweepFolder.DAILY_DIR));
        }
        try (RunJournal journal = RunJournal.open(folder.file(SweepFolder.JOURNAL_FILE), rows.headerLine())) {
            int earlierFailures = journal.failures();
            progress.started(plan.shardRuns(), journal.count(), earlierFailures);
            RunExecution execution =
                    new RunExecution(sweep, plan, rows, new PointScenarios(sweep, 2 * threads + 2), dailyDir);
            Cursor cursor = new Cursor(plan, journal);
            AtomicReference<Throwable> fatal = new AtomicReference<>();
            int[] failures = new int[1];
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread w = new Thread(() -> work(cursor, execution, journal, fatal, failures), "callup-sweep-" + t);
                workers.add(w);
                w.start();
            }
            for (Thread w : workers) {
                w.join();
            }
            if (fatal.get() instanceof IOException e) {
                throw new IOException(
                        "could not write to " + folder.dir() + ": " + e.getMessage() + "; the sweep "
                                + "stopped with " + journal.count()
                                + " runs done, none lost: run the same command again "
                                + "once this is fixed",
                        e);
            }
            if (fatal.get() != null) {
                throw new IllegalStateException("a sweep worker failed: " + fatal.get(), fatal.get());
            }
            progress.finished();
            return earlierFailures + failures[0];
        }
    }

    private void work(
            Cursor cursor,
            RunExecution execution,
            RunJournal journal,
            AtomicReference<Throwable> fatal,
            int[] failures) {
        boolean[] failed = new boolean[1];
        try {
            for (int run; fatal.get() == null && (run = cursor.next()) > 0; ) {
                journal.append(run, execution.run(run, failed));
                if (failed[0]) {
                    synchronized (failures) {
                        failures[0]++;
                    }
                }
                progress.runDone(run, failed[0]);
            }
        } catch (IOException | RuntimeException | Error e) {
            // A file that cannot be written (the journal, a run's daily series) stops the sweep, as does a bug; the
            // run is left out of the journal, so the next attempt does it again, and the runs in it are kept.
            fatal.compareAndSet(null, e);
        }
    }

    /** Hands out this shard's runs that the journal lacks, in increasing order, one at a time. */
    private static final class Cursor {
        private final RunPlan plan;
        private final RunJournal journal;
        private int next;

        Cursor(RunPlan plan, RunJournal journal) {
            this.plan = plan;
            this.journal = journal;
            this.next = plan.shard().index();
        }

        synchronized int next() {
            while (next <= plan.runs()) {
                int r = next;
                next += plan.shard().count();
                if (!journal.has(r)) {
                    return r;
                }
            }
            return -1;
        }
    }
}
