package org.callup.viz.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
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
    /** Space between a line and its number, in pixels, as {@link #mark} sets it. */
    static final int OFFSET = 2;
    /**
     * Least space between two numbers, in pixels: widths are measured, but the plot's width is estimated (a few
     * pixels off over a chart) and bold numbers 6 pixels apart still read as one ("10-1617-18").
     */
    static final int PAD = 10;
    /** Width taken by the value axis and the margins, in pixels. */
    static final int AXES = 110;
    /** Share of the plot's width the dates take: the time axis leaves 1% empty at each end. */
    private static final double DATES_SHARE = 0.98;

    private static final FontMetrics METRICS = metrics();

    /**
     * Events close enough to share one line: {@code first} and {@code last} are 1-based event numbers; {@code x} is
     * where the line falls, in pixels from the left of the plot, and {@code left} says its number is written left of
     * the line (near the right end of the plot, where it would be cut off).
     */
    record Group(LocalDate date, int first, int last, double x, boolean left) {
        String label() {
            return first == last ? Integer.toString(first) : first + "-" + last;
        }

        /** Where the number is written, from and to, in pixels from the left of the plot. */
        double[] extent() {
            double w = labelWidth(label());
            return left ? new double[] {x - OFFSET - w, x - OFFSET} : new double[] {x + OFFSET, x + OFFSET + w};
        }
    }

    private EventMarkers() {}

    private static FontMetrics metrics() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        FontMetrics fm = g.getFontMetrics(ChartLook.MARKER);
        g.dispose();
        return fm;
    }

    /** The width of an event number such as "10-12" in the font of the lines' numbers, in pixels. */
    static double labelWidth(String label) {
        return METRICS.getStringBounds(label, null).getWidth();
    }

    /**
     * The event lines of a chart {@code width} pixels wide, with their numbers laid out so that no two run into each
     * other: an event gets its own line and number when its number has room beside its neighbour's, and shares the
     * line of the events before it ("5-7") when it does not. Widths are measured in the numbers' font; the plot is
     * taken to be the chart's width less {@value #AXES} pixels of axis and margins.
     */
    static List<Group> groups(List<MarkedEvent> events, List<LocalDate> dates, int width) {
        long span = dates.size() < 2 ? 1 : ChronoUnit.DAYS.between(dates.get(0), dates.get(dates.size() - 1));
        double plot = Math.max(50, width - AXES) * DATES_SHARE;
        LocalDate start = dates.isEmpty() ? null : dates.get(0);
        List<Group> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            LocalDate d = events.get(i).date();
            double x = start == null ? 0 : ChronoUnit.DAYS.between(start, d) * plot / Math.max(1, span);
            out.add(placed(d, i + 1, i + 1, x, plot));
            // Merging lengthens a number ("5" becomes "5-7"), which may then run into the one before: merge again.
            while (out.size() >= 2 && collide(out.get(out.size() - 2), out.get(out.size() - 1))) {
                Group b = out.remove(out.size() - 1);
                Group a = out.remove(out.size() - 1);
                out.add(placed(a.date(), a.first(), b.last(), a.x(), plot));
            }
        }
        return out;
    }

    /** A group with its number right of its line, or left of it where the right would pass the plot's end. */
    private static Group placed(LocalDate date, int first, int last, double x, double plot) {
        Group right = new Group(date, first, last, x, false);
        return right.extent()[1] > plot ? new Group(date, first, last, x, true) : right;
    }

    private static boolean collide(Group a, Group b) {
        double[] ea = a.extent();
        double[] eb = b.extent();
        return a.x() == b.x() || (eb[0] < ea[1] + PAD && ea[0] < eb[1] + PAD);
    }

    /** Replaces the event lines of {@code plot}; numbers are drawn only when {@code numbered}, where the group says. */
    static void mark(XYPlot plot, List<Group> groups, boolean numbered) {
        plot.clearDomainMarkers();
        for (Group g : groups) {
            ValueMarker m = new ValueMarker(ChartLook.x(g.date()), LINE, STROKE);
            if (numbered) {
                m.setLabel(g.label());
                m.setLabelFont(ChartLook.MARKER);
                m.setLabelPaint(LINE);
                m.setLabelAnchor(g.left() ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(g.left() ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
                m.setLabelOffset(new RectangleInsets(2, OFFSET, 2, OFFSET));
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
