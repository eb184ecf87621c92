package org.callup.experiments.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of the {@link Loss}: a target alone, or the days of a series (targets with the same
 * {@link CalibrationTarget#series()} key), which count together as one target of their trust. A term's weight W is
 * its target's weight, or the mean of its days' weights; its distance in one run is d, or the trust-weighted root
 * mean square of its days' distances.
 *
 * @param indices per term, the indices of its targets, in the order of their first target
 */
public record LossTerms(List<CalibrationTarget> targets, List<int[]> indices) {
    public LossTerms {
        targets = List.copyOf(targets);
        indices = List.copyOf(indices);
    }

    /** The terms of a list of targets. */
    public static LossTerms of(List<CalibrationTarget> targets) {
        Map<String, List<Integer>> bySeries = new LinkedHashMap<>();
        List<List<Integer>> terms = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            String series = targets.get(i).series();
            if (series.isEmpty()) {
                terms.add(List.of(i));
            } else {
                List<Integer> days = bySeries.get(series);
                if (days == null) {
                    days = new ArrayList<>();
                    bySeries.put(series, days);
                    terms.add(days);
                }
                days.add(i);
            }
        }
        return new LossTerms(
                targets,
                terms.stream()
                        .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                        .toList());
    }

    public int size() {
        return indices.size();
    }

    /** A term's name: its target's id, or its series key. */
    public String name(int term) {
        int[] t = indices.get(term);
        return t.length == 1 && !targets.get(t[0]).inSeries()
                ? targets.get(t[0]).id()
                : targets.get(t[0]).series();
    }

    /** A term's weight W. */
    public double weight(int term) {
        int[] t = indices.get(term);
        if (t.length == 1) {
            return targets.get(t[0]).weight();
        }
        double s = 0;
        for (int i : t) {
            s += targets.get(i).weight();
        }
        return s / t.length;
    }

    /** The sum of the terms' weights: the loss's denominator. */
    public double totalWeight() {
        double weights = 0;
        for (int k = 0; k < indices.size(); k++) {
            weights += weight(k);
        }
        return weights;
    }

    /**
     * Each target's weight in the loss written as a sum over targets: w for a target alone, W w_i / sum_j w_j for a
     * day of a series, so that loss = sum_i a_i meanSquared_i / {@link #totalWeight()}.
     */
    public double[] effectiveWeights() {
        double[] a = new double[targets.size()];
        for (int k = 0; k < indices.size(); k++) {
            int[] t = indices.get(k);
            if (t.length == 1) {
                a[t[0]] = targets.get(t[0]).weight();
                continue;
            }
            double sum = 0;
            for (int i : t) {
                sum += targets.get(i).weight();
            }
            double w = weight(k);
            for (int i : t) {
                a[i] = sum > 0 ? w * targets.get(i).weight() / sum : 0;
            }
        }
        return a;
    }

    /**
     * The mean over replications of a term's squared distance: of d^2 for a target alone; for a series, of the
     * weighted mean over its days of d^2 (a series of days all of weight 0 counts as its plain mean).
     */
    public double meanSquared(int term, double[][] values) {
        int[] t = indices.get(term);
        if (t.length == 1) {
            return Loss.meanSquared(targets.get(t[0]), values[t[0]]);
        }
        double sum = 0;
        double plain = 0;
        double ws = 0;
        for (int i : t) {
            double w = targets.get(i).weight();
            double m = Loss.meanSquared(targets.get(i), values[i]);
            sum += w * m;
            plain += m;
            ws += w;
        }
        return ws > 0 ? sum / ws : plain / t.length;
    }

    /** A term's root mean square distance over replications: sqrt({@link #meanSquared}). */
    public double distance(int term, double[][] values) {
        return Math.sqrt(meanSquared(term, values));
    }
}
