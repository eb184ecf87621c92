package org.callup.experiments.sweep;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * First-order and total-order Sobol' sensitivity indices from the outputs of a Saltelli design
 * ({@link SaltelliDesign}), with bootstrap confidence intervals. For each parameter i, with A, B and AB_i as in the
 * design and V the variance of the outputs of A and B together:
 * <ul>
 *   <li>first order (Saltelli et al. 2010, table 2 (b)): {@code S_i = mean(f(B) (f(AB_i) - f(A))) / V};</li>
 *   <li>total order (Jansen 1999, ibid. table 2 (f)): {@code ST_i = mean((f(A) - f(AB_i))^2) / (2 V)}.</li>
 * </ul>
 * The outputs are centred on their mean before the first-order estimate, as SALib does: the estimator's
 * expectation is unchanged (f(AB_i) and f(A) have the same mean), but without it the noise grows with the square
 * of the output's mean, which for counts of men in the hundreds of thousands swamps the signal. Intervals are
 * percentiles of the estimates over resamples of the base samples (with replacement), drawn from a fixed seed so
 * that the file is the same every time. A base sample with a missing output (a failed run) is left out of both.
 */
public final class SobolIndices {
    /** An estimate and its confidence interval (NaN without resamples). */
    public record Index(double estimate, double low, double high) {}

    /** Indices per parameter, and the number of base samples used. */
    public record Result(Index[] first, Index[] total, int samples) {}

    private SobolIndices() {}

    /**
     * @param y         outputs of the design's points in its order: {@code n (k + 2)} values, NaN when missing
     * @param k         number of parameters
     * @param bootstrap number of resamples for the intervals (0 for none)
     */
    public static Result of(double[] y, int k, int bootstrap, long seed, double level) {
        int n = y.length / (k + 2);
        int[] valid = new int[n];
        int m = 0;
        for (int j = 0; j < n; j++) {
            boolean ok = true;
            for (int c = 0; c < k + 2; c++) {
                ok &= Double.isFinite(y[j * (k + 2) + c]);
            }
            if (ok) {
                valid[m++] = j;
            }
        }
        int[] all = Arrays.copyOf(valid, m);
        double[][] point = estimate(y, k, all);
        double[][][] boot = new double[2][k][bootstrap];
        SplittableRandom rng = new SplittableRandom(seed);
        int[] sample = new int[m];
        for (int b = 0; b < bootstrap && m > 0; b++) {
            for (int i = 0; i < m; i++) {
                sample[i] = all[rng.nextInt(m)];
            }
            double[][] e = estimate(y, k, sample);
            for (int i = 0; i < k; i++) {
                boot[0][i][b] = e[0][i];
                boot[1][i][b] = e[1][i];
            }
        }
        Index[] first = new Index[k];
        Index[] total = new Index[k];
        for (int i = 0; i < k; i++) {
            first[i] = index(point[0][i], m > 0 ? boot[0][i] : new double[0], level);
            total[i] = index(point[1][i], m > 0 ? boot[1][i] : new double[0], level);
        }
        return new Result(first, total, m);
    }

    /** First-order ({@code [0]}) and total-order ({@code [1]}) estimates over the base samples {@code js}. */
    static double[][] estimate(double[] y, int k, int[] js) {
        int w = k + 2;
        double[][] out = new double[2][k];
        if (js.length == 0) {
            Arrays.fill(out[0], Double.NaN);
            Arrays.fill(out[1], Double.NaN);
            return out;
        }
        double sum = 0;
        for (int j : js) {
            sum += y[j * w] + y[j * w + k + 1];
        }
        double mean = sum / (2.0 * js.length);
        double ss = 0;
        for (int j : js) {
            double a = y[j * w] - mean;
            double b = y[j * w + k + 1] - mean;
            ss += a * a + b * b;
        }
        double variance = ss / (2.0 * js.length);
        for (int i = 0; i < k; i++) {
            double s = 0;
            double t = 0;
            for (int j : js) {
                double fa = y[j * w];
                double fab = y[j * w + 1 + i];
                double fb = y[j * w + k + 1];
                s += (fb - mean) * (fab - fa);
                t += (fa - fab) * (fa - fab);
            }
            out[0][i] = variance > 0 ? s / js.length / variance : Double.NaN;
            out[1][i] = variance > 0 ? t / (2.0 * js.length) / variance : Double.NaN;
        }
        return out;
    }

    private static Index index(double estimate, double[] resamples, double level) {
        double[] finite =
                Arrays.stream(resamples).filter(Double::isFinite).sorted().toArray();
        if (finite.length < 2 || Double.isNaN(estimate)) {
            return new Index(estimate, Double.NaN, Double.NaN);
        }
        return new Index(estimate, quantile(finite, (1 - level) / 2), quantile(finite, (1 + level) / 2));
    }

    /** Linear interpolation between order statistics (type 7 of Hyndman and Fan, R's default). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
