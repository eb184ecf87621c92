package org.callup.results;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * How numbers and missing values look in callup's CSV files, so that R's {@code read.csv} and pandas'
 * {@code read_csv} read them without options: plain integers where the value is whole, shortest round-trip
 * decimal otherwise, {@code NA} for a missing value (both read it as missing).
 */
public final class CsvValues {
    public static final String MISSING = "NA";

    private CsvValues() {
    }

    public static String format(double v) {
        if (Double.isNaN(v)) {
            return MISSING;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** Parses a value written by {@link #format}; empty and {@code NA} are missing (NaN). */
    public static double parse(String s) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty() || t.equals(MISSING)) {
            return Double.NaN;
        }
        return Double.parseDouble(t);
    }

    /** A UTF-8 writer with Unix line ends, quoting only where a field needs it. */
    public static CsvWriter writer(Path file) throws IOException {
        return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8);
    }
}
