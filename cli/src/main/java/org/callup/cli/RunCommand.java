package org.callup.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.callup.model.params.Scenario;
import org.callup.results.BadInputException;
import org.callup.results.Manifest;
import org.callup.results.RunFolder;
import org.callup.results.RunProgress;
import org.callup.results.ScenarioRun;
import org.callup.scenarios.ResolvedScenario;
import org.callup.viz.RunCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code callup run}: runs a scenario and writes a run folder. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Run a scenario and write its results into a run folder.",
            "The folder holds the resolved scenario, manifest.json, daily.csv (tidy long form), summary.csv, "
                    + "events.csv and charts/ (PNG and SVG).",
            "The folder appears only when the run is complete; an existing folder is never replaced without "
                    + "--overwrite."
        })
public final class RunCommand implements Callable<Integer> {
    /** Where run folders go when --out is not given, relative to the working directory. */
    /** Where every command writes when --out is not given: runs/ under the current directory. */
    static final Path DEFAULT_ROOT = Path.of("runs");

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioArgument scenario;

    @Mixin
    ScenarioOverrides overrides;

    @Mixin
    ThreadsOption threads;

    @Mixin
    ReplicationsOption replications;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            description =
                    "Run folder to write. Default: runs/<scenario>-<yyyyMMdd-HHmmss> under the current " + "directory.")
    Path out;

    @Option(
            names = "--overwrite",
            description = "Replace --out if it holds a run or is empty (only once the new run is complete).")
    boolean overwrite;

    @Option(
            names = "--no-charts",
            description = "Skip the charts (faster for batches; draw them later with 'callup chart').")
    boolean noCharts;

    @Mixin
    PosteriorOption posterior;

    @Mixin
    ReportOption reportOption;

    @Mixin
    QuietOption quiet;

    @Override
    public Integer call() throws Exception {
        if (out != null && Files.isSymbolicLink(out)) {
            // --overwrite would replace the link, not the run it leads to; writing through it would surprise too.
            throw new BadInputException("--out " + out + " is a symbolic link (to " + Files.readSymbolicLink(out)
                    + "); give the folder itself");
        }
        int nThreads = threads.checked(spec);
        int nReplications = replications.checked(spec);
        ResolvedScenario loaded = scenario.load();
        Scenario effective = overrides.apply(loaded.scenario(), spec);
        new MemoryEstimate(effective, loaded.output())
                .check(Runtime.getRuntime().maxMemory(), effective);
        Path target = out != null ? out : RunFolder.defaultTarget(DEFAULT_ROOT, loaded.name(), LocalDateTime.now());
        PosteriorOption.Draws draws = posterior.draws(loaded, effective, nReplications, w -> {
            spec.commandLine().getErr().printf("%s: warning: %s%n", spec.qualifiedName(), w);
            spec.commandLine().getErr().flush();
        });
        java.util.Map<String, String> given = new java.util.LinkedHashMap<>(overrides.given());
        if (draws != null) {
            given.putAll(draws.manifestEntries());
            nReplications = draws.scenarios().size();
        }
        ScenarioRun run = new ScenarioRun(loaded, effective, given, nThreads, nReplications, Clock.systemUTC());
        if (draws != null) {
            run = run.withDraws(draws.scenarios());
        }
        PrintWriter err = spec.commandLine().getErr();
        RunProgress progress = ProgressDisplay.choose(quiet.quiet, err, loaded.name(), nReplications);
        try (RunFolder folder = RunFolder.create(target, overwrite)) {
            Thread cleanup = new Thread(folder::close, "remove unfinished run folder");
            Runtime.getRuntime().addShutdownHook(cleanup);
            try {
                Manifest m = simulate(run, folder, progress, effective);
                if (draws != null) {
                    draws.write(folder.work());
                }
                if (!noCharts) {
                    RunCharts.writeAll(folder.work());
                }
                folder.commit();
                // The report is made of the finished folder; without charts it waits for 'callup chart'.
                report(m, folder.target(), reportOption.write(folder.target(), noCharts));
            } finally {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            }
            if (out != null && folder.movedAside()) {
                // The folder asked for holds another run now (two runs into one --out): keep both, and say so.
                PrintWriter e = spec.commandLine().getErr();
                e.printf(
                        "%s: %s was taken by another run while this one was written; this run's results are in %s%n",
                        spec.qualifiedName(), shown(folder.requestedTarget()), shown(folder.target()));
                e.flush();
                return ExitCodes.FAILURE;
            }
        }
        return ExitCodes.OK;
    }

    private static Manifest simulate(ScenarioRun run, RunFolder folder, RunProgress progress, Scenario s)
            throws IOException, CommandFailedException {
        try {
            return run.writeTo(folder.work(), progress);
        } catch (OutOfMemoryError e) {
            throw new CommandFailedException(
                    "not enough memory for " + s.population().citizenCount()
                            + " simulated citizens (scale " + s.population().scale()
                            + "); use a larger --scale, or give Java "
                            + "more memory, e.g. JAVA_TOOL_OPTIONS=-Xmx16g",
                    e);
        }
    }

    private void report(Manifest m, Path folder, String reportLine) {
        if (quiet.quiet) {
            return;
        }
        PrintWriter o = spec.commandLine().getOut();
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(m.startDate(), m.endDate()) + 1;
        o.printf(Locale.ROOT, "Wrote %s%n", TerminalText.line(shown(folder)));
        o.printf(
                Locale.ROOT,
                "  %s, seed %d, scale %d, %s to %s (%d days), %d replication%s, %.1f s%n",
                m.scenarioName(),
                m.seed(),
                m.scale(),
                m.startDate(),
                m.endDate(),
                days,
                m.replications(),
                m.replications() == 1 ? "" : "s",
                m.wallSeconds());
        o.println(TerminalText.line(reportLine));
        o.printf(
                "Next: callup validate %s   (compare with the calibration targets)%n",
                TerminalText.line(shown(folder)));
        o.flush();
    }

    /** A path relative to the working directory when it is below it: shorter, and what the user typed. */
    static String shown(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
