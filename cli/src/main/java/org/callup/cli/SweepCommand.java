package org.callup.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.callup.experiments.sweep.Shard;
import org.callup.experiments.sweep.Sweep;
import org.callup.experiments.sweep.SweepFile;
import org.callup.experiments.sweep.SweepFinisher;
import org.callup.experiments.sweep.SweepFolder;
import org.callup.experiments.sweep.SweepProgress;
import org.callup.experiments.sweep.SweepRunner;
import org.callup.model.params.Scenario;
import org.callup.viz.charts.SensitivityChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code callup sweep}: runs a scenario many times over parameter values and replications, into one CSV. */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        subcommands = {SweepMergeCommand.class, SweepSlurmCommand.class},
        description = {
            "Run a scenario many times over parameter values, as a sweep file says.",
            "The base scenario is run over a design (a grid, a Latin hypercube or a Sobol' design) and replications, "
                    + "on every core, each run with its own seed.",
            "Writes runs.csv (one row per run), points.csv (mean and 95%% interval per point), sensitivity.csv and "
                    + "charts for a Sobol' design, and daily.csv if asked for. The numbers do not depend on --threads.",
            "Stopped at any moment, the same command with the same --out resumes it: only the missing runs are run."
        },
        footer = {
            "",
            "Examples:",
            "  callup sweep sweeps/exodus-vs-border-policy.yaml --out runs/exodus",
            "  callup sweep SWEEP.yaml --shard 2/8 --out runs/x/shards/2",
            "  callup sweep merge SWEEP.yaml runs/x/shards/* --out runs/x",
            "  callup sweep slurm SWEEP.yaml --shards 8 --out runs/x",
            "The sweep file format is described in the README (section Sweeps)."
        })
public final class SweepCommand implements Callable<Integer> {
    /** Where sweep folders go when --out is not given, relative to the working directory. */
    static final Path DEFAULT_ROOT = RunCommand.DEFAULT_ROOT;

    @Spec
    CommandSpec spec;

