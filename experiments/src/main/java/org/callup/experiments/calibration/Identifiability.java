package org.callup.experiments.calibration;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.callup.results.CsvValues;
import org.callup.results.Target;

/**
 * Which parameters the targets pin down: each free parameter in turn is moved across its bounds, to evenly spaced
 * positions, with the others held at the fit, and every target's simulated mean is taken. A parameter that moves
 * some target out of its range within its bounds is pinned by that target; one that leaves every target inside at
 * every position is not identified by these targets: any value in its bounds fits as well. One parameter at a
 * time says nothing about trade-offs between parameters (two that pull the same target in opposite directions);
 * the convergence trace shows those.
 *
 * @param positions the positions on the unit interval (0 = min, 1 = max)
 * @param grid      per parameter, the evaluation at each position
 * @param fit       the evaluation at the fit
 */
public record Identifiability(
        List<FreeParameter> parameters,
        List<CalibrationTarget> targets,
        double[] positions,
        Evaluation[][] grid,
        Evaluation fit) {
    public static final List<String> HEADER = List.of(
            "parameter",
            "position",
            "value",
            "fitted_value",
            "target",
            "simulated_mean",
            "fitted_mean",
            "change",
            "inside",
            "loss");
    public static final List<String> SUMMARY_HEADER = List.of(
            "parameter",
            "fitted_value",
            "min",
            "max",
            "fits_from",
            "fits_to",
            "pinned_by",
            "brings_inside",
            "largest_change_target",
            "largest_change");

    /** Evenly spaced positions from 0 to 1. */
    public static double[] positions(int points) {
        double[] p = new double[points];
        for (int k = 0; k < points; k++) {
            p[k] = points == 1 ? 0.5 : (double) k / (points - 1);
        }
        return p;
    }

    /** The candidates to evaluate: per parameter and position, the fit with that parameter moved. */
    public static List<double[]> candidates(List<FreeParameter> parameters, double[] fitted, double[] positions) {
        List<double[]> out = new ArrayList<>();
        for (int j = 0; j < parameters.size(); j++) {
            for (double p : positions) {
                double[] v = fitted.clone();
                v[j] = parameters.get(j).fromUnit(p);
                out.add(v);
            }
        }
        return out;
    }

    /**
     * Spread of a target's mean as the parameter moves across its bounds, (largest - smallest) / |reported value|
     * (the fitted mean where the reported value is 0).
     */
    public double change(int parameter, int target) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Evaluation e : grid[parameter]) {
            double m = e.mean(target);
            lo = Math.min(lo, m);
            hi = Math.max(hi, m);
        }
        Target t = targets.get(target).target();
        double ref = t.value() != 0 ? Math.abs(t.value()) : Math.abs(fit.mean(target));
        return ref > 0 ? (hi - lo) / ref : 0;
    }

    /** Whether some position of the parameter takes the mean of a target the fit has inside out of its range. */
    public boolean leavesRange(int parameter, int target) {
        if (!targets.get(target).target().accepts(fit.mean(target))) {
            return false;
        }
        for (Evaluation e : grid[parameter]) {
            if (!targets.get(target).target().accepts(e.mean(target))) {
                return true;
            }
        }
        return false;
    }

    /** Ids of the targets the parameter pins (moves out of range within its bounds). */
    public List<String> pinnedBy(int parameter) {
        List<String> out = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            if (leavesRange(parameter, t)) {
                out.add(targets.get(t).id());
            }
        }
        return out;
    }

    /** Whether some position of the parameter brings a target the fit misses inside its range. */
    public boolean entersRange(int parameter, int target) {
        if (targets.get(target).target().accepts(fit.mean(target))) {
            return false;
        }
        for (Evaluation e : grid[parameter]) {
            if (targets.get(target).target().accepts(e.mean(target))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stretch of tested values around the fitted one over which every target the fit has inside stays inside:
     * the part of the bounds the data allows, as far as this grid can tell. The fitted value is always in it.
     */
    public double[] fittingInterval(int parameter) {
        double fitted = fit.values()[parameter];
        double lo = fitted;
        double hi = fitted;
        List<Evaluation> byValue = new ArrayList<>(List.of(grid[parameter]));
        byValue.sort(java.util.Comparator.comparingDouble(e -> e.values()[parameter]));
        for (Evaluation e : byValue) {
            double v = e.values()[parameter];
            if (v > fitted) {
                if (!keepsInside(e)) {
                    break;
                }
                hi = v;
            }
        }
        for (int k = byValue.size() - 1; k >= 0; k--) {
            double v = byValue.get(k).values()[parameter];
            if (v < fitted) {
                if (!keepsInside(byValue.get(k))) {
                    break;
                }
                lo = v;
            }
        }
        return new double[] {lo, hi};
    }

    private boolean keepsInside(Evaluation e) {
        for (int t = 0; t < targets.size(); t++) {
            Target tg = targets.get(t).target();
            if (tg.accepts(fit.mean(t)) && !tg.accepts(e.mean(t))) {
                return false;
            }
        }
        return true;
    }

    /** Ids of the targets the fit misses that some value of the parameter brings inside (others held at the fit). */
    public List<String> bringsInside(int parameter) {
        List<String> out = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            if (entersRange(parameter, t)) {
                out.add(targets.get(t).id());
            }
        }
        return out;
    }

    /** Index of the target whose mean the parameter moves most. */
    public int mostChanged(int parameter) {
        int best = 0;
        for (int t = 1; t < targets.size(); t++) {
            if (change(parameter, t) > change(parameter, best)) {
                best = t;
            }
        }
        return best;
    }

    public void write(Path file) throws IOException {
        try (CsvWriter csv = CsvValues.writer(file)) {
            csv.writeRecord(HEADER);
            for (int j = 0; j < parameters.size(); j++) {
                for (int k = 0; k < grid[j].length; k++) {
                    Evaluation e = grid[j][k];
                    for (int t = 0; t < targets.size(); t++) {
                        Target tg = targets.get(t).target();
                        double m = e.mean(t);
                        double ref = fit.mean(t);
                        csv.writeRecord(
                                CsvValues.text(parameters.get(j).path()),
                                CsvValues.format(positions[k]),
                                CsvValues.format(e.values()[j]),
                                CsvValues.format(fit.values()[j]),
                                CsvValues.text(tg.id()),
                                CsvValues.format(m),
                                CsvValues.format(ref),
                                CsvValues.format(ref == 0 ? Double.NaN : (m - ref) / Math.abs(ref)),
                                Boolean.toString(tg.accepts(m)),
                                CsvValues.format(e.loss()));
                    }
                }
            }
        }
    }

    public void writeSummary(Path file) throws IOException {
        try (CsvWriter csv = CsvValues.writer(file)) {
            csv.writeRecord(SUMMARY_HEADER);
            for (int j = 0; j < parameters.size(); j++) {
                FreeParameter p = parameters.get(j);
                double[] fits = fittingInterval(j);
                int most = mostChanged(j);
                csv.writeRecord(
                        CsvValues.text(p.path()),
                        CsvValues.format(fit.values()[j]),
                        CsvValues.format(p.min()),
                        CsvValues.format(p.max()),
                        CsvValues.format(fits[0]),
                        CsvValues.format(fits[1]),
                        CsvValues.text(String.join(" ", pinnedBy(j))),
                        CsvValues.text(String.join(" ", bringsInside(j))),
                        CsvValues.text(targets.get(most).id()),
                        CsvValues.format(change(j, most)));
            }
        }
    }
}
