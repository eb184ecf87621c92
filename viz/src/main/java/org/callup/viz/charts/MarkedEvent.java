package org.callup.viz.charts;

import java.time.LocalDate;

/** A policy event as charts mark it on the time axis: the date it fired and its label. */
public record MarkedEvent(LocalDate date, String label) {
    public MarkedEvent {
        if (date == null) {
            throw new IllegalArgumentException("date is required");
        }
        label = label == null ? "" : label.strip();
    }
}
