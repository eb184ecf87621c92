package org.callup.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.callup.experiments.calibration.CalibrationProgress;
import org.callup.experiments.calibration.Evaluation;

/**
 * The progress of a calibration: on a terminal one line redrawn in place, in logs and pipes a plain line at most
 * every {@value #LOG_INTERVAL_SECONDS} seconds (and at each step), so that a CI log stays short and free of escape
 * codes. It shows candidates evaluated against the budget, the generation, the lowest objective so far (the loss
 * plus the small centring term the search minimises; the final report gives both), the pace and the time left.
 */
final class CalibrationProgressLine implements CalibrationProgress {
    static final int LOG_INTERVAL_SECONDS = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private final String task;
    private final LongSupplier nanoTime;
    private long startNanos;
    private long lastLineNanos;
    private int budget;
    private int runNow;
    private int lastWidth;

    /** @param out where to write, or null to show nothing */
    CalibrationProgressLine(PrintWriter out, boolean terminal, String task, LongSupplier nanoTime) {
        this.out = out;
        this.terminal = terminal;
        this.task = task;
        this.nanoTime = nanoTime;
    }

    @Override
    public void searchStarted(int searchBudget, int journalled) {
        budget = searchBudget;
        startNanos = nanoTime.getAsLong();
        lastLineNanos = startNanos;
        if (out != null && journalled > 0) {
            line(
                    String.format(Locale.ROOT, "%s: %d evaluations in the journal; replaying them", task, journalled),
                    true);
        }
    }

    @Override
    public synchronized void evaluated(Evaluation e) {
        runNow++;
    }

    @Override
    public void generationDone(int evaluations, int generation, double bestLoss) {
        if (out == null) {
            return;
        }
        long now = nanoTime.getAsLong();
        double seconds = (now - startNanos) / 1e9;
        int run;
        synchronized (this) {
            run = runNow;
        }
        String pace = run > 0
                ? String.format(
                        Locale.ROOT,
                        ", %.1f s per candidate, about %s left",
                        seconds / run,
                        duration(seconds / run * Math.max(0, budget - evaluations)))
                : "";
        String text = String.format(
                Locale.ROOT,
                "%s: candidate %d of %d (generation %d), best objective %.4g%s",
                task,
                evaluations,
                budget,
                generation,
                bestLoss,
                pace);
        if (terminal) {
            line(text, false);
        } else if (now - lastLineNanos >= LOG_INTERVAL_SECONDS * 1_000_000_000L) {
            lastLineNanos = now;
            line(text, true);
        }
    }

    @Override
    public void stepStarted(String step, int candidates) {
        if (out != null) {
            line(String.format(Locale.ROOT, "%s: %s (up to %d candidates)", task, step, candidates), true);
        }
    }

    @Override
    public void finished() {
        if (out != null && terminal && lastWidth > 0) {
            out.print("\r" + " ".repeat(lastWidth) + "\r");
            out.flush();
            lastWidth = 0;
        }
    }

    private void line(String text, boolean keep) {
        if (terminal) {
            String padded = text + " ".repeat(Math.max(0, lastWidth - text.length()));
            out.print("\r" + padded + (keep ? System.lineSeparator() : ""));
            lastWidth = keep ? 0 : text.length();
        } else {
            out.println(text);
        }
        out.flush();
    }

    static String duration(double seconds) {
        if (seconds < 90) {
            return Math.round(seconds) + " s";
        }
        if (seconds < 5400) {
            return Math.round(seconds / 60) + " min";
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
}
