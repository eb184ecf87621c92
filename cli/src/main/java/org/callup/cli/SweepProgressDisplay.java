package org.callup.cli;

import java.io.PrintWriter;
import org.callup.experiments.sweep.SweepProgress;

/** Chooses how to show a sweep's progress: a bar on a terminal, plain lines in a pipe or a log, nothing when quiet. */
final class SweepProgressDisplay {
    private SweepProgressDisplay() {}

    static SweepProgress choose(boolean quiet, PrintWriter err, String task) {
        if (quiet) {
            return SweepProgress.NONE;
        }
        if (System.console() != null) {
            return new TerminalSweepProgress(task);
        }
        return new PlainSweepProgress(err, task);
    }
}
