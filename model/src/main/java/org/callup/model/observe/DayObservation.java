package org.callup.model.observe;

import java.time.LocalDate;

/**
 * What the model reports at the end of one simulated day: every metric in every scope (NaN where a metric does not
 * apply to a scope). Immutable once emitted.
 */
public final class DayObservation {
    private final ObservationSpace space;
    private final int day;
    private final LocalDate date;
    private final double[] values;

    public DayObservation(ObservationSpace space, int day, LocalDate date, double[] values) {
        if (values.length != space.size()) {
            throw new IllegalArgumentException("values has " + values.length + " entries, expected " + space.size());
        }
        this.space = space;
        this.day = day;
        this.date = date;
        this.values = values;
    }

    public ObservationSpace space() {
        return space;
    }

    /** Day index from 0 (the scenario's start date). */
    public int day() {
        return day;
    }

    public LocalDate date() {
        return date;
    }

    public double get(Metric m, int scope) {
        return values[space.index(m, scope)];
    }

    /** Value for a scope name such as {@code post:upper_lars}; NaN if the scope is unknown or does not apply. */
    public double get(Metric m, String scope) {
        int s = space.scopeIndex(scope);
        return s < 0 ? Double.NaN : values[space.index(m, s)];
    }

    public double all(Metric m) {
        return get(m, 0);
    }
}
