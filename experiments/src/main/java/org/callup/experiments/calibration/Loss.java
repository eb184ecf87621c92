package org.callup.experiments.calibration;

import java.util.List;
import org.callup.results.Target;

/**
 * The distance between simulated statistics and targets that the calibration minimises.
 *
 * <p>For a target with range [L, H] (either side may be open) and a simulated statistic x of one run, the distance
 * is zero inside the range and grows with the logarithm of the ratio outside it:
 * <pre>
 *   d(x) = ln((L + e) / (x + e))   if x &lt; L
 *        = ln((x + e) / (H + e))   if x &gt; H
 *        = 0                       otherwise,          e = 0.01 max(|value|, |L|, |H|)
 * </pre>
 * It is scale-free: multiplying every figure of a target by the same factor leaves it unchanged, so a count of
 * arsons and a count of emigrants weigh alike; a factor of two outside the range costs ln 2 = 0.69 whichever the
 * side. The small offset e keeps a run that produced nothing (x = 0) at a large but finite distance. Statistics are
 * counts, hours and prices, never negative; a negative x is taken as 0, and a run that gives no value at all (NaN)
 * is taken as {@value #MISSING_DISTANCE} (a factor of 100).
 *
 * <p><b>Soft edges.</b> A one-sided range ("more than 300,000") is not met by every figure beyond it: a target with
 * a soft edge multiple k ({@link CalibrationTarget#softEdgeMultiple()}, 0 for none) has on its open side an edge at
 * k times its reported value V (or its bound, if larger) above, or at min(V, H) / k below, and beyond that edge
 * the distance is the log distance from it, as if it were a bound: ln((x + e) / (k V + e)) above. At 10 times the
 * reported value with k = 3 that is ln(10/3) = 1.2. The multiple is an assumption, not data.
 *
 * <p><b>Terms and series.</b> Targets with the same non-empty {@link CalibrationTarget#series()} key (the days of a
 * daily count from one source) form one term of the loss ({@link LossTerms}); every other target is a term of its
 * own. A series' distance in one run is the trust-weighted root mean square of its days' distances,
 * D = sqrt(sum_i w_i d_i^2 / sum_i w_i), and its weight W the mean of its days' weights, so a series of seven days
 * weighs like one target of its trust, not seven; a target alone has D = d and W = w. The loss of a candidate is
 * the weighted mean over terms of the mean over replications of D squared:
 * <pre>
 *   loss = sum_T W_T (1/R) sum_r D_T(x_r)^2 / sum_T W_T
 * </pre>
 * Without series (every target alone) it is the trust-weighted mean over targets of the mean of d squared.
 * Squaring makes the loss flat at the edge of a range and lets one large miss outweigh several small ones. Taking
 * the distance of each replication, rather than of their mean, asks that single runs land inside, which is what a
 * user sees with {@code callup run}. Replications use common random numbers (the same seeds for every candidate),
 * so two candidates differ by their parameters, not by their luck.
 *
 * <p>The search minimises {@link #objective}: the loss plus {@value #CENTRING_WEIGHT} times the
 * {@link #centring}, which measures how far runs are from the reported values in units of their ranges. It
 * decides between candidates that fit (nearly) equally well, and prefers the one in the middle of the ranges to
 * one on their edge, which a small change of the model would push out; its weight is small enough that it never
 * buys a better centre with a miss of more than a few percent. A one-sided target ("more than 300,000") has no
 * middle and does not count in it.
 */
public final class Loss {
    /** Weight of the centring in the search's objective. */
    public static final double CENTRING_WEIGHT = 0.001;

    /** Distance given to a run that has no value for a target. */
    public static final double MISSING_DISTANCE = 4.605170185988092; // ln 100

    private Loss() {}

    /** The distance of one simulated statistic from a target's range. */
    public static double distance(Target t, double x) {
        if (Double.isNaN(x)) {
            return MISSING_DISTANCE;
        }
        double v = Math.max(0, x);
        double e = offset(t);
        if (!Double.isNaN(t.low()) && v < t.low()) {
            return Math.log((Math.max(0, t.low()) + e) / (v + e));
        }
        if (!Double.isNaN(t.high()) && v > t.high()) {
            return Math.log((v + e) / (Math.max(0, t.high()) + e));
        }
        return 0;
    }

