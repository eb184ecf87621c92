package org.callup.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.callup.results.BadInputException;
import org.callup.results.RunData;
import org.callup.results.RunFolder;
import org.callup.results.Target;
import org.callup.results.Targets;
import org.callup.results.Validation;
import org.callup.results.ValidationCsv;
import org.callup.results.ValidationResult;
import org.callup.results.facts.FactResult;
import org.callup.results.facts.StylizedFacts;
import org.callup.results.facts.StylizedFactsCsv;
import org.callup.viz.ValidationCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code callup validate}: compares a run with calibration targets. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Compare a run with calibration targets, target by target.",
            "Targets are in the format of calibration-targets.csv. For each: the statistic of the simulated series "
                    + "over its dates, the value reported, its range, whether it is inside and the error relative to the "
                    + "value reported, (simulated - reported) / reported. A target whose dates are not within the run's "
                    + "is not applicable (n/a) and does not count.",
            "A run with --replications N is validated on the mean of its replications (daily-mean.csv); a single "
                    + "run is one draw of a noisy process, and may miss targets that the mean meets.",
            "Draws every target as a small panel (the simulated series with its replication band against the "
                    + "reported value and range), grouped by kind, into validation.png and .svg in the run folder.",
            "Then checks the stylized facts of autumn 2022 (protest waves, attacks after the first week, the "
                    + "exodus's early peak, queues clearing, returns, the regional burden, Moscow's early end; "
                    + "definitions in docs/ODD.md) and writes them to stylized-facts.csv beside the table.",
            "Exit code 0 when every applicable target is inside its range, 1 when one is not or none is applicable, "
                    + "2 for bad input. The stylized facts are reported and do not change the exit code."
        })
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = {"-t", "--targets"},
            paramLabel = "FILE",
            description = {
                "Targets CSV: id,metric,scope,statistic,date_from,date_to,value,low,high,trust,source.",
                "Default: the calibration targets shipped with callup (official, NGO and media figures of 2022-24)."
            })
    Path targets;

    @Parameters(index = "0", paramLabel = "RUN_FOLDER", description = "A run folder, written by 'callup run'.")
    Path runFolder;

    @Option(
            names = "--csv",
            paramLabel = "FILE",
            description = "Where to write the table as CSV. Default: validation-<targets name>.csv in the run folder.")
    Path csv;

    @Option(
            names = "--chart",
            paramLabel = "FILE",
            description = "Where to draw the panels: FILE.png and FILE.svg (an extension .png or .svg is dropped). "
                    + "Default: validation.png and validation.svg in the run folder.")
    Path chart;

    @Option(names = "--no-chart", description = "Do not draw the panels.")
    boolean noChart;

    @Mixin
    QuietOption quiet;

    @Override
    public Integer call() throws Exception {
        List<Target> ts = targets != null ? Targets.read(targets) : Targets.shipped();
        RunData run = RunData.read(runFolder);
        List<ValidationResult> results = Validation.of(run, ts);
        long applicable = results.stream().filter(ValidationResult::applicable).count();
        if (applicable == 0) {
            throw new CommandFailedException("no target in " + (targets != null ? targets : Targets.SHIPPED_LABEL)
                    + " lies within the run's dates " + run.startDate() + " to " + run.endDate()
                    + "; nothing to validate");
        }
        Path file = csv != null
                ? csv
                : runFolder.resolve(
                        RunFolder.validationFile(targets != null ? targets : Path.of("calibration-targets.csv")));
        write(file, results, ValidationCsv::write);
        List<FactResult> facts = StylizedFacts.evaluate(run.table());
        Path factsFile = file.toAbsolutePath().resolveSibling(StylizedFactsCsv.FILE);
        write(factsFile, facts, StylizedFactsCsv::write);
        List<Path> charts = noChart ? List.of() : ValidationCharts.write(run, results, chartBase(), targetsLabel());
        long inside = results.stream().filter(ValidationResult::inside).count();
        if (!quiet.quiet) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(validated(run));
            ValidationTable.print(out, results);
            long notApplicable = results.size() - applicable;
            out.printf(
                    "%d of %d applicable targets inside their range%s; table written to %s%n",
                    inside,
                    applicable,
                    notApplicable == 0 ? "" : " (" + notApplicable + " not applicable: not within the run's dates)",
                    RunCommand.shown(file));
            out.println();
            FactsTable.print(out, facts);
            out.println("written to " + RunCommand.shown(factsFile));
            if (!charts.isEmpty()) {
                out.println("Panels drawn: "
                        + String.join(
                                ", ", charts.stream().map(RunCommand::shown).toList()));
            }
            out.flush();
        }
        return inside == applicable ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private String targetsLabel() {
        return targets != null ? targets.getFileName().toString() : "calibration-targets.csv";
    }

    /** The chart's path without extension: {@code --chart} with .png or .svg dropped, or the run folder's. */
    Path chartBase() {
        if (chart == null) {
            return runFolder.resolve(ValidationCharts.NAME);
        }
        String name = chart.getFileName().toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".png") || lower.endsWith(".svg")) {
            return chart.resolveSibling(name.substring(0, name.length() - 4));
        }
        return chart;
    }

    /** Says which numbers are compared: the mean of the replications, or one run (and why that is not enough). */
    static String validated(RunData run) {
        if (run.replicated()) {
            return "Validating the mean of " + run.manifest().replications() + " replications (daily-mean.csv).";
        }
        return "Validating a single run: one run is one draw of a noisy process, so a target can miss by chance; "
                + "run with --replications 4 or more to validate the mean.";
    }

    /** Writes beside the destination and renames, so a failed write never leaves half a table. */
    /** Something that writes a table into a file. */
    interface TableWriter<T> {
        void write(Path file, List<T> rows) throws IOException;
    }

    private static <T> void write(Path file, List<T> results, TableWriter<T> writer)
            throws IOException, BadInputException {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("--csv: folder " + dir + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException("--csv: " + file + " is a folder");
        }
        Path tmp = dir.resolve(
                "." + file.getFileName() + ".partial-" + ProcessHandle.current().pid());
        try {
            writer.write(tmp, results);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new BadInputException(
                    "cannot write the table to " + dir + ": permission denied; choose another " + "file with --csv");
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
