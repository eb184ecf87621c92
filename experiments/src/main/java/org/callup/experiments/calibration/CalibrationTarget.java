package org.callup.experiments.calibration;

import org.callup.results.Target;

/**
 * A target the loss counts: one row of the targets file whose date window lies within the simulated dates and
 * whose metric and scope the scenario observes, with its weight from its trust, its group (for the out-of-sample
 * check), the series it is a day of (empty if it stands alone) and the soft edge of a one-sided range.
 *
 * @param group            the kind of evidence ({@link TargetGroups}), derived from the metric unless overridden
 * @param series           the key of the series the target is one day of, or empty: targets with the same
 *                         non-empty key form one term of the loss ({@link Loss})
 * @param softEdgeMultiple for a one-sided range, the multiple of the reported value beyond which the loss adds a
 *                         gentle penalty (a "more than 300,000" is not met by 3,000,000); 0 for none
 */
public record CalibrationTarget(Target target, double weight, String group, String series, double softEdgeMultiple) {
    public CalibrationTarget {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(target.id() + ": weight must be 0 or more, was " + weight);
        }
        if (!(softEdgeMultiple == 0 || softEdgeMultiple >= 1 && Double.isFinite(softEdgeMultiple))) {
            throw new IllegalArgumentException(target.id() + ": the soft edge is 0 (none) or a multiple of at least 1, "
                    + "was " + softEdgeMultiple);
        }
        group = group == null || group.isEmpty() ? TargetGroups.ofMetric(target.metric()) : group;
        series = series == null ? "" : series;
    }

    /** A target on its own, in the group of its metric, without a soft edge: the loss as it was before series. */
    public CalibrationTarget(Target target, double weight) {
        this(target, weight, "", "", 0);
    }

    public String id() {
        return target.id();
    }

    public boolean inSeries() {
        return !series.isEmpty();
    }
}
