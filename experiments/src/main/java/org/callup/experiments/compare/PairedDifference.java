package org.callup.experiments.compare;

import org.callup.results.ConfidenceInterval;

/**
 * The difference alternative minus baseline of one quantity measured in {@code n} paired replications (replication
 * i of both scenarios ran on the same seed), with a t interval over the n paired differences.
 *
 * <p>With d_i = a_i - b_i, the estimate is mean(d) and its interval mean(d) +- t(1 - alpha/2, n - 1) sd(d) /
 * sqrt(n). Pairing helps when the two scenarios' replications are positively correlated, as they are under common
 * random numbers: var(mean(d)) = (var(a) + var(b) - 2 cov(a, b)) / n. The variance reduction reported is
 *
 * <pre>  variance reduction = [(var(b) + var(a)) / n] / [var(d) / n] = (var(b) + var(a)) / var(d)</pre>
 *
 * the variance of the difference of means had the scenarios been run on independent seeds (unpaired), over its
 * variance when paired; above 1, pairing narrowed the interval by the square root of it. All variances are sample
 * variances (denominator n - 1). On common seeds the interval covers run-to-run noise only; when pair i ran a
 * parameter set drawn from a posterior ({@link PosteriorDraws}), it holds that uncertainty as well.
 *
 * @param n                  replications paired
 * @param baselineMean       mean of the baseline's values
 * @param alternativeMean    mean of the alternative's values
 * @param meanDifference     mean of alternative minus baseline
 * @param sdDifference       sample standard deviation of the paired differences (NaN when n < 2)
 * @param ciLow              lower bound of the interval of the mean difference (NaN when n < 2)
 * @param ciHigh             upper bound
 * @param relativeDifference mean difference over the baseline mean (NaN when that is 0)
 * @param varianceReduction  (var(b) + var(a)) / var(d); NaN when n < 2 or the differences do not vary
 */
public record PairedDifference(
        int n,
        double baselineMean,
        double alternativeMean,
        double meanDifference,
        double sdDifference,
        double ciLow,
        double ciHigh,
        double relativeDifference,
        double varianceReduction) {

    /** The paired difference of {@code alternative[i] - baseline[i]}; the arrays are indexed by replication. */
    public static PairedDifference of(double[] baseline, double[] alternative, ConfidenceInterval ci) {
        if (baseline.length != alternative.length || baseline.length == 0) {
            throw new IllegalArgumentException("need the same number (at least 1) of baseline and alternative values, "
                    + "got " + baseline.length + " and " + alternative.length);
        }
        int n = baseline.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = alternative[i] - baseline[i];
        }
        double mb = mean(baseline);
        double ma = mean(alternative);
        double md = mean(d);
        double vd = variance(d, md);
        double sd = Math.sqrt(vd);
        double h = ci.halfWidth(sd, n);
        double unpaired = variance(baseline, mb) + variance(alternative, ma);
        double reduction = n < 2 || !(vd > 0) ? Double.NaN : unpaired / vd;
        double relative = mb == 0 ? Double.NaN : md / mb;
        return new PairedDifference(n, mb, ma, md, n < 2 ? Double.NaN : sd, md - h, md + h, relative, reduction);
    }

    /** Whether the interval lies wholly on one side of 0. */
    public boolean excludesZero() {
        return ciLow > 0 || ciHigh < 0;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double variance(double[] v, double mean) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double s = 0;
        for (double x : v) {
            s += (x - mean) * (x - mean);
        }
        return s / (v.length - 1);
    }
}
