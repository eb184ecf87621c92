package org.callup.viz.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.ui.Layer;
import org.junit.jupiter.api.Test;

class EventMarkersTest {
    private static final LocalDate D = LocalDate.of(2022, 9, 21);

    private static List<LocalDate> days(int n) {
        List<LocalDate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(D.plusDays(i));
        }
        return out;
    }

    @Test
    void eventsTooCloseToBeNumberedApartShareOneLine() {
        List<MarkedEvent> events = List.of(
                new MarkedEvent(D, "decree"),
                new MarkedEvent(D.plusDays(2), "IT exempt"),
                new MarkedEvent(D.plusDays(5), "foot crossing"),
                new MarkedEvent(D.plusDays(30), "visas refused"),
                new MarkedEvent(D.plusDays(40), "declared over"));

        // 200 days on about 1,100 pixels of plot: lines 7 days apart are 36 pixels apart; on 290 pixels, 25 days.
        List<EventMarkers.Group> wide = EventMarkers.groups(events, days(200), 1200);
        List<EventMarkers.Group> narrow = EventMarkers.groups(events, days(200), 400);
        List<EventMarkers.Group> short20Days = EventMarkers.groups(events, days(20), 1200);

        assertEquals(
                List.of("1-3", "4", "5"),
                wide.stream().map(EventMarkers.Group::label).toList());
        assertEquals(D, wide.get(0).date());
        assertEquals(
                List.of("1-3", "4-5"),
                narrow.stream().map(EventMarkers.Group::label).toList());
        assertEquals(
                List.of("1", "2", "3", "4", "5"),
                short20Days.stream().map(EventMarkers.Group::label).toList());
    }

    @Test
    void onlyTheTopPanelCarriesTheNumbers() {
        XYPlot top = new XYPlot();
        XYPlot bottom = new XYPlot();
        List<EventMarkers.Group> groups = EventMarkers.groups(List.of(new MarkedEvent(D, "a")), days(10), 800);

        EventMarkers.mark(top, groups, true, days(10));
        EventMarkers.mark(bottom, groups, false, days(10));
        EventMarkers.mark(top, groups, true, days(10));

        ValueMarker t = (ValueMarker)
                top.getDomainMarkers(0, Layer.FOREGROUND).iterator().next();
        ValueMarker b = (ValueMarker)
                bottom.getDomainMarkers(0, Layer.FOREGROUND).iterator().next();
        assertEquals(1, top.getDomainMarkers(0, Layer.FOREGROUND).size(), "marking again replaces the lines");
        assertEquals("1", t.getLabel());
        assertEquals(null, b.getLabel());
        assertEquals(ChartLook.x(D), t.getValue());
    }

    @Test
    void theListNumbersDatesAndShortensLongLabels() {
        String longLabel = "x".repeat(200);
        List<String> lines = EventMarkers.legend(
                List.of(new MarkedEvent(D, "Partial mobilization"), new MarkedEvent(D.plusDays(2), longLabel)));

        assertEquals("1  21 Sep  Partial mobilization", lines.get(0));
        assertTrue(lines.get(1).startsWith("2  23 Sep  xxx"));
        assertTrue(lines.get(1).length() < 90, lines.get(1));
    }
}
