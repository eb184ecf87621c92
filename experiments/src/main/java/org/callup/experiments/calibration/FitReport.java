package org.callup.experiments.calibration;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.callup.results.ConfidenceInterval;
import org.callup.results.CsvValues;
import org.callup.results.Target;
import org.callup.results.TargetCells;

/**
 * How well a calibrated scenario fits: for every target of the file, the simulated mean over the replications,
 * its 95% confidence interval, how many single runs landed inside the range, and the target's share of the loss;
 * targets the loss does not count are listed with the reason.
 */
public record FitReport(List<Row> rows, double loss, int replications) {
    public static final double CONFIDENCE_LEVEL = 0.95;
    public static final List<String> HEADER = TargetCells.header(
            "value",
            "low",
            "high",
            "trust",
            "weight",
            "simulated_mean",
            "simulated_sd",
            "ci_low",
            "ci_high",
            "inside",
            "runs_inside",
            "replications",
            "relative_error",
            "loss_share",
            "reason");

    /**
     * One target's row. For a target not counted, the simulated fields are NaN and {@code reason} says why.
     *
     * @param lossShare the target's part of the loss ({@link Loss#shares}): the rows' shares add up to the loss
     */
    public record Row(
            Target target,
            double weight,
            double mean,
            double sd,
            double ciLow,
            double ciHigh,
            int runsInside,
            double lossShare,
            String reason) {
        public boolean counted() {
            return reason.isEmpty();
        }

        public boolean inside() {
            return counted() && target.accepts(mean);
        }

        public double relativeError() {
            return target.value() == 0 || Double.isNaN(mean) ? Double.NaN : (mean - target.value()) / target.value();
        }
    }

    public FitReport {
        rows = List.copyOf(rows);
    }

    /** The report of an evaluation of the problem's targets. */
    public static FitReport of(CalibrationProblem problem, Evaluation e) {
        ConfidenceInterval ci = new ConfidenceInterval(CONFIDENCE_LEVEL);
        List<CalibrationTarget> targets = problem.targets();
        double[] shares = Loss.shares(targets, e.stats());
        List<Row> rows = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            CalibrationTarget ct = targets.get(t);
            double[] x = e.stats()[t];
            double mean = Arrays.stream(x).average().orElse(Double.NaN);
            double sd = sd(x, mean);
            double h = ci.halfWidth(sd, x.length);
            int inside = (int) Arrays.stream(x).filter(ct.target()::accepts).count();
            double share = shares[t];
            rows.add(new Row(ct.target(), ct.weight(), mean, sd, mean - h, mean + h, inside, share, ""));
        }
        for (CalibrationProblem.ExcludedTarget x : problem.excluded()) {
            rows.add(new Row(x.target(), 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, x.reason()));
        }
        rows.sort(java.util.Comparator.comparingLong(r -> r.target().line()));
        return new FitReport(rows, e.loss(), problem.seeds().size());
    }

    private static double sd(double[] x, double mean) {
        if (x.length < 2) {
            return Double.NaN;
        }
        double s = 0;
        for (double v : x) {
            s += (v - mean) * (v - mean);
        }
        return Math.sqrt(s / (x.length - 1));
    }

    public List<Row> counted() {
        return rows.stream().filter(Row::counted).toList();
    }

    /** Whether every counted target has its mean inside its range. */
    public boolean allInside() {
        return counted().stream().allMatch(Row::inside);
    }

    public void write(Path file) throws IOException {
        try (CsvWriter csv = CsvValues.writer(file)) {
            csv.writeRecord(HEADER);
            for (Row r : rows) {
                Target t = r.target();
                List<String> row = TargetCells.addRange(TargetCells.key(t), t);
                row.add(CsvValues.text(t.trust()));
                row.add(CsvValues.format(r.weight()));
                row.add(CsvValues.format(r.mean()));
                row.add(CsvValues.format(r.sd()));
                row.add(CsvValues.format(r.ciLow()));
                row.add(CsvValues.format(r.ciHigh()));
                row.add(r.counted() ? Boolean.toString(r.inside()) : CsvValues.MISSING);
                row.add(r.counted() ? Integer.toString(r.runsInside()) : CsvValues.MISSING);
                row.add(Integer.toString(r.counted() ? replications : 0));
                row.add(CsvValues.format(r.relativeError()));
                row.add(CsvValues.format(r.lossShare()));
                row.add(CsvValues.text(r.reason()));
                csv.writeRecord(row);
            }
        }
    }
}
