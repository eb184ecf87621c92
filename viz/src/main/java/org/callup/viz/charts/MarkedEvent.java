package org.callup.viz.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** A policy event as charts mark it on the time axis: the date it fired and its label. */
public record MarkedEvent(LocalDate date, String label) {
    public MarkedEvent {
        if (date == null) {
            throw new IllegalArgumentException("date is required");
        }
        label = label == null ? "" : label.strip();
    }

    /**
     * The events with each (date, label) once, in their order. One policy may be several events of the scenario
     * (Finland refusing tourist visas at each of its two posts on the same day); a reader of a chart sees one.
     */
    public static List<MarkedEvent> distinct(List<MarkedEvent> events) {
        return List.copyOf(new ArrayList<>(new LinkedHashSet<>(events)));
    }
}
