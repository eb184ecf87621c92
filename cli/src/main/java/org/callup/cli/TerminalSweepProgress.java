package org.callup.cli;

import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarStyle;
import org.callup.experiments.sweep.SweepProgress;

/** A progress bar of runs, with failures and the time left, for an interactive terminal only. */
final class TerminalSweepProgress implements SweepProgress {
    private final String task;
    private ProgressBar bar;
    private int failed;

    TerminalSweepProgress(String task) {
        this.task = task;
    }

    @Override
    public synchronized void started(int runs, int alreadyDone, int alreadyFailed) {
        failed = alreadyFailed;
        // Runs done by an earlier invocation count as done but not in the speed, so the time left stays honest.
        bar = ProgressBar.builder()
                .setTaskName(task)
                .setInitialMax(runs)
                .startsFrom(alreadyDone, Duration.ZERO)
                .setUnit(" runs", 1)
                .setStyle(ProgressBarStyle.UNICODE_BLOCK)
                .setUpdateIntervalMillis(500)
                .continuousUpdate()
                .build();
        bar.setExtraMessage(failed + " failed");
    }

    @Override
    public synchronized void runDone(int run, boolean runFailed) {
        if (runFailed) {
            failed++;
        }
        bar.step();
        bar.setExtraMessage(failed + " failed");
    }

    @Override
    public synchronized void finished() {
        if (bar != null) {
            bar.close();
        }
    }
}
