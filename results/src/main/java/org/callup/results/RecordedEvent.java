package org.callup.results;

import java.time.LocalDate;

/** A policy event as it fired during a run: the day index from 0, its date and its label. */
public record RecordedEvent(int day, LocalDate date, String label) {
    public RecordedEvent {
        if (day < 0) {
            throw new IllegalArgumentException("day must be non-negative, was " + day);
        }
        if (date == null) {
            throw new IllegalArgumentException("date is required");
        }
        label = label == null ? "" : label;
    }
}
