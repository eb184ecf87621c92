package org.callup.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.callup.experiments.sweep.SweepProgress;

/**
 * Sweep progress for logs and pipes (a Slurm job's output, CI): a plain line when another tenth of the runs is done
 * (at most one every few seconds) and at least one a minute, with runs done, failures, speed and time left.
 */
final class PlainSweepProgress implements SweepProgress {
    private static final int STEPS = 10;
    private static final long MIN_INTERVAL_NANOS = 2_000_000_000L;
    private static final long MAX_INTERVAL_NANOS = 60_000_000_000L;

    private final PrintWriter out;
    private final String task;
    private final LongSupplier nanoTime;
    private int total;
    private int done;
    private int doneBefore;
    private int failed;
    private long nextStep;
    private long startNanos;
    private long lastLineNanos;

    PlainSweepProgress(PrintWriter out, String task) {
        this(out, task, System::nanoTime);
    }

    PlainSweepProgress(PrintWriter out, String task, LongSupplier nanoTime) {
        this.out = out;
        this.task = task;
        this.nanoTime = nanoTime;
    }

    @Override
    public synchronized void started(int runs, int alreadyDone, int alreadyFailed) {
        total = Math.max(1, runs);
        done = alreadyDone;
        doneBefore = alreadyDone;
        failed = alreadyFailed;
        nextStep = (long) done * STEPS / total + 1;
        startNanos = nanoTime.getAsLong();
        lastLineNanos = startNanos;
    }

    @Override
    public synchronized void runDone(int run, boolean runFailed) {
        done++;
        if (runFailed) {
            failed++;
        }
        long now = nanoTime.getAsLong();
        boolean step = (long) done * STEPS >= nextStep * total;
        if (step) {
            nextStep = (long) done * STEPS / total + 1;
        }
        if (done == total
                || (step && now - lastLineNanos >= MIN_INTERVAL_NANOS)
                || now - lastLineNanos >= MAX_INTERVAL_NANOS) {
            lastLineNanos = now;
            out.println(line(now));
            out.flush();
        }
    }

    String line(long now) {
        double seconds = (now - startNanos) / 1e9;
        int thisTime = done - doneBefore;
        double perMinute = seconds > 0 ? thisTime * 60 / seconds : 0;
        String eta = thisTime > 0 && done < total ? ", " + duration((total - done) * seconds / thisTime) + " left" : "";
        return String.format(
                Locale.ROOT,
                "%s: %d/%d runs (%d%%), %d failed, %.1f runs/min%s",
                task,
                done,
                total,
                (long) done * 100 / total,
                failed,
                perMinute,
                eta);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
