package org.callup.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.callup.viz.RunCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code callup chart}: draws the charts of an existing run folder again. */
@Command(
        name = "chart",
        mixinStandardHelpOptions = true,
        description = {
            "Draw the charts of a run folder again.",
            "PNG and SVG, into RUN_FOLDER/charts: men by state, mobilized against the quota, crossings and waits per border post, protests, arrests and attacks, "
                    + "with the policy events marked on the time axis.",
            "'callup run' draws them already; use this for a folder from an older version or after deleting them."
        })
public final class ChartCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_FOLDER", description = "A run folder, written by 'callup run'.")
    Path folder;

    @Mixin
    QuietOption quiet;

    @Override
    public Integer call() throws Exception {
        List<Path> files = RunCharts.writeAll(folder);
        if (!quiet.quiet) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("Wrote " + files.size() + " files to " + RunCommand.shown(folder.resolve(RunCharts.FOLDER)));
            for (Path f : files) {
                out.println("  " + f.getFileName());
            }
            out.flush();
        }
        return ExitCodes.OK;
    }
}
