package org.callup.results;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.callup.model.observe.Metric;

/**
 * How numbers and missing values look in callup's CSV files, so that R's {@code read.csv} and pandas'
 * {@code read_csv} read them without options: plain integers where the value is whole, shortest round-trip
 * decimal otherwise, {@code NA} for a missing value (both read it as missing), never an exponent.
 *
 * <p>The values of a metric are written by its kind ({@link #value}, {@link #mean}): a count (a flow or a stock) as
 * a whole number, since the model counts whole simulated men times the scale and any fraction is floating-point
 * noise ({@code 26665.000000000004}); a level to {@value #LEVEL_DIGITS} significant digits. A statistic across
 * replications (mean, standard deviation, interval) of a count keeps one decimal.
 */
public final class CsvValues {
    public static final String MISSING = "NA";
    /** Significant digits of a level (a wait in hours, a fare, a quota). */
    public static final int LEVEL_DIGITS = 6;

    private static final MathContext LEVEL = new MathContext(LEVEL_DIGITS, RoundingMode.HALF_UP);

    private CsvValues() {}

    public static String format(double v) {
        if (Double.isNaN(v)) {
            return MISSING;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /**
     * A daily value of a metric: a count rounded to a whole number, a level to {@value #LEVEL_DIGITS} significant
     * digits. A metric callup does not know is written as {@link #format} writes any number.
     */
    public static String value(String metric, double v) {
        Metric.Kind kind = kind(metric);
        if (kind == null || Double.isNaN(v)) {
            return format(v);
        }
        return kind == Metric.Kind.LEVEL ? significant(v) : whole(v);
    }

    /**
     * A statistic across replications of a metric (a mean, a standard deviation, a bound of an interval): a count
     * with one decimal, a level to {@value #LEVEL_DIGITS} significant digits.
     */
    public static String mean(String metric, double v) {
        Metric.Kind kind = kind(metric);
        if (kind == null || Double.isNaN(v)) {
            return format(v);
        }
        return kind == Metric.Kind.LEVEL ? significant(v) : decimals(v, 1);
    }

    /** A number rounded to a whole number, without an exponent. */
    public static String whole(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return format(v);
        }
        return plain(new BigDecimal(v).setScale(0, RoundingMode.HALF_UP));
    }

    /** A number rounded to {@code places} decimals, trailing zeros dropped: 5544.55 to 1 place is 5544.6, 3.0 is 3. */
    public static String decimals(double v, int places) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return format(v);
        }
        return plain(new BigDecimal(v).setScale(places, RoundingMode.HALF_UP));
    }

    /** A number to {@value #LEVEL_DIGITS} significant digits, trailing zeros dropped. */
    public static String significant(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return format(v);
        }
        return plain(new BigDecimal(v).round(LEVEL));
    }

    private static String plain(BigDecimal d) {
        String s = d.stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    private static Metric.Kind kind(String metric) {
        Metric m = Metric.byKey(metric);
        return m == null ? null : m.kind();
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
                ? cell.substring(1)
                : cell;
    }

    private static boolean isNumber(String s) {
        return s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    }

    /** A UTF-8 writer with Unix line ends, quoting only where a field needs it. */
    public static CsvWriter writer(Path file) throws IOException {
        return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8);
    }
}
