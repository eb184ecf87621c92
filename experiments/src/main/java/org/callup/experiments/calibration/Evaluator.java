package org.callup.experiments.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.callup.model.MobilizationModel;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.model.sim.RunCache;

/**
 * Runs candidates: every replication of every candidate of a batch is one task on the pool, so a batch keeps all
 * processors busy (each model runs on one thread: separate runs scale better than one run's threads). A candidate
 * is reported as soon as its last replication finishes, so that the journal keeps it even if a later one never
 * completes.
 */
public final class Evaluator {
    private final CalibrationProblem problem;
    private final ExecutorService pool;
    private final RunCache cache;

    /** @param pool where the runs execute; the caller owns it and shuts it down */
    public Evaluator(CalibrationProblem problem, ExecutorService pool) {
        this(problem, pool, new RunCache());
    }

    /**
     * @param cache shared by the runs of this evaluator (the seeds repeat for every candidate), or null for none;
     *              the statistics are the same either way
     */
    public Evaluator(CalibrationProblem problem, ExecutorService pool, RunCache cache) {
        this.problem = problem;
        this.pool = pool;
        this.cache = cache;
    }

    /**
     * Evaluates candidates given by their parameter values, in parallel; {@code done} hears of each as it finishes
     * (from a pool thread, one at a time). Returns them in the order given.
     */
    public List<Evaluation> evaluate(List<double[]> candidates, Consumer<Evaluation> done) {
        List<CompletableFuture<Evaluation>> futures = new ArrayList<>();
        for (double[] values : candidates) {
            futures.add(evaluate(values.clone(), done));
        }
        List<Evaluation> out = new ArrayList<>();
        try {
            for (CompletableFuture<Evaluation> f : futures) {
                out.add(f.join());
            }
        } catch (CompletionException e) {
            futures.forEach(f -> f.cancel(true));
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return out;
    }

    private CompletableFuture<Evaluation> evaluate(double[] values, Consumer<Evaluation> done) {
        Scenario scenario;
        try {
            scenario = problem.scenarioAt(values);
        } catch (IllegalArgumentException e) {
            Evaluation failed = Evaluation.failed(
                    values, problem.targets().size(), problem.seeds().size(), e.getMessage());
            report(done, failed);
            return CompletableFuture.completedFuture(failed);
        }
        List<CompletableFuture<double[]>> reps = new ArrayList<>();
        for (long seed : problem.seedsFor(values)) {
            Scenario s = ParamPaths.set(scenario, "seed", seed);
            reps.add(CompletableFuture.supplyAsync(() -> run(s), pool));
        }
        return CompletableFuture.allOf(reps.toArray(CompletableFuture[]::new)).thenApply(ignored -> {
            double[][] stats = new double[problem.targets().size()][reps.size()];
            for (int r = 0; r < reps.size(); r++) {
                double[] perTarget = reps.get(r).join();
                for (int t = 0; t < perTarget.length; t++) {
                    stats[t][r] = perTarget[t];
                }
            }
            Evaluation e = Evaluation.of(values, stats, problem.targets());
            report(done, e);
            return e;
        });
    }

    private void report(Consumer<Evaluation> done, Evaluation e) {
        synchronized (this) {
            done.accept(e);
        }
    }

    private double[] run(Scenario s) {
        TargetRecorder recorder = new TargetRecorder(problem.targets());
        MobilizationModel model = new MobilizationModel(s, 1);
        model.useCache(cache);
        model.addSink(recorder);
        model.runToEnd();
        return recorder.statistics();
    }
}