    // Optional for picocli, so that 'sweep merge' and 'sweep slurm' need no SWEEP before them; call() requires it.
    @Parameters(index = "0", arity = "0..1", paramLabel = "SWEEP", description = "The sweep file (YAML).")
    Path file;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            description = "Sweep folder to write or resume. Default: runs/<sweep name> under the current directory "
                    + "(runs/<sweep name>/shards/<K> with --shard).")
    Path out;

    @Mixin
    ThreadsOption threads;

    @Option(
            names = "--shard",
            paramLabel = "K/N",
            converter = ShardConverter.class,
            description = "Run only the K-th of N slices of the runs (runs K, K+N, K+2N, ...); join the slices with "
                    + "'callup sweep merge'.")
    Shard shard;

    @Option(
            names = "--overwrite",
            description = "Start again from scratch if --out holds a sweep (discarding its runs), even another one.")
    boolean overwrite;

    @Mixin
    ReportOption reportOption;

    @Mixin
    QuietOption quiet;

    @Override
    public Integer call() throws Exception {
        if (file == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'SWEEP'");
        }
        int n = threads.checked(spec);
        Shard s = shard == null ? Shard.ALL : shard;
        Sweep sweep = SweepFile.load(file);
        Scenario base = sweep.base().scenario();
        new MemoryEstimate(base, sweep.base().output())
                .check(Runtime.getRuntime().maxMemory(), base, n);
        Path target = out != null ? out : defaultFolder(sweep.name(), s);
        try (SweepFolder folder = SweepFolder.open(target, sweep, s, overwrite, Instant.now())) {
            if (folder.complete()) {
                drawCharts(sweep, folder);
                say(
                        "%s is complete: %d runs, %d failed; nothing to do.%n",
                        RunCommand.shown(folder.dir()),
                        folder.manifest().shard().size(folder.manifest().runs()),
                        folder.manifest().failedRuns());
                return folder.manifest().failedRuns() > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
            }
            say(
                    "Sweep %s%s: %s%n",
                    sweep.name(),
                    s.whole()
                            ? ""
                            : ", shard " + s + " (" + s.size(sweep.plan(s).runs()) + " runs)",
                    sweep.summary());
            if (folder.resumed()) {
                say("Resuming %s%n", RunCommand.shown(folder.dir()));
            }
            SweepProgress progress =
                    SweepProgressDisplay.choose(quiet.quiet, spec.commandLine().getErr(), sweep.name());
            Thread notice = resumeNotice(folder.dir());
            Runtime.getRuntime().addShutdownHook(notice);
            SweepFinisher.Outcome outcome;
            try {
                new SweepRunner(sweep, folder, n, progress).run();
                outcome = SweepFinisher.finish(sweep, folder, Instant.now());
            } finally {
                Runtime.getRuntime().removeShutdownHook(notice);
            }
            drawCharts(sweep, folder);
            report(folder, outcome, s);
            if (s.whole()) {
                say("%s%n", reportOption.write(folder.dir(), false));
            }
            return outcome.failed() > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
        }
    }

    static Path defaultFolder(String name, Shard s) {
        Path whole = DEFAULT_ROOT.resolve(name);
        return s.whole() ? whole : whole.resolve("shards").resolve(Integer.toString(s.index()));
    }

    /** Charts of the sensitivity indices, drawn again if a sweep was stopped between its files and its charts. */
    private static void drawCharts(Sweep sweep, SweepFolder folder) throws Exception {
        Path t = folder.file(SweepFolder.SENSITIVITY_FILE);
        if (sweep.sobol() && Files.exists(t) && !Files.isDirectory(folder.file(SweepFolder.CHARTS_DIR))) {
            SensitivityChart.writeAll(folder.dir());
        }
    }

    /** On Ctrl-C, says that nothing is lost; the journal already holds every finished run. */
    private Thread resumeNotice(Path dir) {
        PrintWriter err = spec.commandLine().getErr();
        String again = String.join(" ", spec.commandLine().getParseResult().originalArgs());
        return new Thread(
                () -> {
                    err.println();
                    err.println("Interrupted. The finished runs are kept in " + RunCommand.shown(dir)
                            + "; to go on, run " + "the same command again: callup " + again);
                    err.flush();
                },
                "sweep interrupted notice");
    }

    private void report(SweepFolder folder, SweepFinisher.Outcome o, Shard s) {
        PrintWriter err = spec.commandLine().getErr();
        if (o.failed() > 0) {
            err.printf(
                    "%s: %d of %d runs failed; each error is in the error column of %s%n",
                    spec.qualifiedName(), o.failed(), o.runs(), RunCommand.shown(folder.file(SweepFolder.RUNS_FILE)));
            err.flush();
        }
        Path dir = folder.dir();
        say(
                "Wrote %s: %s (%d runs)%n",
                RunCommand.shown(dir), s.whole() ? files(dir) : SweepFolder.RUNS_FILE, o.runs());
        if (!s.whole()) {
            say(
                    "Next, once every shard is done: callup sweep merge %s <the %d shard folders> --out DIR%n",
                    file, s.count());
        }
    }

    private static String files(Path dir) {
        StringBuilder sb = new StringBuilder(SweepFolder.RUNS_FILE + ", " + SweepFolder.POINTS_FILE);
        for (String f : new String[] {SweepFolder.SENSITIVITY_FILE, SweepFolder.DAILY_FILE, SweepFolder.CHARTS_DIR}) {
            if (Files.exists(dir.resolve(f))) {
                sb.append(", ").append(f).append(f.equals(SweepFolder.CHARTS_DIR) ? "/" : "");
            }
        }
        return sb.toString();
    }

    private void say(String format, Object... args) {
        if (!quiet.quiet) {
            spec.commandLine().getOut().printf(format, args);
            spec.commandLine().getOut().flush();
        }
    }
}
