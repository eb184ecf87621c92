package org.callup.experiments.calibration;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.callup.experiments.sweep.SaltelliDesign;
import org.callup.experiments.sweep.SobolIndices;
import org.callup.results.BadInputException;
import org.callup.results.CallupVersion;
import org.callup.results.CsvValues;

/**
 * Screening before fitting: which free parameters move the fit at all. The free parameters are sampled over their
 * bounds (on their scales) with Saltelli's design, as {@code callup sweep} does for Sobol' indices, every point is
 * run as a candidate of the calibration (same seeds, same targets), and the first-order and total Sobol' indices
 * of each loss term's distance (a target's, or a series', root mean square over the replications) and of the loss
 * are estimated. A parameter whose total index stays below the threshold on every term does nothing the targets
 * can see: it is flagged unidentified, and fixing it before the fit makes the search smaller and its result no
 * less good. The points go through the calibration's journal, so an interrupted screening continues.
 *
 * <p>A distance is zero wherever its target is met, so it varies only where some candidates miss; a term met by
 * every point has no variance and no indices (empty in the table), and says nothing against the flag.
 *
 * @param baseSamples base samples of the design: {@code baseSamples (k + 2)} candidates for k parameters
 * @param threshold   total index below which a parameter does not matter to a term
 */
public record Screening(int baseSamples, double threshold) {
    public static final String FILE = "screening.csv";
    public static final String SUMMARY_FILE = "screening-summary.csv";
    /** The output that is the loss itself, beside the terms. */
    public static final String LOSS = "loss";

    public static final List<String> HEADER = List.of(
            "parameter", "output", "first_order", "first_low", "first_high", "total_order", "total_low", "total_high");
    public static final List<String> SUMMARY_HEADER =
            List.of("parameter", "largest_total_order", "largest_on", "total_order_on_loss", "unidentified");
    private static final int BOOTSTRAP = 200;
    private static final long BOOTSTRAP_SEED = 1;
    private static final double LEVEL = 0.95;

    public Screening {
        if (baseSamples < 2 || baseSamples > 100_000) {
            throw new IllegalArgumentException("screening samples must be between 2 and 100000, was " + baseSamples);
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("screening threshold must be above 0 and below 1, was " + threshold);
        }
    }

    /** The indices of every parameter on every output, and the flags. */
    public record Result(
            List<FreeParameter> parameters,
            List<String> outputs,
            SobolIndices.Result[] byOutput,
            int candidates,
            double threshold) {
        /** The total index of parameter j on output o; NaN where the output did not vary. */
        public double total(int j, int o) {
            return byOutput[o].total()[j].estimate();
        }

        public double first(int j, int o) {
            return byOutput[o].first()[j].estimate();
        }

        /** The largest total index of a parameter over the terms (the loss aside); 0 if none varied. */
        public double largestTotal(int j) {
            double m = 0;
            for (int o = 0; o < outputs.size() - 1; o++) {
                double t = total(j, o);
                if (t > m) {
                    m = t;
                }
            }
            return m;
        }

        /** The term on which a parameter's total index is largest, or empty. */
        public String largestOn(int j) {
            String on = "";
            double m = 0;
            for (int o = 0; o < outputs.size() - 1; o++) {
                if (total(j, o) > m) {
                    m = total(j, o);
                    on = outputs.get(o);
                }
            }
            return on;
        }

        /** Whether the parameter's total index is below the threshold on every term. */
        public boolean unidentified(int j) {
            return !(largestTotal(j) >= threshold);
        }

        public List<String> unidentified() {
            List<String> out = new ArrayList<>();
            for (int j = 0; j < parameters.size(); j++) {
                if (unidentified(j)) {
                    out.add(parameters.get(j).path());
                }
            }
            return out;
        }
    }

    /** The setup as kept in the folder: the calibration's and the screening's own settings. */
    public String setupText(CalibrationProblem problem, CalibrationSetup setup) {
        CmaesSearch.Settings search = new CmaesSearch.Settings(
                problem.startUnit(),
                setup.initialStep(),
                setup.populationSize(),
                setup.optimizerSeed(),
                setup.budget());
        return SetupText.of(problem, setup, search, CallupVersion.current()) + "screening: Saltelli design, "
                + baseSamples + " base samples, threshold " + Numbers.compact(threshold) + '\n';
    }

