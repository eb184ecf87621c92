package org.callup.experiments.calibration;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How calibration files and reports write numbers: short where that is exact enough, never in exponent form. */
public final class Numbers {
    private Numbers() {}

    /** The shortest plain decimal text that reads back as exactly {@code v} (e.g. {@code 0.0103}, {@code 8000}). */
    public static String compact(double v) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** {@code v} rounded to {@code digits} significant digits. */
    static double significant(double v, int digits) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v)
                        .round(new MathContext(digits, RoundingMode.HALF_EVEN))
                        .doubleValue()
                + 0.0;
    }
}
