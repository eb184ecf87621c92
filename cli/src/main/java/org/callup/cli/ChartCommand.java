package org.callup.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.callup.experiments.compare.CompareFolder;
import org.callup.viz.RunCharts;
import org.callup.viz.charts.CompareCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code callup chart}: draws the charts of an existing run or comparison folder again. */
@Command(
        name = "chart",
        mixinStandardHelpOptions = true,
        description = {
            "Draw the charts of a run or comparison folder again.",
            "PNG and SVG, into FOLDER/charts. For a run: men by state, mobilized against the quota, crossings and "
                    + "waits per border post, protests, arrests and attacks, with the policy events marked on the "
                    + "time axis. For a comparison: the paired difference over time and the headline differences.",
            "'callup run' and 'callup compare' draw them already; use this for a folder from an older version or "
                    + "after deleting them."
        })
public final class ChartCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "FOLDER",
            description = "A run folder (written by 'callup run') or a comparison folder ('callup compare').")
    Path folder;

    @Mixin
    QuietOption quiet;

    @Override
    public Integer call() throws Exception {
        boolean comparison = CompareFolder.isCompareFolder(folder);
        List<Path> files = comparison ? CompareCharts.writeAll(folder) : RunCharts.writeAll(folder);
        if (!quiet.quiet) {
            PrintWriter out = spec.commandLine().getOut();
            Path charts = folder.resolve(comparison ? CompareFolder.CHARTS_DIR : RunCharts.FOLDER);
            out.println("Wrote " + files.size() + " files to " + RunCommand.shown(charts));
            for (Path f : files) {
                out.println("  " + f.getFileName());
            }
            out.flush();
        }
        return ExitCodes.OK;
    }
}