    /** Runs the design (what the journal lacks), estimates the indices and writes the tables into the folder. */
    public Result run(
            CalibrationProblem problem, CalibrationFolder folder, ExecutorService pool, CalibrationProgress progress)
            throws IOException, BadInputException {
        List<String> ids = problem.targets().stream().map(CalibrationTarget::id).toList();
        List<String> paths =
                problem.parameters().stream().map(FreeParameter::path).toList();
        int k = paths.size();
        SaltelliDesign design = new SaltelliDesign(baseSamples, k);
        List<double[]> candidates = new ArrayList<>();
        for (int i = 0; i < design.size(); i++) {
            double[] u = design.coordinates(i);
            double[] v = new double[k];
            for (int j = 0; j < k; j++) {
                v[j] = problem.parameters().get(j).fromUnit(u[j]);
            }
            candidates.add(v);
        }
        List<Evaluation> evaluations;
        try (Journal journal = Journal.open(
                folder.file(CalibrationFolder.JOURNAL_FILE),
                paths,
                ids,
                problem.seeds().size())) {
            JournalObjective objective = new JournalObjective(problem, journal, new Evaluator(problem, pool), progress);
            progress.stepStarted("screening", candidates.size());
            evaluations = objective.evaluateValues(candidates);
            progress.finished();
        }
        Result r = indices(problem, evaluations);
        write(r, folder.file(FILE));
        writeSummary(r, folder.file(SUMMARY_FILE));
        return r;
    }

    /** The indices from the evaluations of the design's points, in its order. */
    Result indices(CalibrationProblem problem, List<Evaluation> evaluations) {
        LossTerms terms = LossTerms.of(problem.targets());
        List<String> outputs = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            outputs.add(terms.name(t));
        }
        outputs.add(LOSS);
        int k = problem.parameters().size();
        double[][] y = new double[outputs.size()][evaluations.size()];
        for (int i = 0; i < evaluations.size(); i++) {
            Evaluation e = evaluations.get(i);
            for (int t = 0; t < terms.size(); t++) {
                y[t][i] = e.failed() ? Double.NaN : terms.distance(t, e.stats());
            }
            y[terms.size()][i] = e.failed() ? Double.NaN : e.loss();
        }
        SobolIndices.Result[] byOutput = new SobolIndices.Result[outputs.size()];
        for (int o = 0; o < outputs.size(); o++) {
            byOutput[o] = SobolIndices.of(y[o], k, BOOTSTRAP, BOOTSTRAP_SEED, LEVEL);
        }
        return new Result(problem.parameters(), outputs, byOutput, evaluations.size(), threshold);
    }

    private static void write(Result r, Path file) throws IOException {
        try (CsvWriter csv = CsvValues.writer(file)) {
            csv.writeRecord(HEADER);
            for (int j = 0; j < r.parameters().size(); j++) {
                for (int o = 0; o < r.outputs().size(); o++) {
                    SobolIndices.Index f = r.byOutput()[o].first()[j];
                    SobolIndices.Index t = r.byOutput()[o].total()[j];
                    csv.writeRecord(
                            CsvValues.text(r.parameters().get(j).path()),
                            CsvValues.text(r.outputs().get(o)),
                            CsvValues.format(f.estimate()),
                            CsvValues.format(f.low()),
                            CsvValues.format(f.high()),
                            CsvValues.format(t.estimate()),
                            CsvValues.format(t.low()),
                            CsvValues.format(t.high()));
                }
            }
        }
    }

    private static void writeSummary(Result r, Path file) throws IOException {
        try (CsvWriter csv = CsvValues.writer(file)) {
            csv.writeRecord(SUMMARY_HEADER);
            int loss = r.outputs().size() - 1;
            for (int j = 0; j < r.parameters().size(); j++) {
                csv.writeRecord(
                        CsvValues.text(r.parameters().get(j).path()),
                        CsvValues.format(r.largestTotal(j)),
                        CsvValues.text(r.largestOn(j)),
                        CsvValues.format(r.total(j, loss)),
                        Boolean.toString(r.unidentified(j)));
            }
        }
    }
}
