package org.callup.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.callup.results.Target;
import org.callup.results.ValidationResult;

/**
 * The validation of a run against the reported record, as a table: the targets outside their range first, then
 * those inside, then those the run's dates do not cover; each with its reported value, range and source.
 */
final class ValidationTable {
    private static final List<Page.Column> HEADER = List.of(
            new Page.Column("target", ""),
            new Page.Column("window", ""),
            new Page.Column("reported", "num"),
            new Page.Column("range", "num"),
            new Page.Column("simulated", "num"),
            new Page.Column("rel. error", "num"),
            new Page.Column("result", ""),
            new Page.Column("source", ""));

    private ValidationTable() {}

    static Page.Table of(List<ValidationResult> results, String targetsLabel) {
        List<ValidationResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingInt(ValidationTable::order));
        List<Page.Row> rows = new ArrayList<>();
        for (ValidationResult r : sorted) {
            Target t = r.target();
            String verdict = !r.applicable() ? "n/a" : r.inside() ? "inside" : "OUTSIDE";
            String css = !r.applicable() ? "na" : r.inside() ? "pass" : "fail";
            String simulated = r.applicable() ? Format.number(r.simulated()) : "";
            rows.add(new Page.Row(
                    List.of(
                            Page.Cell.of(t.id() + " (" + t.statistic().name().toLowerCase(java.util.Locale.ROOT)
                                    + " of " + t.metric() + ", " + t.scope() + ")"),
                            Page.Cell.of(window(t)),
                            Page.Cell.num(Format.number(t.value())),
                            Page.Cell.num(range(t)),
                            Page.Cell.num(simulated),
                            Page.Cell.num(r.applicable() ? Format.percent(r.relativeError()) : ""),
                            new Page.Cell(
                                    verdict + (r.reason().isEmpty() || !r.applicable() ? "" : ": " + r.reason()),
                                    "verdict"),
                            Page.Cell.linked(
                                    t.source() + (t.trust().isEmpty() ? "" : " [" + t.trust() + "]"), "source")),
                    css));
        }
        return new Page.Table(
                "Targets of " + targetsLabel,
                HEADER,
                rows,
                "Outside first. A target whose window is not within the run's dates is n/a and does not count. "
                        + "Relative error: (simulated - reported) / reported.");
    }

    static String window(Target t) {
        return t.dateFrom().equals(t.dateTo()) ? t.dateFrom().toString() : t.dateFrom() + " to " + t.dateTo();
    }

    static String range(Target t) {
        return range(t.low(), t.high());
    }

    /** A target's range; an open side (NaN) is said in words. */
    static String range(double low, double high) {
        if (Double.isNaN(high)) {
            return "at least " + Format.number(low);
        }
        if (Double.isNaN(low)) {
            return "at most " + Format.number(high);
        }
        return Format.number(low) + " to " + Format.number(high);
    }

    private static int order(ValidationResult r) {
        return !r.applicable() ? 2 : r.inside() ? 1 : 0;
    }
}
