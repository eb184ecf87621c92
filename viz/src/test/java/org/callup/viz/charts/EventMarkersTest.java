package org.callup.viz.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.ui.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

        // 200 days on about 1,070 pixels of plot: 5.4 pixels a day, the first three within 27 pixels, the last two
        // 54 apart; on 285 pixels, 1.4 a day: the last two 14 pixels apart, too close for a "4" and its space.
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

    /** The 26 events of the partial mobilization of 2022, by date, as its scenario has them. */
    private static List<MarkedEvent> events2022() {
        int[][] monthDay = {
            {9, 19}, {9, 19}, {9, 19}, {9, 21}, {9, 22}, {9, 23}, {9, 23}, {9, 23}, {9, 23}, {9, 24}, {9, 25},
            {9, 26}, {9, 27}, {9, 27}, {9, 27}, {9, 28}, {9, 29}, {9, 30}, {10, 22}, {10, 28}, {11, 1}, {11, 1},
            {11, 1}, {11, 1}, {11, 1}, {11, 1}
        };
        List<MarkedEvent> out = new ArrayList<>();
        for (int[] md : monthDay) {
            out.add(new MarkedEvent(LocalDate.of(2022, md[0], md[1]), "event"));
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({
        "40, 300",
        "40, 440",
        "40, 757",
        "78, 300",
        "78, 440",
        "78, 560",
        "78, 757",
        "78, 1200",
        "200, 440",
        "200, 1200",
        "400, 1600"
    })
    void numbersOfEventsDaysApartNeverRunIntoEachOtherNorOffThePlot(int days, int width) {
        List<LocalDate> dates = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            dates.add(LocalDate.of(2022, 9, 14).plusDays(d));
        }
        List<MarkedEvent> events = events2022().stream()
                .filter(e -> !e.date().isAfter(dates.get(dates.size() - 1)))
                .toList();

        List<EventMarkers.Group> groups = EventMarkers.groups(events, dates, width);

        // Measured here again: where each line falls, and how wide its number is in the markers' font.
        FontMetrics fm = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB)
                .createGraphics()
                .getFontMetrics(ChartLook.MARKER);
        double plot = width - 110;
        double perDay = plot / (days - 1);
        double previousEnd = Double.NEGATIVE_INFINITY;
        int next = 1;
        for (EventMarkers.Group g : groups) {
            assertEquals(next, g.first(), "every event on one line, in order: " + groups);
            next = g.last() + 1;
            double x = ChronoUnit.DAYS.between(dates.get(0), g.date()) * perDay;
            double w = fm.stringWidth(g.label());
            double from = g.left() ? x - 2 - w : x + 2;
            assertTrue(from >= previousEnd + 2, g.label() + " runs into the number before it at " + width + " px");
            assertTrue(from >= -1 && from + w <= plot + 1, g.label() + " leaves the plot at " + width + " px");
            previousEnd = from + w;
        }
        assertEquals(events.size() + 1, next, "every event is numbered");
    }

    @Test
    void onlyTheTopPanelCarriesTheNumbers() {
        XYPlot top = new XYPlot();
        XYPlot bottom = new XYPlot();
        List<EventMarkers.Group> groups = EventMarkers.groups(List.of(new MarkedEvent(D, "a")), days(10), 800);

        EventMarkers.mark(top, groups, true);
        EventMarkers.mark(bottom, groups, false);
        EventMarkers.mark(top, groups, true);

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
