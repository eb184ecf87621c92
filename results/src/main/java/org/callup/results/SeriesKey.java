package org.callup.results;

import java.util.Comparator;

/**
 * Names one daily series of a run: a scope ({@code all}, {@code region:<id>}, {@code country:<destination>},
 * {@code post:<id>}) and a metric key of the model's observation vocabulary. Kept as strings so that a run folder
 * written by another version of callup can still be read.
 */
public record SeriesKey(String scope, String metric) {
    /** Orders by scope, then metric; the order rows have in the CSV files is the recorder's, not this one. */
    public static final Comparator<SeriesKey> BY_SCOPE_THEN_METRIC =
            Comparator.comparing(SeriesKey::scope).thenComparing(SeriesKey::metric);

    public SeriesKey {
        if (scope == null || scope.isBlank()) {
            throw new IllegalArgumentException("scope is required");
        }
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("metric is required");
        }
    }

    @Override
    public String toString() {
        return metric + " @ " + scope;
    }
}
