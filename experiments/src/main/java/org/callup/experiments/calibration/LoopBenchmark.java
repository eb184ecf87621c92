package org.callup.experiments.calibration;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.callup.model.sim.RunCache;

/**
 * The calibration loop as a benchmark (docs/PERFORMANCE.md, "The calibration loop"): candidates drawn uniformly
 * from the free parameters' bounds (as the first generation of ABC-SMC draws them from the prior), each run with
 * the problem's common seeds through an {@link Evaluator} on the caller's pool, exactly as a calibration runs them.
 * A round evaluates one batch and counts the model runs it finished a minute. A digest of every statistic of every
 * run shows that two versions of the code computed the same numbers.
 */
public final class LoopBenchmark {
    private final CalibrationProblem problem;
    private final Evaluator evaluator;

    /**
     * @param pool  where the runs execute (one model per task, as in a calibration); the caller owns it
     * @param cache whether the runs share a {@link RunCache} (as a calibration's do), or run as single runs
     */
    public LoopBenchmark(CalibrationProblem problem, ExecutorService pool, boolean cache) {
        this.problem = problem;
        this.evaluator = new Evaluator(problem, pool, cache ? new RunCache() : null);
    }

    /**
     * One timed batch.
     *
     * @param runs         model runs finished (candidates times seeds)
     * @param seconds      wall time of the batch
     * @param cpuSeconds   processor time this JVM used during the batch (all its threads, the JIT's included)
     * @param loadAverage  the system's one-minute load average at the end of the batch, or a negative number
     * @param digest       a hash of every statistic of every run of the batch, in order
     */
    public record Round(int runs, double seconds, double cpuSeconds, double loadAverage, long digest) {
        public double runsPerMinute() {
            return runs * 60.0 / seconds;
        }
    }

    /**
     * The candidates of round {@code round}: {@code count} points drawn uniformly on the unit cube of the free
     * parameters (log-uniform on log scales) from a generator seeded with {@code seed} and the round.
     */
    public List<double[]> candidates(long seed, int round, int count) {
        SplittableRandom rng = new SplittableRandom(seed * 1_000_003L + round);
        int k = problem.parameters().size();
        List<double[]> out = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            double[] v = new double[k];
            for (int i = 0; i < k; i++) {
                v[i] = problem.parameters().get(i).fromUnit(rng.nextDouble());
            }
            out.add(v);
        }
        return out;
    }

    /** Evaluates one batch of candidates and times it. */
    public Round round(List<double[]> candidates) {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = processCpuNanos(os);
        long t0 = System.nanoTime();
        List<Evaluation> evaluations = evaluator.evaluate(candidates, ignored -> {});
        long t1 = System.nanoTime();
        long cpu1 = processCpuNanos(os);
        long digest = 17;
        int runs = 0;
        for (Evaluation e : evaluations) {
            digest = digest * 31 + Arrays.deepHashCode(e.stats());
            digest = digest * 31 + Double.hashCode(e.loss());
            runs += e.failed() ? 0 : problem.seeds().size();
        }
        return new Round(
                runs,
                (t1 - t0) / 1e9,
                cpu0 < 0 || cpu1 < 0 ? Double.NaN : (cpu1 - cpu0) / 1e9,
                os.getSystemLoadAverage(),
                digest);
    }

    /**
     * Warm-up rounds (not reported) and then timed rounds, each of {@code candidates} new candidates; {@code each}
     * hears of every timed round as it ends.
     */
    public List<Round> run(long seed, int warmupCandidates, int candidates, int rounds, Consumer<Round> each) {
        if (warmupCandidates > 0) {
            round(candidates(seed, -1, warmupCandidates));
        }
        List<Round> out = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            Round done = round(candidates(seed, r, candidates));
            out.add(done);
            each.accept(done);
        }
        return out;
    }

    private static long processCpuNanos(java.lang.management.OperatingSystemMXBean os) {
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }
}
