package org.callup.experiments.calibration.abc;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import org.callup.experiments.calibration.CalibrationFolder;
import org.callup.experiments.calibration.CalibrationProblem;
import org.callup.experiments.calibration.CalibrationProgress;
import org.callup.experiments.calibration.CalibrationSetup;
import org.callup.experiments.calibration.Evaluation;
import org.callup.experiments.calibration.Evaluator;
import org.callup.experiments.calibration.FreeParameter;
import org.callup.experiments.calibration.Numbers;
import org.callup.experiments.calibration.TargetsCsv;
import org.callup.model.params.ParamPaths;
import org.callup.results.BadInputException;
import org.callup.results.CsvValues;
import org.callup.results.Target;
import org.callup.scenarios.ResolvedScenario;

/**
 * The check of the method on synthetic data: the model is run at known values of the free parameters (the truth)
 * with the calibration's seeds, every target the calibration counts gets the simulated mean of those runs as its
 * value (same id, window and statistic; the range as wide, relative to the value, as the reported one, or a stated
 * share either side), ABC-SMC calibrates against these targets, and {@value #FILE} says for each parameter whether
 * its truth lies inside the posterior's 90% interval. If the sampler, the distance and the model's noise are handled
 * soundly, most truths do (Talts et al. 2018 make the same point with ranks; one truth gives one draw of that).
 */
public final class SyntheticRecovery {
    public static final String FILE = "recovery.csv";
    /** The truth: the values the scenario itself has. */
    public static final String SHIPPED = "shipped";

    static final List<String> HEADER =
            List.of("parameter", "scale", "min", "max", "truth", "p05", "median", "p95", "inside_90", "width_ratio");

    /** One parameter's recovery: its truth and the posterior's 5%, 50% and 95% quantiles. */
    public record Row(AbcTables.Width width, double truth) {
        public boolean inside() {
            return width.p05() <= truth && truth <= width.p95();
        }
    }

    /** What a recovery found: the calibration and one row per free parameter. */
    public record Result(AbcCalibration.Result calibration, List<Row> rows) {
        public long inside() {
            return rows.stream().filter(Row::inside).count();
        }

        /** The summary line: how many truths the 90% intervals hold. */
        public String summary() {
            return String.format(
                    Locale.ROOT,
                    "Recovery: %d of %d true values inside the posterior's 90%% interval (median width %.0f%% of the "
                            + "prior's).",
                    inside(),
                    rows.size(),
                    100
                            * Quantiles.of(
                                    rows.stream()
                                            .mapToDouble(r -> r.width().ratio())
                                            .toArray(),
                                    0.5));
        }
    }

