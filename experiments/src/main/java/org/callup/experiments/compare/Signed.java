package org.callup.experiments.compare;

import java.util.Locale;

/**
 * Signed numbers as a comparison prints them: a difference with its sign ({@code +1,234}, {@code -56}), and a value
 * that rounds to zero as {@code 0}, never {@code -0} or {@code +0}, which read as a direction the data do not have.
 */
public final class Signed {
    private Signed() {}

    /** A count with thousands separators, rounded to a whole number. */
    public static String count(double v) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        long r = Math.round(v);
        return r == 0 ? "0" : String.format(Locale.ENGLISH, "%+,d", r);
    }

    /** A fraction as a percentage with one decimal: {@code +12.5%}, {@code 0.0%}. */
    public static String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return "NA";
        }
        double tenths = Math.round(fraction * 1000);
        return tenths == 0 ? "0.0%" : String.format(Locale.ROOT, "%+.1f%%", tenths / 10);
    }

    /** An interval of counts: {@code [-1,200, +340]}. */
    public static String interval(double low, double high) {
        return "[" + count(low) + ", " + count(high) + "]";
    }
}
