package org.callup.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.callup.experiments.calibration.CalibratedScenarioYaml;
import org.callup.experiments.calibration.Calibration;
import org.callup.experiments.calibration.CalibrationFile;
import org.callup.experiments.calibration.CalibrationFolder;
import org.callup.experiments.calibration.CalibrationProblem;
import org.callup.experiments.calibration.CalibrationProgress;
import org.callup.experiments.calibration.CalibrationResult;
import org.callup.experiments.calibration.CalibrationSetup;
import org.callup.experiments.calibration.CalibrationTarget;
import org.callup.experiments.calibration.LeaveOneGroupOut;
import org.callup.experiments.calibration.Loss;
import org.callup.experiments.calibration.OutOfSample;
import org.callup.experiments.calibration.Screening;
import org.callup.experiments.calibration.abc.AbcCalibration;
import org.callup.experiments.calibration.abc.AbcSettings;
import org.callup.experiments.calibration.abc.ArrayBatches;
import org.callup.experiments.calibration.abc.SyntheticRecovery;
import org.callup.results.BadInputException;
import org.callup.results.Target;
import org.callup.results.Targets;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioLibrary;
import org.callup.viz.charts.FitChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code callup calibrate}: fits a scenario's free parameters to calibration targets. */
@Command(
        name = "calibrate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Fit a scenario's free parameters to calibration targets.",
            "Searches the free parameters (CMA-ES, within bounds) for the best fit, over several replications with "
                    + "the same seeds for every candidate. The shipped setup takes a quarter of an hour to an hour on "
                    + "two cores, depending on other work; the time grows with --budget, --replications, the "
                    + "population (a smaller --scale) and --end, and the progress line shows the time left.",
            "Writes a folder with the calibrated scenario (a YAML file that extends the input and sets only the fitted "
                    + "values), fit.csv and fit.png/svg (every target: simulated mean and 95%% interval against the "
                    + "reported value and range), trace.csv (convergence), identifiability.csv (how each target moves "
                    + "as each parameter crosses its bounds) and journal.csv (every evaluation).",
            "An interrupted calibration continues where it stopped when the same command is run again; a finished "
                    + "one says it is complete.",
            "Without --config or --param, the shipped calibration of the scenario is used (see docs/CALIBRATION.md).",
            "Exit code 0 when every target is inside its range, 1 when the best fit misses some, 2 for bad input."
        })