    /**
     * The distance of one simulated statistic from a counted target: {@link #distance(Target, double)}, and beyond
     * the soft edge of a one-sided range the log distance from that edge.
     */
    public static double distance(CalibrationTarget ct, double x) {
        Target t = ct.target();
        double d = distance(t, x);
        double k = ct.softEdgeMultiple();
        if (d > 0 || k == 0 || Double.isNaN(x)) {
            return d;
        }
        double v = Math.max(0, x);
        double e = offset(t);
        if (Double.isNaN(t.high()) && !Double.isNaN(t.low())) {
            double edge = k * Math.max(Math.max(0, t.value()), Math.max(0, t.low()));
            return edge > 0 && v > edge ? Math.log((v + e) / (edge + e)) : 0;
        }
        if (Double.isNaN(t.low()) && !Double.isNaN(t.high())) {
            double edge = Math.min(Math.max(0, t.value()), Math.max(0, t.high())) / k;
            return v < edge ? Math.log((edge + e) / (v + e)) : 0;
        }
        return 0;
    }

    /** The offset e of a target: a hundredth of its largest figure (a tiny positive number if all are 0). */
    static double offset(Target t) {
        double m = Math.abs(t.value());
        if (!Double.isNaN(t.low())) {
            m = Math.max(m, Math.abs(t.low()));
        }
        if (!Double.isNaN(t.high())) {
            m = Math.max(m, Math.abs(t.high()));
        }
        return m > 0 ? 0.01 * m : 1e-9;
    }

    /** The mean over replications of the squared distance of one target (without a soft edge). */
    public static double meanSquared(Target t, double[] replications) {
        double s = 0;
        for (double x : replications) {
            double d = distance(t, x);
            s += d * d;
        }
        return s / replications.length;
    }

    /** The mean over replications of the squared distance of one counted target, its soft edge included. */
    public static double meanSquared(CalibrationTarget t, double[] replications) {
        double s = 0;
        for (double x : replications) {
            double d = distance(t, x);
            s += d * d;
        }
        return s / replications.length;
    }

    /**
     * The loss of a candidate.
     *
     * @param values per target (in the order of {@code targets}), the statistic of each replication
     */
    public static double of(List<CalibrationTarget> targets, double[][] values) {
        check(targets, values);
        LossTerms terms = LossTerms.of(targets);
        double[] a = terms.effectiveWeights();
        double sum = 0;
        for (int t = 0; t < values.length; t++) {
            sum += a[t] * meanSquared(targets.get(t), values[t]);
        }
        double weights = terms.totalWeight();
        return weights > 0 ? sum / weights : 0;
    }

    /** Each target's part of the loss: the parts add up to the loss (but for rounding). */
    public static double[] shares(List<CalibrationTarget> targets, double[][] values) {
        check(targets, values);
        LossTerms terms = LossTerms.of(targets);
        double[] a = terms.effectiveWeights();
        double weights = terms.totalWeight();
        double[] out = new double[a.length];
        for (int t = 0; t < values.length; t++) {
            out[t] = weights > 0 ? a[t] * meanSquared(targets.get(t), values[t]) / weights : 0;
        }
        return out;
    }

    private static void check(List<CalibrationTarget> targets, double[][] values) {
        if (values.length != targets.size()) {
            throw new IllegalArgumentException(values.length + " rows of values for " + targets.size() + " targets");
        }
    }

    /**
     * The weighted mean, over targets with a two-sided range, of the mean over replications of c squared, with
     * c = ln((x + e) / (value + e)) / ln((H + e) / (L + e)): the log ratio to the reported value in units of the
     * range's log width, so at most 1 in size inside the range however wide it is. A target weighs as it does in
     * the loss (a day of a series its share of the series' weight). 0 if no target has two sides.
     */
    public static double centring(List<CalibrationTarget> targets, double[][] values) {
        double[] a = LossTerms.of(targets).effectiveWeights();
        double sum = 0;
        double weights = 0;
        for (int t = 0; t < values.length; t++) {
            Target tg = targets.get(t).target();
            if (Double.isNaN(tg.low()) || Double.isNaN(tg.high()) || !(tg.high() > tg.low())) {
                continue;
            }
            double e = offset(tg);
            double width = Math.log((Math.max(0, tg.high()) + e) / (Math.max(0, tg.low()) + e));
            double centre = Math.max(0, tg.value()) + e;
            double s = 0;
            for (double x : values[t]) {
                double c = Double.isNaN(x) ? MISSING_DISTANCE : Math.log((Math.max(0, x) + e) / centre) / width;
                s += c * c;
            }
            sum += a[t] * s / values[t].length;
            weights += a[t];
        }
        return weights > 0 ? sum / weights : 0;
    }

    /** What the search minimises: the loss, and a little of the centring to choose among equal fits. */
    public static double objective(List<CalibrationTarget> targets, double[][] values) {
        return of(targets, values) + CENTRING_WEIGHT * centring(targets, values);
    }
}
