package org.callup.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.callup.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code callup report}: one self-contained HTML page of a run, sweep or calibration folder. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Write a self-contained HTML report of a run, comparison, sweep or calibration.",
            "Write FOLDER/report.html: one page that opens offline and prints well, with what was run "
                    + "(scenario, what it changes from its base, seeds, scale, version), the headline numbers with their "
                    + "95%% intervals, the charts (inline SVG), the validation against the reported record (misses "
                    + "first) and the caveats.",
            "FOLDER is a run folder (callup run), a comparison folder (callup compare: the paired differences), "
                    + "a sweep folder (callup sweep: the design and the sensitivity indices) or a calibration folder "
                    + "(callup calibrate: the fitted parameters, the fit and the convergence). Charts missing from "
                    + "the folder are drawn into it first.",
            "run, compare, sweep and calibrate write the report already, unless given --no-report."
        })
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "A folder written by callup run, sweep or calibrate.")
    Path folder;

    @Mixin
    QuietOption quiet;

    @Override
    public Integer call() throws Exception {
        Path file = HtmlReport.write(folder, Clock.systemUTC());
        if (!quiet.quiet) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("Wrote " + RunCommand.shown(file));
            out.flush();
        }
        return ExitCodes.OK;
    }
}
