package org.callup.viz.inspect;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How every inspector of the GUI writes a number: whole numbers with thousands separated ("19,580,684"), other
 * numbers to four significant digits ("98.39", "0.02112", "-3.681"), and a number of a thousand or more as a whole
 * number ("5,156"). A behavioural parameter fitted to five digits shows four; its tooltip names the parameter, and
 * the scenario file keeps every digit. Units are in the labels ("Capacity, persons per day").
 */
public final class Figures {
    /** Significant digits of a number that is not whole. */
    static final int SIGNIFICANT = 4;

    private static final DecimalFormatSymbols ENGLISH = DecimalFormatSymbols.getInstance(Locale.ENGLISH);

    private Figures() {}

    /** The text of a value: numbers as described above, anything else as {@code String.valueOf}. */
    public static String text(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return number(((Number) value).doubleValue());
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return grouped(0).format(((Number) value).longValue());
        }
        return String.valueOf(value);
    }

    /** A real number: whole from a thousand up, else to {@link #SIGNIFICANT} significant digits. */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "n/a" : v > 0 ? "∞" : "-∞";
        }
        if (Math.abs(v) >= 1000 || v == Math.rint(v)) {
            return grouped(0).format(Math.round(v));
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(SIGNIFICANT));
        return grouped(Math.max(0, rounded.scale())).format(rounded.doubleValue());
    }

    /** What a person typed into a number's field, without the thousands separators this class writes. */
    public static String typed(String text) {
        return text == null ? null : text.replace(",", "").trim();
    }

    private static DecimalFormat grouped(int decimals) {
        DecimalFormat f = new DecimalFormat("#,##0", ENGLISH);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(decimals);
        return f;
    }
}
