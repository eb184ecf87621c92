package org.callup.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.callup.experiments.calibration.FitReport;
import org.callup.results.Target;

/** Prints a fit report as an aligned table: each target's simulated mean and interval against its range. */
final class FitTable {
    private static final String[] HEADER = {
        "target", "window", "reported", "range", "simulated", "95% interval", "inside", "runs", "rel. error", "loss"
    };

    private FitTable() {}

    static void print(PrintWriter out, FitReport fit) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (FitReport.Row r : fit.rows()) {
            Target t = r.target();
            String window =
                    t.dateFrom().equals(t.dateTo()) ? t.dateFrom().toString() : t.dateFrom() + ".." + t.dateTo();
            if (!r.counted()) {
                continue;
            }
            rows.add(new String[] {
                t.id(),
                window,
                ValidationTable.number(t.value()),
                range(t),
                ValidationTable.number(r.mean()),
                interval(r),
                r.inside() ? "yes" : "NO",
                r.runsInside() + "/" + fit.replications(),
                Double.isNaN(r.relativeError()) ? "-" : String.format(Locale.ROOT, "%+.1f%%", 100 * r.relativeError()),
                r.lossShare() == 0 ? "0" : String.format(Locale.ROOT, "%.3g", r.lossShare())
            });
        }
        Columns.print(out, rows, new boolean[] {false, false, true, false, true, false, false, true, true, true});
        List<String> left = fit.rows().stream()
                .filter(r -> !r.counted())
                .map(r -> r.target().id())
                .toList();
        if (!left.isEmpty()) {
            out.println("Not counted (outside the simulated dates, or excluded; the reasons are in fit.csv): "
                    + String.join(", ", left));
        }
    }

    private static String interval(FitReport.Row r) {
        if (Double.isNaN(r.ciLow())) {
            return "-";
        }
        return ValidationTable.number(r.ciLow()) + " - " + ValidationTable.number(r.ciHigh());
    }

    static String range(Target t) {
        String low = Double.isNaN(t.low()) ? "" : ValidationTable.number(t.low());
        String high = Double.isNaN(t.high()) ? "" : ValidationTable.number(t.high());
        if (low.isEmpty()) {
            return "<= " + high;
        }
        return high.isEmpty() ? ">= " + low : low + " - " + high;
    }
}
