package org.callup.viz.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;

/**
 * Marks the policy events on a time axis. Events are numbered in date order; a vertical line carries the numbers
 * and a list elsewhere gives the number, date and label of each, because the labels of events a few days apart
 * (21, 23, 24, 26 September) cannot be written beside their lines without running into each other.
 */
public final class EventMarkers {
    private static final Color LINE = new Color(0x55, 0x55, 0x55);
    private static final BasicStroke STROKE =
            new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {3f, 3f}, 0f);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final int MAX_LABEL = 70;
    /** Room a number such as "10-12" needs beside its line, in pixels. */
    static final int LABEL_SPACING = 36;
    /** Width taken by the value axis and the margins, in pixels. */
    private static final int AXES = 110;

    /** Events close enough to share one line: {@code first} and {@code last} are 1-based event numbers. */
    record Group(LocalDate date, int first, int last) {
        String label() {
            return first == last ? Integer.toString(first) : first + "-" + last;
        }
    }

    private EventMarkers() {}

    /**
     * Groups events whose lines would be closer than {@value #LABEL_SPACING} pixels on a chart {@code width} pixels
     * wide, so that the numbers on neighbouring lines do not run into each other.
     */
    static List<Group> groups(List<MarkedEvent> events, List<LocalDate> dates, int width) {
        long span = dates.size() < 2 ? 1 : ChronoUnit.DAYS.between(dates.get(0), dates.get(dates.size() - 1));
        double daysPerPixel = span / (double) Math.max(50, width - AXES);
        long gap = Math.max(1, (long) Math.ceil(LABEL_SPACING * daysPerPixel));
        List<Group> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            LocalDate d = events.get(i).date();
            Group last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && ChronoUnit.DAYS.between(last.date(), d) < gap) {
                out.set(out.size() - 1, new Group(last.date(), last.first(), i + 1));
            } else {
                out.add(new Group(d, i + 1, i + 1));
            }
        }
        return out;
    }

    /**
     * Replaces the event lines of {@code plot}; numbers are drawn only when {@code numbered}, right of their line, or
     * left of it near the end of the run, where they would be cut off.
     */
    static void mark(XYPlot plot, List<Group> groups, boolean numbered, List<LocalDate> dates) {
        plot.clearDomainMarkers();
        LocalDate late = dates.isEmpty()
                ? LocalDate.MAX
                : dates.get(0).plusDays(ChronoUnit.DAYS.between(dates.get(0), dates.get(dates.size() - 1)) * 9 / 10);
        for (Group g : groups) {
            boolean left = g.date().isAfter(late);
            ValueMarker m = new ValueMarker(ChartLook.x(g.date()), LINE, STROKE);
            if (numbered) {
                m.setLabel(g.label());
                m.setLabelFont(ChartLook.MARKER);
                m.setLabelPaint(LINE);
                m.setLabelAnchor(left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(left ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
                m.setLabelOffset(new RectangleInsets(2, 2, 2, 2));
            }
            plot.addDomainMarker(0, m, Layer.FOREGROUND, false);
        }
    }

    /** One entry per event: {@code 3  26 Sep  Upper Lars opens to pedestrians}. */
    public static List<String> legend(List<MarkedEvent> events) {
        List<String> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            MarkedEvent e = events.get(i);
            String label =
                    e.label().length() > MAX_LABEL ? e.label().substring(0, MAX_LABEL - 1) + "\u2026" : e.label();
            out.add((i + 1) + "  " + DAY.format(e.date()) + "  " + label);
        }
        return out;
    }
}
