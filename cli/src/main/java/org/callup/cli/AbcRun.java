package org.callup.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import org.callup.experiments.calibration.CalibrationFolder;
import org.callup.experiments.calibration.CalibrationProblem;
import org.callup.experiments.calibration.CalibrationProgress;
import org.callup.experiments.calibration.CalibrationSetup;
import org.callup.experiments.calibration.abc.AbcCalibration;
import org.callup.experiments.calibration.abc.AbcSettings;
import org.callup.experiments.calibration.abc.AbcSmc;
import org.callup.experiments.calibration.abc.AbcTables;
import org.callup.experiments.calibration.abc.ArrayBatches;
import org.callup.experiments.calibration.abc.HeldOutCoverage;
import org.callup.experiments.calibration.abc.SyntheticRecovery;
import org.callup.results.BadInputException;
import org.callup.results.Target;
import org.callup.scenarios.ResolvedScenario;
import org.callup.viz.charts.PosteriorCharts;
import picocli.CommandLine.Model.CommandSpec;

/** {@code callup calibrate --method abc}: a posterior by ABC-SMC, or its coverage on held-out groups. */
final class AbcRun {
    private final CommandSpec spec;
    private final boolean quiet;
    private final boolean overwrite;
    private final boolean noChart;

    AbcRun(CommandSpec spec, boolean quiet, boolean overwrite, boolean noChart) {
        this.spec = spec;
        this.quiet = quiet;
        this.overwrite = overwrite;
        this.noChart = noChart;
    }

    /** The folder of the Slurm batches inside a calibration folder. */
    static final String SLURM_DIR = "slurm";

    /** Where and how the batches run on Slurm: the batches' folder, shards per batch, the queue, a log. */
    record SlurmSetup(Path dir, int shards, ArrayBatches.Queue queue, java.util.function.Consumer<String> log) {}

    /**
     * @param slurm    the Slurm setup of a calibration folder, or null to run every candidate on {@code pool}
     * @param recovery the synthetic-recovery check whose targets {@code problem} has, or null
     */
    int calibrate(
            CalibrationProblem problem,
            AbcSettings settings,
            Path target,
            ExecutorService pool,
            CalibrationProgress progress,
            java.util.function.Function<CalibrationFolder, SlurmSetup> slurm,
            SyntheticRecovery recovery)
            throws IOException, BadInputException {
        AbcCalibration abc = new AbcCalibration(problem, settings, pool, progress);
        PrintWriter o = spec.commandLine().getOut();
        if (!overwrite && CalibrationFolder.isComplete(target, abc.setupText(), abc.settingsText())) {
            if (!quiet) {
                o.printf(
                        "%s is complete: this ABC calibration (same setup and settings) finished there; nothing to "
                                + "do (--overwrite runs it again).%n",
                        RunCommand.shown(target));
            }
            return ExitCodes.OK;
        }
        try (CalibrationFolder folder =
                CalibrationFolder.open(target, abc.setupText(), abc.settingsText(), overwrite)) {
            if (!quiet) {
                o.printf(
                        Locale.ROOT,
                        "ABC-SMC of %s: %d free parameters, %d targets, %d particles, at most %d generations and %d "
                                + "candidates of %d runs (scale %d, %s to %s)%n%s %s; if interrupted, run the same "
                                + "command again to continue.%n",
                        problem.source().name(),
                        problem.parameters().size(),
                        problem.targets().size(),
                        settings.particles(),
                        settings.maxGenerations(),
                        settings.maxEvaluations(),
                        abc.problem().seeds().size(),
                        problem.base().population().scale(),
                        problem.base().startDate(),
                        problem.base().endDate(),
                        folder.resumed() ? "Continuing in" : "Working in",
                        RunCommand.shown(folder.work()));
                o.flush();
            }
            AbcCalibration.Result r;
            if (slurm == null) {
                r = abc.run(folder);
            } else {
                SlurmSetup s;
                try {
                    s = slurm.apply(folder);
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause();
                }
                if (!quiet) {
                    o.printf(
                            "Each batch of proposals runs as a Slurm job array of at most %d tasks; the batches and "
                                    + "their logs are in %s%n",
                            s.shards(), RunCommand.shown(s.dir()));
                    o.flush();
                }
                r = abc.run(
                        folder,
                        new ArrayBatches(s.dir(), abc.setupText(), abc.problem(), s.shards(), s.queue(), s.log()));
                // The tasks' copy of callup is not part of the results; the plans, journals and logs stay.
                Files.deleteIfExists(s.dir().resolve("callup.jar"));
            }
            SyntheticRecovery.Result checked = recovery == null ? null : recovery.finish(r, folder);
            if (!noChart) {
                PosteriorCharts.write(r.posterior(), problem.parameters(), folder.work());
            }
            folder.commit();
            if (!quiet) {
                report(o, r, folder.target());
                if (checked != null) {
                    reportRecovery(o, checked);
                }
            }
            return ExitCodes.OK;
        }
    }

