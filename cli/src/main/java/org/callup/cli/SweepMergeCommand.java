package org.callup.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.callup.experiments.sweep.IncompleteSweepException;
import org.callup.experiments.sweep.ShardMerge;
import org.callup.experiments.sweep.Sweep;
import org.callup.experiments.sweep.SweepFile;
import org.callup.experiments.sweep.SweepFinisher;
import org.callup.experiments.sweep.SweepFolder;
import org.callup.viz.charts.SensitivityChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code callup sweep merge}: joins the folders of a sweep's shards into the folder one machine would have written. */
@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Join the shards of a sweep into one sweep folder.",
            "The N shard folders (written with --shard K/N) give the same runs.csv, points.csv, sensitivity.csv and daily.csv a single machine would have written.",
            "Every shard must come from the same sweep file, base scenario and callup, and be complete."
        })
public final class SweepMergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP", description = "The sweep file the shards ran.")
    Path file;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SHARD_FOLDER", description = "The shards' folders.")
    List<Path> shards;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            required = true,
            description = "Sweep folder to write (it may hold the slurm/ and shards/ folders of 'callup sweep slurm').")
    Path out;

    @Option(names = "--overwrite", description = "Replace --out if it holds another sweep.")
    boolean overwrite;

    @Mixin
    ReportOption reportOption;

    @Mixin
    QuietOption quiet;

    @Override
    public Integer call() throws Exception {
        Sweep sweep = SweepFile.load(file);
        SweepFinisher.Outcome o;
        try {
            o = ShardMerge.merge(sweep, shards, out, overwrite, Instant.now());
        } catch (IncompleteSweepException e) {
            throw new CommandFailedException(
                    "not every shard is complete:\n  " + e.getMessage().replace("\n", "\n  "), e);
        }
        if (sweep.sobol()) {
            SensitivityChart.writeAll(out);
        }
        if (o.failed() > 0) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "%s: %d of %d runs failed; each error is in the error column of " + "%s%n",
                            spec.qualifiedName(), o.failed(), o.runs(), SweepFolder.RUNS_FILE);
            spec.commandLine().getErr().flush();
        }
        if (!quiet.quiet) {
            spec.commandLine()
                    .getOut()
                    .printf("Merged %d shards into %s (%d runs)%n", shards.size(), RunCommand.shown(out), o.runs());
        }
        String reportLine = reportOption.write(out, false);
        if (!quiet.quiet) {
            spec.commandLine().getOut().println(reportLine);
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}
