package org.callup.results;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Two-sided confidence intervals for a mean from {@code n} independent replications, with Student's t quantile
 * (replications are few, so the normal quantile would be too narrow).
 */
public final class ConfidenceInterval {
    private final double level;
    private final Map<Integer, Double> quantiles = new HashMap<>();

    /** @param level coverage, strictly between 0 and 1 (0.95 for 95%) */
    public ConfidenceInterval(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be between 0 and 1, was " + level);
        }
        this.level = level;
    }

    public double level() {
        return level;
    }

    /** Half the width of the interval: t(1 - (1 - level) / 2, n - 1) * sd / sqrt(n); NaN when n < 2. */
    public double halfWidth(double sd, int n) {
        if (n < 2 || Double.isNaN(sd)) {
            return Double.NaN;
        }
        return quantile(n) * sd / Math.sqrt(n);
    }

    private double quantile(int n) {
        // TDistribution is built without a random generator: only its quantile function is used, and seeding one
        // per call would be slow and nondeterministic.
        return quantiles.computeIfAbsent(
                n, k -> new TDistribution(null, k - 1.0).inverseCumulativeProbability(0.5 + level / 2));
    }
}