    private static void reportRecovery(PrintWriter o, SyntheticRecovery.Result r) {
        o.printf("%n%-50s %12s %12s %12s %8s%n", "parameter", "truth", "5%", "95%", "inside");
        for (SyntheticRecovery.Row row : r.rows()) {
            o.printf(
                    Locale.ROOT,
                    "%-50s %12.4g %12.4g %12.4g %8s%n",
                    row.width().parameter().path(),
                    row.truth(),
                    row.width().p05(),
                    row.width().p95(),
                    row.inside() ? "yes" : "no");
        }
        o.println(r.summary());
        o.printf("(the table is %s in the folder)%n", SyntheticRecovery.FILE);
        o.flush();
    }

    private static void report(PrintWriter o, AbcCalibration.Result r, Path folder) {
        o.printf("%n%-10s %12s %10s %10s %8s%n", "generation", "tolerance", "proposals", "accepted", "ESS");
        for (AbcSmc.Generation g : r.smc().generations()) {
            o.printf(
                    Locale.ROOT,
                    "%-10d %12.4g %10d %9.1f%% %8.0f%n",
                    g.index(),
                    g.tolerance(),
                    g.proposals(),
                    100 * g.acceptanceRate(),
                    g.ess());
        }
        o.printf("Stopped: %s.%n%n", r.smc().stopReason());
        o.printf("%-50s %12s %12s %12s %8s%n", "parameter", "5%", "median", "95%", "width");
        for (AbcTables.Width w : r.widths()) {
            o.printf(
                    Locale.ROOT,
                    "%-50s %12.4g %12.4g %12.4g %7.0f%%%n",
                    w.parameter().path(),
                    w.p05(),
                    w.median(),
                    w.p95(),
                    100 * w.ratio());
        }
        o.printf("(width: the 90%% interval as a share of the prior range, in the log for log ranges)%n");
        o.printf("Wrote %s%n", RunCommand.shown(folder));
        o.printf(
                "Next: callup run %s --posterior %s --draws 100%n",
                r.problem().source().name(), RunCommand.shown(folder));
        o.flush();
    }

    int coverage(
            CalibrationSetup setup,
            ResolvedScenario source,
            List<Target> targets,
            String targetsLabel,
            AbcSettings settings,
            Path target,
            ExecutorService pool)
            throws IOException, BadInputException {
        HeldOutCoverage c = new HeldOutCoverage(setup, source, targets, targetsLabel, settings, pool);
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!quiet) {
            o.printf(
                    "Held-out coverage of %s by ABC-SMC: one posterior without each of %s, in %s%n",
                    source.name(), String.join(", ", c.groups()), RunCommand.shown(target));
            o.flush();
        }
        List<HeldOutCoverage.Row> rows = c.runAll(
                target,
                overwrite,
                group -> new CalibrationProgressLine(
                        quiet ? null : err,
                        System.console() != null,
                        source.name() + " without " + group,
                        System::nanoTime));
        if (!quiet) {
            o.printf("%n%-14s %8s %8s %8s %8s%n", "left out", "targets", "in 50%", "in 80%", "in 95%");
            for (HeldOutCoverage.Row r : rows) {
                o.printf(Locale.ROOT, "%-14s %8d %8d %8d %8d%n", r.group(), r.targets(), r.in50(), r.in80(), r.in95());
            }
            o.printf("Wrote %s%n", RunCommand.shown(target.resolve(HeldOutCoverage.FILE)));
        }
        return ExitCodes.OK;
    }
}
