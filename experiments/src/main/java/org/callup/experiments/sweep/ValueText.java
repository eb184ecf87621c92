package org.callup.experiments.sweep;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.callup.results.CsvValues;

/** How a parameter value is written in runs.csv and points.csv: as R and pandas read it back, always the same. */
final class ValueText {
    private ValueText() {}

    static String of(Object v) {
        if (v instanceof Double d) {
            return of(d.doubleValue());
        }
        if (v instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(java.util.Locale.ROOT);
        }
        if (v instanceof LocalDate || v instanceof Number || v instanceof Boolean || v instanceof String) {
            return v.toString();
        }
        throw new IllegalArgumentException("not a parameter value: " + v);
    }

    static String of(double d) {
        return CsvValues.format(d);
    }
}
