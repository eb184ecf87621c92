package org.callup.results;

/**
 * How a run fares against one target.
 *
 * @param applicable    whether the target's window lies within the run's dates ({@link Target#within}); a target
 *                      that is not applicable is neither inside nor outside, and does not count
 * @param simulated     the statistic of the simulated series over the window, or NaN when it cannot be taken
 * @param inside        whether the target is applicable and the simulated value is within its range
 * @param relativeError (simulated - value) / value; NaN when either is missing or the value is 0
 * @param reason        why the target is not applicable or has no simulated value, or empty
 */
public record ValidationResult(
        Target target, boolean applicable, double simulated, boolean inside, double relativeError, String reason) {

    static ValidationResult of(Target t, double simulated) {
        double rel = t.value() == 0 || Double.isNaN(simulated) ? Double.NaN : (simulated - t.value()) / t.value();
        return new ValidationResult(t, true, simulated, t.accepts(simulated), rel, "");
    }

    /** An applicable target the run cannot answer: not inside. */
    static ValidationResult missing(Target t, String reason) {
        return new ValidationResult(t, true, Double.NaN, false, Double.NaN, reason);
    }

    static ValidationResult notApplicable(Target t, String reason) {
        return new ValidationResult(t, false, Double.NaN, false, Double.NaN, reason);
    }
}
