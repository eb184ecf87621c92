package org.callup.experiments.calibration;

/**
 * A parameter the calibration may move, addressed by its path as in {@code setParameter} events
 * ({@code decisions.ascFlee}, {@code borders.posts[upper_lars].capacityPersonsPerDay}), with the bounds of the
 * search. The optimizer works on the unit cube: position 0 is {@code min}, 1 is {@code max}; on a log scale the
 * positions are spread evenly in the logarithm, which suits rates that may span orders of magnitude.
 *
 * @param logScale whether positions map to values geometrically (needs {@code min > 0})
 * @param whole    whether the parameter is a whole number (values are rounded to one)
 * @param start    where the search starts; NaN means the scenario's own value
 */
public record FreeParameter(String path, double min, double max, boolean logScale, boolean whole, double start) {

    public FreeParameter {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a parameter path is required");
        }
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException(
                    path + ": min must be below max, was [" + Numbers.compact(min) + ", " + Numbers.compact(max) + "]");
        }
        if (logScale && !(min > 0)) {
            throw new IllegalArgumentException(path + ": a log scale needs min above 0, was " + Numbers.compact(min));
        }
        if (!Double.isNaN(start) && !(start >= min && start <= max)) {
            throw new IllegalArgumentException(path + ": start " + Numbers.compact(start) + " is outside ["
                    + Numbers.compact(min) + ", " + Numbers.compact(max) + "]");
        }
    }

    /** A linear, real-valued parameter starting from the scenario's value. */
    public static FreeParameter linear(String path, double min, double max) {
        return new FreeParameter(path, min, max, false, false, Double.NaN);
    }

    public FreeParameter withStart(double newStart) {
        return new FreeParameter(path, min, max, logScale, whole, newStart);
    }

    public FreeParameter withWhole(boolean isWhole) {
        return new FreeParameter(path, min, max, logScale, isWhole, start);
    }

    /** Position of a value in the unit interval (clamped to it). */
    public double toUnit(double value) {
        double v = Math.min(max, Math.max(min, value));
        double u = logScale ? Math.log(v / min) / Math.log(max / min) : (v - min) / (max - min);
        return Math.min(1, Math.max(0, u));
    }

    /** The value at a position of the unit interval (clamped to it), rounded for whole numbers. */
    public double fromUnit(double unit) {
        double u = Math.min(1, Math.max(0, unit));
        if (u == 0 || u == 1) {
            // The bounds themselves, exactly (exp and log would miss them by a rounding error).
            return (whole ? (u == 0 ? Math.ceil(min) : Math.floor(max)) : u == 0 ? min : max) + 0.0;
        }
        double v = logScale ? min * Math.exp(u * Math.log(max / min)) : min + u * (max - min);
        v = Math.min(max, Math.max(min, v));
        // A whole number rounds to the nearest one inside the bounds; + 0.0 turns -0.0 into 0.0 for keys.
        return (whole ? Math.min(Math.floor(max), Math.max(Math.ceil(min), Math.rint(v))) : v) + 0.0;
    }

    /** The bounds as text, with the scale: {@code [0.001, 0.1] log}. */
    public String describeBounds() {
        return "[" + Numbers.compact(min) + ", " + Numbers.compact(max) + "]" + (logScale ? " log" : "");
    }
}
