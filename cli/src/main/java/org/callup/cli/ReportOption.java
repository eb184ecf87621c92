package org.callup.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.callup.report.HtmlReport;
import org.callup.results.BadInputException;
import picocli.CommandLine.Option;

/** {@code --no-report} for the commands that write a folder, and the line that names the report (or how to make it). */
final class ReportOption {
    @Option(
            names = "--no-report",
            description = "Skip report.html (one page of the folder; make it later with 'callup report DIR').")
    boolean noReport;

    /**
     * Writes the report of a finished folder unless told not to (or {@code skip}); returns the line to print:
     * where the report is, or how to make it.
     */
    String write(Path folder, boolean skip) throws BadInputException, IOException {
        if (noReport || skip) {
            return "Report: callup report " + RunCommand.shown(folder);
        }
        return "Report: " + RunCommand.shown(HtmlReport.write(folder, Clock.systemUTC()));
    }
}
