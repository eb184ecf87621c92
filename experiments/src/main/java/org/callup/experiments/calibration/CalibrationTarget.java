package org.callup.experiments.calibration;

import org.callup.results.Target;

/**
 * A target the loss counts: one row of the targets file whose date window lies within the simulated dates and
 * whose metric and scope the scenario observes, with its weight from its trust.
 */
public record CalibrationTarget(Target target, double weight) {
    public CalibrationTarget {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(target.id() + ": weight must be 0 or more, was " + weight);
        }
    }

    public String id() {
        return target.id();
    }
}
