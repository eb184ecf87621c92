package org.callup.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.callup.results.RunProgress;

/**
 * Progress for logs and pipes: a plain line when another tenth of the run is done, at most one every few seconds
 * (a short run prints only its last line), and none of the escape codes a progress bar would leave in a CI log.
 */
final class PlainProgress implements RunProgress {
    private static final int STEPS = 10;
    private static final long MIN_INTERVAL_NANOS = 2_000_000_000L;

    private final PrintWriter out;
    private final String task;
    private final int replications;
    private final LongSupplier nanoTime;
    private long total;
    private long done;
    private long nextStep;
    private long startNanos;
    private long lastLineNanos;

    PlainProgress(PrintWriter out, String task, int replications) {
        this(out, task, replications, System::nanoTime);
    }

    PlainProgress(PrintWriter out, String task, int replications, LongSupplier nanoTime) {
        this.out = out;
        this.task = task;
        this.replications = replications;
        this.nanoTime = nanoTime;
    }

    @Override
    public void started(long totalDays) {
        total = Math.max(1, totalDays);
        done = 0;
        nextStep = 1;
        startNanos = nanoTime.getAsLong();
        lastLineNanos = startNanos;
    }

    @Override
    public void dayDone(int replication, LocalDate date) {
        done++;
        if (done * STEPS < nextStep * total) {
            return;
        }
        nextStep = done * STEPS / total + 1;
        long now = nanoTime.getAsLong();
        if (done == total || now - lastLineNanos >= MIN_INTERVAL_NANOS) {
            lastLineNanos = now;
            out.printf(
                    Locale.ROOT,
                    "%s: %3d%% (%s, replication %d of %d, %.1f s)%n",
                    task,
                    done * 100 / total,
                    date,
                    replication,
                    replications,
                    (now - startNanos) / 1e9);
            out.flush();
        }
    }
}
