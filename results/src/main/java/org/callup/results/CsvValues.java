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

    /**
     * A cell of text a user wrote (an event note, a target id, an error message), made safe for spreadsheets: a
     * cell starting with {@code =}, {@code +}, {@code -} or {@code @} would be evaluated as a formula (a
     * {@code =HYPERLINK(...)} in a note), so it gets a leading single quote, which spreadsheets show as text. A cell
     * that is a number ({@code -3}, {@code +1.5}) is left as it is.
     */
    public static String text(String cell) {
        if (cell == null || cell.isEmpty() || "=+-@".indexOf(cell.charAt(0)) < 0 || isNumber(cell)) {
            return cell;
        }
        return "'" + cell;
    }

    /** The text of a cell written by {@link #text}. */
    public static String fromText(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    private static boolean isNumber(String s) {
        return s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    }

    /** A UTF-8 writer with Unix line ends, quoting only where a field needs it. */
    public static CsvWriter writer(Path file) throws IOException {
        return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8);
    }
}
