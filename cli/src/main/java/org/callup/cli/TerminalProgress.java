package org.callup.cli;

import java.time.LocalDate;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarStyle;
import org.callup.results.RunProgress;

/** A progress bar of simulated days, for an interactive terminal only. */
final class TerminalProgress implements RunProgress {
    private final String task;
    private final int replications;
    private ProgressBar bar;

    TerminalProgress(String task, int replications) {
        this.task = task;
        this.replications = replications;
    }

    @Override
    public void started(long totalDays) {
        bar = ProgressBar.builder()
                .setTaskName(task)
                .setInitialMax(totalDays)
                .setUnit(" days", 1)
                .setStyle(ProgressBarStyle.UNICODE_BLOCK)
                .setUpdateIntervalMillis(200)
                .continuousUpdate()
                .build();
    }

    @Override
    public void dayDone(int replication, LocalDate date) {
        bar.step();
        bar.setExtraMessage(
                replications > 1 ? date + " (replication " + replication + "/" + replications + ")" : date.toString());
    }

    @Override
    public void finished() {
        if (bar != null) {
            bar.close();
        }
    }
}
