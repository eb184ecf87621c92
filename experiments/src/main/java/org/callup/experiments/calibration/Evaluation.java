package org.callup.experiments.calibration;

import java.util.Arrays;
import java.util.List;

/**
 * A candidate parameter set and how its replications fared: the statistic of every target in every replication and
 * the loss. A candidate the model refused (a combination of values that breaks a parameter record's own check)
 * has a failure message and the loss {@link #INFEASIBLE}.
 *
 * @param values the parameter values, in the order of the free parameters
 * @param stats  per target, the statistic of each replication
 */
public record Evaluation(double[] values, double[][] stats, double loss, String failure) {
    /** Loss of a candidate the model cannot run: worse than any distance the loss can reach. */
    public static final double INFEASIBLE = 1e6;

    public Evaluation {
        values = values.clone();
        stats = Arrays.stream(stats).map(double[]::clone).toArray(double[][]::new);
        failure = failure == null ? "" : failure;
    }

    public static Evaluation of(double[] values, double[][] stats, List<CalibrationTarget> targets) {
        return new Evaluation(values, stats, Loss.of(targets, stats), "");
    }

    public static Evaluation failed(double[] values, int targets, int replications, String why) {
        double[][] nan = new double[targets][replications];
        for (double[] row : nan) {
            Arrays.fill(row, Double.NaN);
        }
        return new Evaluation(values, nan, INFEASIBLE, why);
    }

    public boolean failed() {
        return !failure.isEmpty();
    }

    /**
     * What the search minimises for this candidate ({@link Loss#objective}: the loss plus the centring term), which
     * the progress of a calibration shows as its best objective.
     */
    public double objective(List<CalibrationTarget> targets) {
        return failed() ? loss : Loss.objective(targets, stats);
    }

    /** The mean over replications of one target's statistic. */
    public double mean(int target) {
        return Arrays.stream(stats[target]).average().orElse(Double.NaN);
    }

    /** How many targets have their mean inside the range. */
    public int insideCount(List<CalibrationTarget> targets) {
        int n = 0;
        for (int t = 0; t < targets.size(); t++) {
            if (targets.get(t).target().accepts(mean(t))) {
                n++;
            }
        }
        return n;
    }

    public ValueKey key() {
        return new ValueKey(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evaluation e
                && Arrays.equals(values, e.values)
                && Arrays.deepEquals(stats, e.stats)
                && Double.compare(loss, e.loss) == 0
                && failure.equals(e.failure);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values) * 31 + Arrays.deepHashCode(stats);
    }

    @Override
    public String toString() {
        return "Evaluation" + Arrays.toString(values) + " loss " + loss + (failed() ? " (" + failure + ")" : "");
    }
}