    /**
     * The truth named by {@code spec}: {@value #SHIPPED} for the scenario's own values of the free parameters, or a
     * posterior file ({@value Posterior#FILE}, or a folder holding one) with an optional {@code :N} for its particle
     * N (default: the particle with the smallest distance). Every free parameter must be in the file and inside its
     * bounds.
     */
    public static double[] truth(String spec, CalibrationProblem problem) throws BadInputException, IOException {
        List<FreeParameter> params = problem.parameters();
        double[] v = new double[params.size()];
        String what;
        if (spec.equals(SHIPPED)) {
            what = "the scenario's value";
            for (int k = 0; k < v.length; k++) {
                v[k] = ((Number) ParamPaths.get(problem.base(), params.get(k).path())).doubleValue();
            }
        } else {
            Path file = Path.of(spec);
            int particle = 0;
            int colon = spec.lastIndexOf(':');
            if (!Files.exists(file) && colon > 0 && spec.substring(colon + 1).matches("[0-9]{1,9}")) {
                file = Path.of(spec.substring(0, colon));
                particle = Integer.parseInt(spec.substring(colon + 1));
            }
            Posterior p = Files.isDirectory(file) ? Posterior.read(file) : readFile(file, spec);
            if (particle > p.size() || particle == 0 && spec.endsWith(":0")) {
                throw new BadInputException(
                        "--recovery " + spec + ": particle " + particle + " of 1 to " + p.size() + " in " + file);
            }
            int row = particle > 0 ? particle - 1 : closest(p);
            List<String> missing = new ArrayList<>();
            for (int k = 0; k < v.length; k++) {
                int c = p.paths().indexOf(params.get(k).path());
                if (c < 0) {
                    missing.add(params.get(k).path());
                } else {
                    v[k] = p.values().get(row)[c];
                }
            }
            if (!missing.isEmpty()) {
                throw new BadInputException("--recovery " + spec + ": no column for the free parameter"
                        + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
            }
            what = "particle " + (row + 1) + "'s value";
        }
        List<String> outside = new ArrayList<>();
        for (int k = 0; k < v.length; k++) {
            FreeParameter f = params.get(k);
            if (!(v[k] >= f.min() && v[k] <= f.max())) {
                outside.add(f.path() + ": " + what + " " + Numbers.compact(v[k]) + " is outside the bounds "
                        + f.describeBounds());
            }
        }
        if (!outside.isEmpty()) {
            throw new BadInputException(
                    "--recovery " + spec + ": a truth must lie inside the prior; " + String.join("; ", outside));
        }
        return v;
    }

    private static Posterior readFile(Path file, String spec) throws BadInputException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("--recovery " + spec + ": expected " + SHIPPED + ", a " + Posterior.FILE
                    + " (or a folder with one) or FILE:PARTICLE; no such file");
        }
        return Posterior.parse(Files.readString(file), file.toString());
    }

    private static int closest(Posterior p) {
        int best = 0;
        for (int i = 1; i < p.size(); i++) {
            if (p.distances()[i] < p.distances()[best]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * The targets with every one the calibration counts replaced by the model's own figure at the truth: the mean
     * over the calibration's seeds (its replications, the same for every target). The range keeps the reported
     * one's sides and its width relative to the value ({@code share} NaN), or is the value +- {@code share}. Targets
     * the calibration does not count are left as they are.
     */
    public static List<Target> targets(
            CalibrationProblem problem, double[] truth, List<Target> all, double share, ExecutorService pool) {
        Evaluation e =
                new Evaluator(problem, pool).evaluate(List.of(truth), x -> {}).get(0);
        if (e.failed()) {
            throw new IllegalArgumentException("the model cannot run at the truth: " + e.failure());
        }
        List<Target> out = new ArrayList<>(all);
        for (int t = 0; t < problem.targets().size(); t++) {
            Target tg = problem.targets().get(t).target();
            double v = e.mean(t);
            double low;
            double high;
            if (Double.isNaN(share) && tg.value() != 0 && Double.isFinite(tg.value())) {
                low = Double.isNaN(tg.low()) ? Double.NaN : v * tg.low() / tg.value();
                high = Double.isNaN(tg.high()) ? Double.NaN : v * tg.high() / tg.value();
            } else {
                double s = Double.isNaN(share) ? DEFAULT_SHARE : share;
                low = v * (1 - s);
                high = v * (1 + s);
            }
            if (low > high) { // a negative value: the range turns round
                double swap = low;
                low = high;
                high = swap;
            }
            out.set(
                    all.indexOf(tg),
                    new Target(
                            tg.id(),
                            tg.metric(),
                            tg.scope(),
                            tg.statistic(),
                            tg.dateFrom(),
                            tg.dateTo(),
                            v,
                            low,
                            high,
                            tg.trust(),
                            "synthetic",
                            tg.line()));
        }
        return out;
    }

    /** The share either side for a reported target whose value is 0 (its relative width is not defined). */
    static final double DEFAULT_SHARE = 0.25;

    private final double[] truth;
    private final CalibrationProblem problem;

    private SyntheticRecovery(double[] truth, CalibrationProblem problem) {
        this.truth = truth.clone();
        this.problem = problem;
    }

    /**
     * Makes the synthetic targets: runs the model at the truth with the calibration's seeds.
     *
     * @param setup     the calibration's setup; its seeds make the synthetic figures
     * @param truthSpec {@value #SHIPPED} or a posterior file, as {@link #truth} reads it
     * @param share     the range either side as a share of the value, or NaN for the reported range's relative width
     */
    public static SyntheticRecovery prepare(
            CalibrationSetup setup,
            ResolvedScenario source,
            List<Target> all,
            String targetsLabel,
            String truthSpec,
            double share,
            ExecutorService pool)
            throws IOException, BadInputException {
        if (!Double.isNaN(share) && !(share > 0 && share < 1)) {
            throw new BadInputException("--recovery-range must be above 0 and below 1 (a share of the value either "
                    + "side), was " + Numbers.compact(share));
        }
        CalibrationProblem reported = CalibrationProblem.of(setup, source, all, targetsLabel);
        double[] truth = truth(truthSpec, reported);
        List<Target> made;
        try {
            made = targets(reported, truth, all, share, pool);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--recovery " + truthSpec + ": " + e.getMessage());
        }
        String label = "synthetic at " + truthSpec + " ("
                + (Double.isNaN(share) ? "the reported ranges' relative widths" : "+-" + Numbers.compact(share))
                + ", made with seeds " + reported.seeds() + ")";
        return new SyntheticRecovery(truth, CalibrationProblem.of(setup, source, made, label));
    }

    /** The calibration against the synthetic targets. */
    public CalibrationProblem problem() {
        return problem;
    }

    public double[] truth() {
        return truth.clone();
    }

    /** Compares a finished calibration's posterior with the truth and writes {@value #FILE} and the targets. */
    public Result finish(AbcCalibration.Result r, CalibrationFolder folder) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < truth.length; k++) {
            rows.add(new Row(r.widths().get(k), truth[k]));
        }
        write(folder.file(FILE), rows);
        TargetsCsv.write(
                folder.file(CalibrationFolder.TARGETS_FILE),
                problem.targets().stream().map(t -> t.target()).toList());
        return new Result(r, rows);
    }

    /** The whole check in {@code folder}: the calibration and {@link #finish}. */
    public Result run(
            AbcSettings settings, CalibrationFolder folder, ExecutorService pool, CalibrationProgress progress)
            throws IOException, BadInputException {
        return finish(new AbcCalibration(problem, settings, pool, progress).run(folder), folder);
    }

    static void write(Path file, List<Row> rows) throws IOException {
        try (CsvWriter csv = CsvValues.writer(file)) {
            csv.writeRecord(HEADER);
            for (Row r : rows) {
                FreeParameter p = r.width().parameter();
                csv.writeRecord(
                        CsvValues.text(p.path()),
                        p.logScale() ? "log" : "linear",
                        CsvValues.format(p.min()),
                        CsvValues.format(p.max()),
                        CsvValues.format(r.truth()),
                        CsvValues.format(r.width().p05()),
                        CsvValues.format(r.width().median()),
                        CsvValues.format(r.width().p95()),
                        r.inside() ? "yes" : "no",
                        CsvValues.format(r.width().ratio()));
            }
        }
    }
}
