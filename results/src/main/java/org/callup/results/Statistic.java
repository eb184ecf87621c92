package org.callup.results;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a target reduces a daily series over its date window: {@code sum}, {@code max}, {@code mean} or {@code last}. */
public enum Statistic {
    /** Total over the window: for flows, e.g. men mobilized between two dates. */
    SUM,
    /** Largest daily value: e.g. the longest wait at a post. */
    MAX,
    /** Mean daily value. */
    MEAN,
    /** Value on the last day of the window: for stocks, e.g. men abroad on a date. */
    LAST;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The statistic with this name, or null. */
    public static Statistic byKey(String key) {
        for (Statistic s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
    }

    public static String keys() {
        return Arrays.stream(values()).map(Statistic::key).collect(Collectors.joining(", "));
    }

    /**
     * The statistic of {@code values[from..to]}, both inclusive; NaN if any of those days has no value, because a
     * sum or a peak over a window with gaps would look valid and be wrong.
     */
    public double over(double[] values, int from, int to) {
        if (from < 0 || to >= values.length || to < from) {
            throw new IllegalArgumentException("window " + from + ".." + to + " is outside 0.." + (values.length - 1));
        }
        double acc = this == MAX ? Double.NEGATIVE_INFINITY : 0;
        for (int d = from; d <= to; d++) {
            double v = values[d];
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            acc = this == MAX ? Math.max(acc, v) : acc + v;
        }
        return switch (this) {
            case SUM, MAX -> acc;
            case MEAN -> acc / (to - from + 1);
            case LAST -> values[to];
        };
    }
}
