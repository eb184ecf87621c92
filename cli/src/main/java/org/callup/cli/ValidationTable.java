package org.callup.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.callup.results.Target;
import org.callup.results.ValidationResult;

/**
 * Prints validation results as an aligned text table, with the reasons for targets that are not applicable or not
 * answered below it. The reported value stands beside the range because the relative error is measured from it,
 * and a value can be inside a wide range (a "more than" figure) and far from the figure reported.
 */
final class ValidationTable {
    /** Narrow enough for a terminal; metric, scope and statistic are in the CSV and the targets file. */
    private static final String[] HEADER = {
        "target", "window", "simulated", "reported", "range", "inside", "vs reported"
    };

    private static final int SIMULATED = 2;
    private static final int REPORTED = 3;
    private static final int ERROR = 6;

    private ValidationTable() {}

    static void print(PrintWriter out, List<ValidationResult> results) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ValidationResult r : results) {
            rows.add(row(r));
        }
        int[] width = widths(rows);
        for (String[] row : rows) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                String cell = pad(row[c], width[c], c == SIMULATED || c == REPORTED || c == ERROR);
                sb.append(cell).append(c + 1 < row.length ? "  " : "");
            }
            out.println(sb.toString().stripTrailing());
        }
        for (ValidationResult r : results) {
            if (!r.reason().isEmpty()) {
                out.println(r.target().id() + ": " + (r.applicable() ? "" : "not applicable: ") + r.reason());
            }
        }
    }

    private static String[] row(ValidationResult r) {
        Target t = r.target();
        String window = t.dateFrom().equals(t.dateTo()) ? t.dateFrom().toString() : t.dateFrom() + ".." + t.dateTo();
        return new String[] {
            t.id(), window, number(r.simulated()), number(t.value()), range(t), inside(r), percent(r.relativeError())
        };
    }

    private static String inside(ValidationResult r) {
        if (!r.applicable()) {
            return "n/a";
        }
        return r.inside() ? "yes" : "NO";
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (Math.abs(v) >= 100 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static String range(Target t) {
        String low = Double.isNaN(t.low()) ? "" : number(t.low());
        String high = Double.isNaN(t.high()) ? "" : number(t.high());
        if (low.isEmpty()) {
            return "<= " + high;
        }
        return high.isEmpty() ? ">= " + low : low + " - " + high;
    }

    private static String percent(double rel) {
        return Double.isNaN(rel) ? "-" : String.format(Locale.ROOT, "%+.1f%%", rel * 100);
    }

    private static int[] widths(List<String[]> rows) {
        int[] w = new int[HEADER.length];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                w[c] = Math.max(w[c], r[c].length());
            }
        }
        return w;
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(width - s.length());
        return right ? fill + s : s + fill;
    }
}
