package org.callup.results;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells that name a target in every table that lists targets (validation, fit report, posterior predictive):
 * its key ({@code id} to {@code date_to}) and its reported value with its range. One place, so that the tables
 * cannot drift apart in how they write a target.
 */
public final class TargetCells {
    public static final List<String> KEY_HEADER = List.of("id", "metric", "scope", "statistic", "date_from", "date_to");

    private TargetCells() {}

    /** A new row that starts with the target's key cells, for the caller to complete. */
    public static List<String> key(Target t) {
        List<String> row = new ArrayList<>();
        row.add(CsvValues.text(t.id()));
        row.add(CsvValues.text(t.metric()));
        row.add(CsvValues.text(t.scope()));
        row.add(t.statistic().key());
        row.add(t.dateFrom().toString());
        row.add(t.dateTo().toString());
        return row;
    }

    /** Appends the reported value and its range to a row. */
    public static List<String> addRange(List<String> row, Target t) {
        row.add(CsvValues.format(t.value()));
        row.add(CsvValues.format(t.low()));
        row.add(CsvValues.format(t.high()));
        return row;
    }

    /** A header: the key's columns, then the given ones. */
    public static List<String> header(String... rest) {
        List<String> h = new ArrayList<>(KEY_HEADER);
        h.addAll(List.of(rest));
        return List.copyOf(h);
    }
}
