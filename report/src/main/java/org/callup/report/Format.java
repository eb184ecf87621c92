package org.callup.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers as a reader wants them in a table: counts with thousands separators, small values to 3 digits. */
final class Format {
    static final String MISSING = "n/a";

    private Format() {}

    static String number(double v) {
        if (Double.isNaN(v)) {
            return MISSING;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** A number read from a CSV file ("NA" and empty are missing). */
    static String number(String csv) {
        return number(parse(csv));
    }

    static double parse(String csv) {
        if (csv == null || csv.isBlank() || csv.equals("NA")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(csv.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** An interval "low to high", or empty when either end is missing. */
    static String interval(double low, double high) {
        if (Double.isNaN(low) || Double.isNaN(high)) {
            return "";
        }
        return number(low) + " to " + number(high);
    }

    /**
     * The interval of a mean of counts (persons, attacks), "low to high" with the low end cut at 0: a t interval of a
     * few replications of a rare count can reach below zero, where no count lies. Empty when either end is missing.
     */
    static String countInterval(double low, double high) {
        return interval(Double.isNaN(low) ? low : Math.max(0, low), high);
    }

    /** A signed percentage, e.g. "+12.5%"; "n/a" when missing. */
    static String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return MISSING;
        }
        // A value that rounds to zero has no direction: "0.0%", never "-0.0%".
        double tenths = Math.round(fraction * 1000);
        return tenths == 0 ? "0.0%" : String.format(Locale.ROOT, "%+.1f%%", tenths / 10);
    }
}
