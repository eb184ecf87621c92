package org.callup.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.callup.experiments.calibration.CalibrationFile;
import org.callup.experiments.calibration.CalibrationProblem;
import org.callup.experiments.calibration.CalibrationSetup;
import org.callup.experiments.calibration.LoopBenchmark;
import org.callup.model.MobilizationModel;
import org.callup.model.bench.MasonWayReference;
import org.callup.model.bench.ModelTiming;
import org.callup.model.bench.StreamingFloor;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.model.sim.Engine;
import org.callup.results.BadInputException;
import org.callup.results.Targets;
import org.callup.scenarios.ResolvedScenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code callup bench}: the performance ladder of docs/PERFORMANCE.md. Runs a scenario over a number of days at
 * several scales (population sizes), with one and with several threads, and prints wall time, citizen-days per
 * second, bytes per citizen, the cost of a quiet day against a busy one, and two references: a streaming pass over
 * the same arrays (the floor) and the usual MASON way (one Steppable per citizen in a RandomSequence).
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Measure speed and memory at several population sizes (see docs/PERFORMANCE.md).",
            "The full ladder (scales 100,25,5,1 over 365 days) takes several minutes and needs about 2 GB of heap."
        })
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioArgument scenarioArgument;

    @Option(
            names = "--scales",
            split = ",",
            defaultValue = "100,25,5,1",
            paramLabel = "N",
            converter = NumberOptions.Scale.class,
            description = "Real men per simulated citizen for each rung (1 to " + NumberOptions.MAX_SCALE
                    + "; default: ${DEFAULT-VALUE}: 250,000 to 25 million citizens).")
    List<Integer> scales;

    @Option(
            names = "--days",
            defaultValue = "365",
            paramLabel = "N",
            converter = NumberOptions.Days.class,
            description = "Days simulated from the scenario's start (1 to " + NumberOptions.MAX_DAYS + "; default: "
                    + "${DEFAULT-VALUE}).")
    int days;

    @Option(
            names = "--threads",
            split = ",",
            defaultValue = "1,2",
            paramLabel = "N",
            converter = NumberOptions.Threads.class,
            description = "Thread counts to time at the largest rung (1 to " + ThreadsOption.MAX_THREADS
                    + "; default: ${DEFAULT-VALUE}); smaller rungs use the largest count.")
    List<Integer> threads;

    @Option(
            names = "--mason-citizens",
            defaultValue = "2500000",
            paramLabel = "N",
            converter = NumberOptions.Count.class,
            description = "Citizens of the one-object-per-citizen MASON reference (0 or more; 0 skips it; "
                    + "default: ${DEFAULT-VALUE}).")
    int masonCitizens;

    @Option(
            names = "--mason-days",
            defaultValue = "10",
            paramLabel = "N",
            converter = NumberOptions.Days.class,
            description = "Days simulated by the MASON reference (1 to " + NumberOptions.MAX_DAYS + "; default: "
                    + "${DEFAULT-VALUE}).")
    int masonDays;

    @Option(
            names = "--calibration-loop",
            description = "Instead of the ladder: time the calibration loop of the scenario's shipped calibration "
                    + "(candidates drawn from the free parameters' bounds, each run with the calibration's common seeds "
                    + "at its scale, one run per task on --threads workers, as calibrate runs them) and print runs a "
                    + "minute per round.")
    boolean calibrationLoop;

    @Option(
            names = "--candidates",
            defaultValue = "60",
            paramLabel = "N",
            converter = NumberOptions.Positive.class,
            description = "With --calibration-loop: candidates per timed round (1 or more; default: ${DEFAULT-VALUE}).")
    int candidates;

    @Option(
            names = "--rounds",
            defaultValue = "3",
            paramLabel = "N",
            converter = NumberOptions.Positive.class,
            description = "With --calibration-loop: timed rounds, each with new candidates (1 or more; default: "
                    + "${DEFAULT-VALUE}).")
    int rounds;

    @Option(
            names = "--warmup",
            defaultValue = "16",
            paramLabel = "N",
            converter = NumberOptions.Count.class,
            description = "With --calibration-loop: candidates run before timing, to let the JIT compile the model "
                    + "(0 or more; default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(
            names = "--no-cache",
            description = "With --calibration-loop: every run builds its population and draws its uniforms itself, "
                    + "as a single run does (the numbers are the same).")
    boolean noCache;

    @Override
    public Integer call() throws Exception {
        if (calibrationLoop) {
            return calibrationLoop();
        }
        validate();
        Scenario base = scenarioArgument.load().scenario();
        Scenario scenario = ParamPaths.set(base, "endDate", base.startDate().plusDays(days - 1L));
        PrintWriter out = spec.commandLine().getOut();
        int maxThreads = threads.stream().mapToInt(Integer::intValue).max().orElse(1);
        out.printf(
                Locale.ROOT,
                "callup bench: %s, %d days from %s, %d cores, max heap %.1f GiB, Java %s%n",
                base.name(),
                days,
                base.startDate(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (double) (1L << 30),
                System.getProperty("java.version"));
        out.printf(
                Locale.ROOT,
                "%12s %7s %8s %9s %10s %12s %8s %9s %9s %9s %8s%n",
                "citizens",
                "threads",
                "build s",
                "run s",
                "ns/cit-day",
                "cit-days/s",
                "B/cit",
                "quiet ms",
                "median ms",
                "busy ms",
                "floor s");
        List<ModelTiming.Result> largest = new ArrayList<>();
        int largestScale = scales.stream().mapToInt(Integer::intValue).min().orElseThrow();
        ModelTiming.Result atMasonSize = null;
        for (int scale : scales) {
            Scenario s = ParamPaths.set(scenario, "population.scale", scale);
            List<Integer> counts = scale == largestScale ? threads : List.of(maxThreads);
            for (int t : counts) {
                ModelTiming.Result r = ModelTiming.run(s, t);
                double floor = floorSeconds(s, t);
                print(out, r, floor);
                if (scale == largestScale) {
                    largest.add(r);
                }
                if (atMasonSize == null
                        || Math.abs(r.citizens() - masonCitizens) < Math.abs(atMasonSize.citizens() - masonCitizens)) {
                    atMasonSize = r;
                }
                out.flush();
            }
        }
        speedUp(out, largest);
        mason(out, atMasonSize);
        return ExitCodes.OK;
    }

    /** The calibration loop: rounds of candidates x common seeds through the calibration's evaluator. */
    private int calibrationLoop() throws Exception {
        if (candidates < 1 || rounds < 1) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--candidates and --rounds must be at least 1");
        }
        int nThreads =
                threads.size() == 1 ? threads.get(0) : Runtime.getRuntime().availableProcessors();
        ResolvedScenario source = scenarioArgument.load();
        CalibrationSetup setup = CalibrationFile.shipped(source.name())
                .orElseThrow(() -> new BadInputException("no shipped calibration for " + source.name()))
                .build();
        CalibrationProblem problem = CalibrationProblem.of(setup, source, Targets.shipped(), Targets.SHIPPED_LABEL);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "callup bench --calibration-loop: %s at 1:%d, %s to %s, %d free parameters, %d seeds, %d targets, "
                        + "%d threads on %d cores, %s, Java %s%n",
                source.name(),
                problem.base().population().scale(),
                problem.base().startDate(),
                problem.base().endDate(),
                problem.parameters().size(),
                problem.seeds().size(),
                problem.targets().size(),
                nThreads,
                Runtime.getRuntime().availableProcessors(),
                noCache ? "no cache" : "runs share a cache",
                System.getProperty("java.version"));
        out.printf(
                Locale.ROOT,
                "%6s %6s %9s %9s %10s %12s %7s %18s%n",
                "round",
                "runs",
                "wall s",
                "cpu s",
                "runs/min",
                "runs/cpu-min",
                "load",
                "digest");
        out.flush();
        ExecutorService pool = Executors.newFixedThreadPool(nThreads, r -> {
            Thread t = new Thread(r, "calibration-run");
            t.setDaemon(true);
            return t;
        });
        try {
            int[] k = {0};
            List<LoopBenchmark.Round> done = new LoopBenchmark(problem, pool, !noCache)
                    .run(setup.optimizerSeed(), warmup, candidates, rounds, r -> {
                        out.printf(
                                Locale.ROOT,
                                "%6d %6d %9.2f %9.2f %10.0f %12.0f %7.2f %18x%n",
                                ++k[0],
                                r.runs(),
                                r.seconds(),
                                r.cpuSeconds(),
                                r.runsPerMinute(),
                                r.runs() * 60.0 / r.cpuSeconds(),
                                r.loadAverage(),
                                r.digest());
                        out.flush();
                    });
            double[] perMinute = done.stream()
                    .mapToDouble(LoopBenchmark.Round::runsPerMinute)
                    .sorted()
                    .toArray();
            out.printf(Locale.ROOT, "median %.0f runs a minute%n", perMinute[perMinute.length / 2]);
        } finally {
            pool.shutdownNow();
        }
        return ExitCodes.OK;
    }

    private void validate() {
        if (days < 1 || days > 3650) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--days must be between 1 and 3650, was " + days);
        }
        for (int s : scales) {
            if (s < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--scales must be positive, was " + s);
            }
        }
        for (int t : threads) {
            if (t < 1 || t > 256) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--threads must be between 1 and 256, was " + t);
            }
        }
        if (masonCitizens < 0 || masonDays < 1) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--mason-citizens must be >= 0 and --mason-days >= 1");
        }
    }

    private static void print(PrintWriter out, ModelTiming.Result r, double floor) {
        out.printf(
                Locale.ROOT,
                "%,12d %7d %8.2f %9.2f %10.2f %,12.0f %8.1f %9.1f %9.1f %9.1f %8.2f%n",
                r.citizens(),
                r.threads(),
                r.buildSeconds(),
                r.runSeconds(),
                r.nanosPerCitizenDay(),
                r.citizenDaysPerSecond(),
                r.bytesPerCitizen(),
                r.minDaySeconds() * 1e3,
                r.medianDaySeconds() * 1e3,
                r.maxDaySeconds() * 1e3,
                floor);
        String[] names = Engine.PHASES;
        StringBuilder phases = new StringBuilder("             phases:");
        for (int k = 0; k < names.length; k++) {
            phases.append(String.format(Locale.ROOT, " %s %.2f s", names[k], r.phaseSeconds()[k]));
        }
        out.println(phases);
        out.printf(
                Locale.ROOT,
                "             heap after build %.1f bytes/citizen; mobilized %,.0f, emigrants %,.0f%n",
                r.heapBytesPerCitizen(),
                r.mobilized(),
                r.emigrants());
    }

    /** The floor: as many streaming passes over a freshly built population as the run had days. */
    private double floorSeconds(Scenario s, int t) {
        MobilizationModel m = new MobilizationModel(ParamPaths.set(s, "endDate", s.startDate()), t);
        m.start();
        ExecutorService pool = t > 1 ? Executors.newFixedThreadPool(t) : null;
        try {
            return StreamingFloor.run(m.engine().population(), days, pool, t);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
            m.finish();
        }
    }

    private static void speedUp(PrintWriter out, List<ModelTiming.Result> largest) {
        ModelTiming.Result one =
                largest.stream().filter(r -> r.threads() == 1).findFirst().orElse(null);
        for (ModelTiming.Result r : largest) {
            if (one != null && r.threads() > 1) {
                out.printf(
                        Locale.ROOT,
                        "speed-up with %d threads at %,d citizens: %.2fx (identical output: mobilized %s, emigrants %s)%n",
                        r.threads(),
                        r.citizens(),
                        one.runSeconds() / r.runSeconds(),
                        r.mobilized() == one.mobilized() ? "same" : "DIFFERENT",
                        r.emigrants() == one.emigrants() ? "same" : "DIFFERENT");
            }
        }
    }

    private void mason(PrintWriter out, ModelTiming.Result callup) {
        if (masonCitizens == 0 || callup == null) {
            return;
        }
        double seconds = MasonWayReference.run(1, masonCitizens, masonDays);
        double ns = seconds * 1e9 / ((double) masonCitizens * masonDays);
        out.printf(
                Locale.ROOT,
                "MASON way (one Steppable per citizen, RandomSequence, simplified rule): %,d citizens x %d days"
                        + " in %.2f s = %.1f ns/citizen-day; callup at %,d citizens: %.2f ns/citizen-day; ratio %.1fx%n",
                masonCitizens,
                masonDays,
                seconds,
                ns,
                callup.citizens(),
                callup.nanosPerCitizenDay(),
                ns / callup.nanosPerCitizenDay());
    }
}
