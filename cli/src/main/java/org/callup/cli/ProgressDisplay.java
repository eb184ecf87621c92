package org.callup.cli;

import java.io.PrintWriter;
import org.callup.results.RunProgress;

/** Chooses how to show progress: a bar on a terminal, plain lines in a pipe or a log, nothing when quiet. */
final class ProgressDisplay {
    private ProgressDisplay() {}

    static RunProgress choose(boolean quiet, PrintWriter err, String task, int replications) {
        if (quiet) {
            return RunProgress.NONE;
        }
        // System.console() is null when standard input or output is not a terminal (pipes, CI, tests).
        if (System.console() != null) {
            return new TerminalProgress(task, replications);
        }
        return new PlainProgress(err, task, replications);
    }
}