public final class CalibrateCommand implements Callable<Integer> {
    /** Where calibration folders go when --out is not given, relative to the working directory. */
    static final Path DEFAULT_ROOT = RunCommand.DEFAULT_ROOT;

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "SCENARIO",
            completionCandidates = ScenarioNames.class,
            description = "A library scenario (${COMPLETION-CANDIDATES}) or a YAML file. Default: the calibration "
                    + "file's, else " + ScenarioLibrary.DEFAULT + ".")
    String scenario;

    @Option(
            names = {"-c", "--config"},
            paramLabel = "FILE",
            description = "Calibration file (YAML): scenario, targets, free parameters with bounds, runs and budget; "
                    + "see docs/CALIBRATION.md.")
    Path config;

    @Mixin
    CalibrationOptions options;

    @Mixin
    ThreadsOption threads;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            description = "Calibration folder. Default: runs/calibration-<scenario> under the current directory. "
                    + "While the calibration runs, its work is in .<DIR>.calibrating beside it.")
    Path out;

    @Option(
            names = "--overwrite",
            description = "Replace --out if it holds a finished calibration (of another "
                    + "setup or budget; with the same setup, its evaluations are reused).")
    boolean overwrite;

    @Option(names = "--no-chart", description = "Skip the fit chart (fit.png and fit.svg).")
    boolean noChart;

    @Option(
            names = "--screen",
            description = "Screen instead of fitting: run a Saltelli design over the free "
                    + "parameters' bounds and write screening.csv (first-order and total Sobol' indices of every target's "
                    + "distance and of the loss) and screening-summary.csv, flagging parameters that no target responds to. "
                    + "Default folder: runs/screening-<scenario>.")
    boolean screen;

    @Option(
            names = "--screen-samples",
            paramLabel = "N",
            defaultValue = "32",
            converter = NumberOptions.ScreenSamples.class,
            description = "Base samples of the screening design (1 to 100000): N (k + 2) candidates for k parameters "
                    + "(default: ${DEFAULT-VALUE}).")
    int screenSamples;

    @Option(
            names = "--screen-threshold",
            paramLabel = "X",
            defaultValue = "0.05",
            description = "Total Sobol' index below which a parameter does not matter to a target (default: "
                    + "${DEFAULT-VALUE}).")
    double screenThreshold;

    @Option(
            names = "--leave-one-group-out",
            description = "The out-of-sample check: fit once with each group of "
                    + "targets left out (each in DIR/leave-out-<group>) and write out-of-sample.csv and out-of-sample.md. "
                    + "Run again to continue. Default folder: runs/out-of-sample-<scenario>.")
    boolean leaveOneGroupOut;

    @Option(
            names = "--method",
            paramLabel = "METHOD",
            defaultValue = "cmaes",
            description = "cmaes: one best fit (default); abc: a posterior by ABC-SMC, with predictive intervals for "
                    + "every target (posterior.csv, generations.csv, posterior-predictive.csv, identifiability.csv; "
                    + "with --leave-one-group-out, coverage.csv). Default folder for abc: runs/posterior-<scenario>.")
    String method;

    @Mixin
    AbcOptions abcOptions;

    @Mixin
    AbcSlurmOptions slurm;

    /** Where the batches of --slurm go: Slurm itself, or a stand-in that tests put here. */
    static java.util.function.Function<AbcSlurmJob, ArrayBatches.Queue> queues = SbatchQueue::new;

    @Mixin
    ReportOption reportOption;

    @Mixin
    QuietOption quiet;

    @Override
    public Integer call() throws Exception {
        int nThreads = threads.checked(spec);
        CalibrationSetup setup = options.apply(builder());
        ResolvedScenario source = ScenarioLibrary.shipped().load(setup.scenario());
        List<Target> targets = setup.targets() == null ? Targets.shipped() : Targets.read(Path.of(setup.targets()));
        String targetsLabel = setup.targets() == null ? Targets.SHIPPED_LABEL : setup.targets();
        if (screen && leaveOneGroupOut) {
            throw new BadInputException("--screen and --leave-one-group-out are separate steps; give one of them");
        }
        if (leaveOneGroupOut && setup.leaveOut() != null) {
            throw new BadInputException("--leave-out " + setup.leaveOut() + " and --leave-one-group-out: the check "
                    + "leaves out every group in turn; give one of them");
        }
        boolean abc = abcMethod();
        if (abc && screen) {
            throw new BadInputException("--screen and --method abc are separate steps; give one of them");
        }
        slurm.check(abc);
        if (abcOptions.recoveryRange != null && abcOptions.recovery == null) {
            throw new BadInputException("--recovery-range is the range of the targets of --recovery; give --recovery");
        }
        if (abcOptions.recovery != null && (leaveOneGroupOut || slurm.slurm || slurm.task != null)) {
            throw new BadInputException(
                    "--recovery runs one posterior on this machine; without " + "--leave-one-group-out and --slurm");
        }
        if (slurm.slurm && (leaveOneGroupOut || setup.leaveOut() != null)) {
            throw new BadInputException("--slurm runs one posterior; the held-out checks run on this machine");
        }
        Screening screening = screen ? screening() : null;
        CalibrationProblem problem = CalibrationProblem.of(setup, source, targets, targetsLabel);
        CalibrationProblem full = setup.leaveOut() == null
                ? null
                : CalibrationProblem.of(setup.toBuilder().leaveOut(null).build(), source, targets, targetsLabel);
        new MemoryEstimate(problem.base(), source.output())
                .check(Runtime.getRuntime().maxMemory(), problem.base(), nThreads);
        String kind = screen
                ? "screening-"
                : abc && abcOptions.recovery != null
                        ? "recovery-"
                        : abc && leaveOneGroupOut
                                ? "coverage-"
                                : abc ? "posterior-" : leaveOneGroupOut ? "out-of-sample-" : "calibration-";
        Path target = out != null ? out : DEFAULT_ROOT.resolve(kind + source.name());
        PrintWriter err = spec.commandLine().getErr();
        CalibrationProgressLine progress = new CalibrationProgressLine(
                quiet.quiet ? null : err, System.console() != null, source.name(), System::nanoTime);
        ExecutorService pool = Executors.newFixedThreadPool(nThreads, r -> {
            Thread t = new Thread(r, "calibration-run");
            t.setDaemon(true);
            return t;
        });
        try {
            if (abc) {
                AbcRun run = new AbcRun(spec, quiet.quiet, overwrite, noChart);
                AbcSettings settings = abcOptions.settings(setup.optimizerSeed(), setup, options.replications);
                if (slurm.task != null) {
                    return arrayTask(problem, settings, pool);
                }
                if (abcOptions.recovery != null) {
                    SyntheticRecovery recovery = SyntheticRecovery.prepare(
                            setup,
                            source,
                            targets,
                            targetsLabel,
                            abcOptions.recovery,
                            abcOptions.recoveryRange == null ? Double.NaN : abcOptions.recoveryRange,
                            pool);
                    return run.calibrate(recovery.problem(), settings, target, pool, progress, null, recovery);
                }
                return leaveOneGroupOut
                        ? run.coverage(setup, source, targets, targetsLabel, settings, target, pool)
                        : run.calibrate(
                                problem,
                                settings,
                                target,
                                pool,
                                progress,
                                slurm.slurm ? slurmRuns(source) : null,
                                null);
            }
            if (slurm.task != null) {
                throw new BadInputException("--slurm-task is a task of --method abc --slurm");
            }
            if (screening != null) {
                return screen(screening, problem, setup, target, pool, progress);
            }
            if (leaveOneGroupOut) {
                return leaveOneGroupOut(setup, source, targets, targetsLabel, target, pool, err);
            }
            Calibration calibration = new Calibration(problem, setup, pool, Clock.systemUTC(), progress);
            String settings = CalibrationFolder.settingsText(setup.budget(), setup.identifiabilityPoints());
            if (!overwrite && CalibrationFolder.isComplete(target, calibration.setupText(), settings)) {
                // As callup sweep does: the same command again finds its work done, and says where it is.
                sayComplete(problem, target);
                return ExitCodes.OK;
            }
            try (CalibrationFolder folder =
                    CalibrationFolder.open(target, calibration.setupText(), settings, overwrite)) {
                introduce(problem, setup, folder);
                CalibrationResult result = calibration.run(folder);
                OutOfSample check = full == null
                        ? null
                        : LeaveOneGroupOut.check(
                                full,
                                setup.leaveOut(),
                                result.calibrated().values(),
                                result.calibrated().loss(),
                                pool);
                if (check != null) {
                    OutOfSample.write(List.of(check), folder.file(OutOfSample.FILE));
                }
                if (!noChart) {
                    FitChart.write(result.fit(), folder.work(), CalibrationFolder.FIT_CHART);
                }
                folder.commit();
                report(result, folder.target(), reportOption.write(folder.target(), false));
                if (check != null && !quiet.quiet) {
                    spec.commandLine()
                            .getOut()
                            .printf(
                                    "%nOut of sample (group %s, not fitted):%n%s",
                                    check.group(), OutOfSample.markdown(List.of(check)));
                }
                return result.fit().allInside() ? ExitCodes.OK : ExitCodes.FAILURE;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One array task of a batch: the candidates of its shard, into a journal of its own. */
    private int arrayTask(CalibrationProblem problem, AbcSettings settings, ExecutorService pool)
            throws IOException, BadInputException {
        AbcCalibration abc = new AbcCalibration(problem, settings, pool, CalibrationProgress.NONE);
        String setupText = abc.setupText();
        String run = System.getenv("SLURM_JOB_ID");
        if (run == null || run.isBlank()) {
            run = "pid" + ProcessHandle.current().pid();
        }
        int n = ArrayBatches.runTask(abc.problem(), setupText, slurm.task, slurm.shard, run, pool, e -> {});
        if (!quiet.quiet) {
            spec.commandLine().getOut().printf("%s shard %s: %d candidates evaluated%n", slurm.task, slurm.shard, n);
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }

    /** The batches as Slurm job arrays, kept in the calibration folder's slurm/ (tasks run a copy of callup.jar). */
    private java.util.function.Function<CalibrationFolder, AbcRun.SlurmSetup> slurmRuns(ResolvedScenario source)
            throws BadInputException {
        Path jar = SweepSlurmCommand.jarToRun(slurm.jar);
        List<String> args = AbcSlurmJob.taskArguments(spec.commandLine().getParseResult());
        PrintWriter err = spec.commandLine().getErr();
        return folder -> {
            try {
                Path dir = folder.work().toAbsolutePath().normalize().resolve(AbcRun.SLURM_DIR);
                Files.createDirectories(dir.resolve("logs"));
                Path copy = dir.resolve("callup.jar");
                Files.copy(jar, dir.resolve("callup.jar.tmp"), StandardCopyOption.REPLACE_EXISTING);
                Files.move(
                        dir.resolve("callup.jar.tmp"),
                        copy,
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                AbcSlurmJob job = new AbcSlurmJob(
                        source.name(),
                        dir,
                        copy,
                        Path.of("").toAbsolutePath(),
                        args,
                        slurm.cpusOrDefault(),
                        slurm.memoryOrDefault(),
                        slurm.time,
                        slurm.partition,
                        slurm.sbatchOptions,
                        slurm.javaOrDefault());
                return new AbcRun.SlurmSetup(dir, slurm.shardsOrDefault(), queues.apply(job), line -> {
                    if (!quiet.quiet) {
                        err.println(line);
                        err.flush();
                    }
                });
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    private boolean abcMethod() throws BadInputException {
        if (!method.equals("cmaes") && !method.equals("abc")) {
            throw new BadInputException("--method " + method + ": expected cmaes or abc");
        }
        if (method.equals("cmaes") && abcOptions.anyGiven()) {
            throw new BadInputException("--particles, --tolerance-quantile, --generations, --min-tolerance, "
                    + "--min-acceptance, --max-evaluations, --predictive-draws, --seed-pool, --recovery and --recovery-range are "
                    + "settings of --method abc");
        }
        return method.equals("abc");
    }

    private Screening screening() throws BadInputException {
        try {
            return new Screening(screenSamples, screenThreshold);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--"
                    + e.getMessage()
                            .replace("screening samples", "screen-samples")
                            .replace("screening threshold", "screen-threshold"));
        }
    }

    private int screen(
            Screening screening,
            CalibrationProblem problem,
            CalibrationSetup setup,
            Path target,
            ExecutorService pool,
            CalibrationProgress progress)
            throws IOException, BadInputException {
        try (CalibrationFolder folder =
                CalibrationFolder.open(target, screening.setupText(problem, setup), overwrite)) {
            if (!quiet.quiet) {
                spec.commandLine()
                        .getOut()
                        .printf(
                                Locale.ROOT,
                                "Screening %s: %d free parameters, %d base samples "
                                        + "(%d candidates of %d runs); working in %s%n",
                                problem.source().name(),
                                problem.parameters().size(),
                                screening.baseSamples(),
                                screening.baseSamples() * (problem.parameters().size() + 2),
                                problem.seeds().size(),
                                RunCommand.shown(folder.work()));
            }
            Screening.Result r = screening.run(problem, folder, pool, progress);
            folder.commit();
            if (!quiet.quiet) {
                ScreeningTable.print(spec.commandLine().getOut(), r);
                spec.commandLine().getOut().printf("Wrote %s%n", RunCommand.shown(folder.target()));
            }
            return ExitCodes.OK;
        }
    }

    private int leaveOneGroupOut(
            CalibrationSetup setup,
            ResolvedScenario source,
            List<Target> targets,
            String targetsLabel,
            Path target,
            ExecutorService pool,
            PrintWriter err)
            throws IOException, BadInputException {
        LeaveOneGroupOut logo = new LeaveOneGroupOut(setup, source, targets, targetsLabel, pool, Clock.systemUTC());
        PrintWriter o = spec.commandLine().getOut();
        if (!quiet.quiet) {
            o.printf(
                    "Out-of-sample check of %s: one fit without each of %s, in %s%n",
                    source.name(), String.join(", ", logo.groups()), RunCommand.shown(target));
            o.flush();
        }
        List<OutOfSample> rows = logo.runAll(
                target,
                overwrite,
                group -> new CalibrationProgressLine(
                        quiet.quiet ? null : err,
                        System.console() != null,
                        source.name() + " without " + group,
                        System::nanoTime));
        if (!quiet.quiet) {
            o.printf("%n%s%nWrote %s%n", OutOfSample.markdown(rows), RunCommand.shown(target));
        }
        return ExitCodes.OK;
    }

    /**
     * The setup before the command-line options: the --config file; else, without --param, the scenario's shipped
     * setup; else an empty one that the --param options fill.
     */
    private CalibrationSetup.Builder builder() throws BadInputException, IOException {
        if (config != null) {
            CalibrationSetup.Builder b = CalibrationFile.read(config);
            return scenario != null ? b.scenario(scenario) : b;
        }
        String name = scenario != null ? scenario : ScenarioLibrary.DEFAULT;
        if (!options.params.isEmpty()) {
            return CalibrationSetup.builder(name);
        }
        return CalibrationFile.shipped(name)
                .orElseThrow(() -> new BadInputException("no free parameters: give "
                        + "--param PATH=MIN:MAX (repeatable) or --config FILE; shipped calibrations exist for "
                        + String.join(", ", shippedNames())));
    }

    private static List<String> shippedNames() {
        List<String> out = new java.util.ArrayList<>();
        for (String n : ScenarioLibrary.shipped().names()) {
            if (CalibrationFile.class.getResource(CalibrationFile.SHIPPED_DIR + n + ".yaml") != null) {
                out.add(n);
            }
        }
        return out;
    }

    private void introduce(CalibrationProblem p, CalibrationSetup s, CalibrationFolder folder) {
        if (quiet.quiet) {
            return;
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(
                Locale.ROOT,
                "Calibrating %s: %d free parameters, %d targets, budget %d candidates of %d runs "
                        + "(scale %d, %s to %s)%n",
                p.source().name(),
                p.parameters().size(),
                p.targets().size(),
                s.budget(),
                p.seeds().size(),
                p.base().population().scale(),
                p.base().startDate(),
                p.base().endDate());
        List<String> outside = p.excluded().stream()
                .filter(CalibrationProblem.ExcludedTarget::outsideDates)
                .map(x -> x.target().id())
                .toList();
        List<String> left = p.excluded().stream()
                .filter(x -> !x.outsideDates())
                .map(x -> x.target().id())
                .toList();
        if (!outside.isEmpty()) {
            o.println("  not counted, outside the simulated dates: " + String.join(", ", outside));
        }
        if (!left.isEmpty()) {
            o.println("  not counted, excluded by the setup: " + String.join(", ", left));
        }
        for (String note : p.notes()) {
            o.println("  note: " + note);
        }
        o.printf(
                "%s %s; if interrupted, run the same command again to continue.%n",
                folder.resumed() ? "Continuing the calibration in" : "Working in", RunCommand.shown(folder.work()));
        o.flush();
    }

    private void sayComplete(CalibrationProblem p, Path folder) {
        if (quiet.quiet) {
            return;
        }
        PrintWriter o = spec.commandLine().getOut();
        Path yaml = folder.resolve(CalibratedScenarioYaml.nameOf(p.source()) + ".yaml");
        o.printf(
                "%s is complete: this calibration (same setup and budget) finished there; nothing to do.%n",
                RunCommand.shown(folder));
        o.printf(
                "  calibrated scenario %s; the fit in %s; --overwrite runs it again.%n",
                RunCommand.shown(yaml), RunCommand.shown(folder.resolve(CalibrationFolder.FIT_FILE)));
        o.printf(
                "Next: callup run %s --out RUN && callup validate RUN --targets %s%n",
                RunCommand.shown(yaml), RunCommand.shown(folder.resolve(CalibrationFolder.TARGETS_FILE)));
        o.flush();
    }

    private void report(CalibrationResult r, Path folder, String reportLine) {
        if (quiet.quiet) {
            return;
        }
        PrintWriter o = spec.commandLine().getOut();
        FitTable.print(o, r.fit());
        if (r.identifiability() != null) {
            o.println();
            IdentifiabilityTable.print(o, r.identifiability());
        }
        long inside = r.fit().counted().stream().filter(row -> row.inside()).count();
        List<CalibrationTarget> t = r.problem().targets();
        o.printf(
                Locale.ROOT,
                "%nLoss %.4g at the start, %.4g calibrated, after %d candidates; %d of %d targets "
                        + "inside their range.%n",
                r.start().loss(),
                r.calibrated().loss(),
                r.evaluations(),
                inside,
                r.fit().counted().size());
        // The progress line showed the objective, which is not the loss: say both, each by its name.
        o.printf(
                Locale.ROOT,
                "Objective (the loss + %s x centring, which the search minimises and the progress line "
                        + "shows): %.4g at the start, %.4g calibrated.%n",
                Loss.CENTRING_WEIGHT,
                r.start().objective(t),
                r.calibrated().objective(t));
        Path yaml = folder.resolve(r.scenarioFile().getFileName());
        o.printf("Wrote %s%n", RunCommand.shown(folder));
        o.println(reportLine);
        o.printf(
                "Next: callup run %s --out RUN && callup validate RUN --targets %s%n",
                RunCommand.shown(yaml), RunCommand.shown(folder.resolve(CalibrationFolder.TARGETS_FILE)));
        o.flush();
    }
}
