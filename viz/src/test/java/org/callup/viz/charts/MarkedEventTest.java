package org.callup.viz.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkedEventTest {
    private static final LocalDate D = LocalDate.of(2022, 9, 30);

    @Test
    void oneEventPerDateAndLabel() {
        // Finland refused tourist visas at each of its two posts: two events of the scenario, one for the reader.
        List<MarkedEvent> events = List.of(
                new MarkedEvent(D, "Finland refuses tourist visas"),
                new MarkedEvent(D, "Finland refuses tourist visas "),
                new MarkedEvent(D, "Another"),
                new MarkedEvent(D.plusDays(1), "Finland refuses tourist visas"));
        assertEquals(List.of(events.get(0), events.get(2), events.get(3)), MarkedEvent.distinct(events));
        assertEquals(3, EventMarkers.legend(MarkedEvent.distinct(events)).size());
    }
}
