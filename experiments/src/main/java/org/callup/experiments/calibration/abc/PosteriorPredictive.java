package org.callup.experiments.calibration.abc;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.callup.experiments.calibration.CalibrationProblem;
import org.callup.experiments.calibration.CalibrationTarget;
import org.callup.experiments.calibration.Evaluation;
import org.callup.experiments.calibration.Journal;
import org.callup.experiments.calibration.TargetRecorder;
import org.callup.experiments.calibration.ValueKey;
import org.callup.model.MobilizationModel;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.results.BadInputException;
import org.callup.results.CsvValues;
import org.callup.results.ReplicationSeeds;
import org.callup.results.Target;
import org.callup.results.TargetCells;

/**
 * The posterior predictive distribution of every target: runs at parameter sets drawn from the posterior (by
 * weight, seeded), each with a seed of its own, so that the spread holds both what the data leave open about the
 * parameters and the run-to-run noise. The seeds are fresh ones, after those the calibration shared among its
 * candidates, so that the intervals are not those of the very runs the particles were selected on. Every run is
 * journalled as it finishes, and an interrupted step resumes without running anything twice.
 *
 * @param stats per draw, the statistic of each target of the problem
 */
public record PosteriorPredictive(List<CalibrationTarget> targets, double[][] stats) {
    public static final String FILE = "posterior-predictive.csv";
    /** The central intervals reported, as their coverage. */
    public static final double[] LEVELS = {0.5, 0.8, 0.95};

    public static final List<String> HEADER = TargetCells.header(
            "value",
            "low",
            "high",
            "group",
            "draws",
            "median",
            "p2_5",
            "p10",
            "p25",
            "p75",
            "p90",
            "p97_5",
            "value_in_50",
            "value_in_80",
            "value_in_95",
            "runs_inside_range");

    /**
     * Runs {@code draws} posterior draws on the problem's targets.
     *
     * @param journalFile where the runs are journalled (a separate file from the calibration's journal)
     */
    public static PosteriorPredictive run(
            CalibrationProblem problem,
            Posterior posterior,
            int draws,
            long seed,
            ExecutorService pool,
            Path journalFile,
            Consumer<Evaluation> done)
            throws IOException, BadInputException {
        List<CalibrationTarget> targets = problem.targets();
        int[] picks = posterior.draw(draws, seed);
        int r = problem.seedPool().size();
        List<Long> seeds = ReplicationSeeds.of(problem.base().seed(), r + draws).subList(r, r + draws);
        List<String> columns = new ArrayList<>(List.of("draw", "particle", "seed"));
        columns.addAll(posterior.paths());
        double[][] out = new double[draws][];
        try (Journal journal = Journal.open(
                journalFile,
                columns,
                targets.stream().map(CalibrationTarget::id).toList(),
                1)) {
            List<CompletableFuture<Void>> futures = new ArrayList<>();
            for (int k = 0; k < draws; k++) {
                double[] key = key(k, picks[k], seeds.get(k), posterior.values().get(picks[k]));
                Evaluation known = journal.get(new ValueKey(key));
                if (known != null) {
                    out[k] = column(known.stats());
                    continue;
                }
                int draw = k;
                Scenario s = ParamPaths.set(posterior.apply(problem.base(), picks[k]), "seed", seeds.get(k));
                futures.add(CompletableFuture.runAsync(
                        () -> {
                            double[] stats = runOnce(s, targets);
                            double[][] rows = new double[stats.length][];
                            for (int t = 0; t < stats.length; t++) {
                                rows[t] = new double[] {stats[t]};
                            }
                            Evaluation e = Evaluation.of(key, rows, targets);
                            synchronized (journal) {
                                journal.append(e);
                                done.accept(e);
                            }
                            out[draw] = stats;
                        },
                        pool));
            }
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
        }
        return new PosteriorPredictive(targets, out);
    }

    private static double[] key(int draw, int particle, long seed, double[] values) {
        double[] k = new double[values.length + 3];
        k[0] = draw + 1;
        k[1] = particle + 1;
        k[2] = seed;
        System.arraycopy(values, 0, k, 3, values.length);
        return k;
    }

    private static double[] column(double[][] stats) {
        double[] c = new double[stats.length];
        for (int t = 0; t < c.length; t++) {
            c[t] = stats[t][0];
        }
        return c;
    }

    private static double[] runOnce(Scenario s, List<CalibrationTarget> targets) {
        TargetRecorder recorder = new TargetRecorder(targets);
        MobilizationModel model = new MobilizationModel(s, 1);
        model.addSink(recorder);
        model.runToEnd();
        return recorder.statistics();
    }

    /** The draws' statistic of one target. */
    public double[] of(int target) {
        double[] x = new double[stats.length];
        for (int k = 0; k < x.length; k++) {
            x[k] = stats[k][target];
        }
        return x;
    }

    /** The central interval of a target at a level (e.g. 0.8: from the 10th to the 90th percentile). */
    public double[] interval(int target, double level) {
        double[] x = of(target);
        return new double[] {Quantiles.of(x, (1 - level) / 2), Quantiles.of(x, (1 + level) / 2)};
    }

    /** Whether a target's reported value lies within its central predictive interval at a level. */
    public boolean covers(int target, double level) {
        double[] i = interval(target, level);
        double v = targets.get(target).target().value();
        return v >= i[0] && v <= i[1];
    }

    public void write(Path file) throws IOException {
        try (CsvWriter csv = CsvValues.writer(file)) {
            csv.writeRecord(HEADER);
            for (int t = 0; t < targets.size(); t++) {
                Target tg = targets.get(t).target();
                double[] x = of(t);
                long inside = java.util.Arrays.stream(x).filter(tg::accepts).count();
                List<String> row = TargetCells.addRange(TargetCells.key(tg), tg);
                row.add(CsvValues.text(targets.get(t).group()));
                row.add(Integer.toString(x.length));
                for (double q : new double[] {0.5, 0.025, 0.10, 0.25, 0.75, 0.90, 0.975}) {
                    row.add(CsvValues.format(Quantiles.of(x, q)));
                }
                for (double level : LEVELS) {
                    row.add(Boolean.toString(covers(t, level)));
                }
                row.add(CsvValues.format(x.length == 0 ? Double.NaN : (double) inside / x.length));
                csv.writeRecord(row);
            }
        }
    }
}
