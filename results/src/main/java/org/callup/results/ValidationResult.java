package org.callup.results;

/**
 * How a run fares against one target.
 *
 * @param simulated     the statistic of the simulated series over the window, or NaN when it cannot be taken
 * @param inside        whether the simulated value is within the target's range
 * @param relativeError (simulated - value) / value; NaN when either is missing or the value is 0
 * @param reason        why there is no simulated value, or empty
 */
public record ValidationResult(Target target, double simulated, boolean inside, double relativeError, String reason) {

    static ValidationResult of(Target t, double simulated) {
        double rel = t.value() == 0 || Double.isNaN(simulated) ? Double.NaN : (simulated - t.value()) / t.value();
        return new ValidationResult(t, simulated, t.accepts(simulated), rel, "");
    }

    static ValidationResult missing(Target t, String reason) {
        return new ValidationResult(t, Double.NaN, false, Double.NaN, reason);
    }
}
