package org.callup.experiments.calibration.abc;

import java.util.Arrays;

/** Quantiles of samples, equally weighted (linear interpolation, R's type 7) or weighted (the first at the mass). */
final class Quantiles {
    private Quantiles() {}

    /** The p-quantile of the values (NaN ones left out); NaN if none is left. */
    static double of(double[] values, double p) {
        double[] x =
                Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (x.length == 0) {
            return Double.NaN;
        }
        double h = (x.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, x.length - 1);
        return x[lo] + (h - lo) * (x[hi] - x[lo]);
    }

    /** The weighted p-quantile: the smallest value whose cumulative weight reaches p of the total. */
    static double weighted(double[] values, double[] weights, double p) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double total = Arrays.stream(weights).sum();
        double cum = 0;
        for (int i : order) {
            cum += weights[i];
            if (cum >= p * total) {
                return values[i];
            }
        }
        return values[order[order.length - 1]];
    }
}
