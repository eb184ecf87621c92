package org.callup.viz.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYDataset;
import org.jfree.ui.HorizontalAlignment;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

/**
 * The one look of every callup chart, on screen and on paper: fonts, axes, background and line widths. Dates are
 * placed at midnight UTC so that a day never shifts with the viewer's time zone or a change of summer time.
 */
final class ChartLook {
    static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    static final String FONT = Font.SANS_SERIF;
    static final Font TITLE = new Font(FONT, Font.BOLD, 16);
    static final Font SUBTITLE = new Font(FONT, Font.PLAIN, 12);
    static final Font AXIS_LABEL = new Font(FONT, Font.PLAIN, 12);
    static final Font TICK = new Font(FONT, Font.PLAIN, 11);
    static final Font LEGEND = new Font(FONT, Font.PLAIN, 11);
    static final Font MARKER = new Font(FONT, Font.BOLD, 11);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    static final Color TEXT = new Color(0x33, 0x33, 0x33);
    static final BasicStroke LINE = new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final BasicStroke DASHED =
            new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f);

    private ChartLook() {}

    /** The years a run covers, as the label of its time axis: {@code 2022} or {@code 2022-2023}. */
    static String years(List<LocalDate> dates) {
        if (dates.isEmpty()) {
            return null;
        }
        int first = dates.get(0).getYear();
        int last = dates.get(dates.size() - 1).getYear();
        return first == last ? Integer.toString(first) : first + "-" + last;
    }

    static double x(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    static DateAxis dateAxis() {
        DateAxis axis = new DateAxis(null, UTC, Locale.ENGLISH);
        axis.setStandardTickUnits(dayTicks());
        style(axis);
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        return axis;
    }

    /**
     * Ticks on whole days or months only: a ten-day run would otherwise get a tick every 12 hours, each day's label
     * written twice. Days and months only, the years go in the axis label, so the last label fits at the right edge.
     */
    private static TickUnits dayTicks() {
        SimpleDateFormat day = new SimpleDateFormat("d MMM", Locale.ENGLISH);
        day.setTimeZone(UTC);
        SimpleDateFormat month = new SimpleDateFormat("MMM", Locale.ENGLISH);
        month.setTimeZone(UTC);
        TickUnits units = new TickUnits();
        for (int days : new int[] {1, 2, 7, 14}) {
            units.add(new DateTickUnit(DateTickUnitType.DAY, days, day));
        }
        for (int months : new int[] {1, 2, 3, 6}) {
            units.add(new DateTickUnit(DateTickUnitType.MONTH, months, month));
        }
        return units;
    }

    /** An axis of persons or counts: whole numbers with thousands separators, from zero. */
    static NumberAxis countAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
        axis.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ENGLISH));
        axis.setAutoRangeIncludesZero(true);
        axis.setAutoRangeMinimumSize(10);
        axis.setRangeType(RangeType.POSITIVE);
        // Taller label boxes make the axis choose fewer ticks (every 20,000 rather than 10,000 men).
        axis.setTickLabelInsets(new RectangleInsets(5, 4, 5, 4));
        style(axis);
        return axis;
    }

    static void style(Axis axis) {
        axis.setLabelFont(AXIS_LABEL);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(TEXT);
    }

    static XYPlot plot(XYDataset data, NumberAxis range, XYItemRenderer renderer) {
        XYPlot plot = new XYPlot(data, null, range, renderer);
        stylePlot(plot);
        return plot;
    }

    static void stylePlot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /** Lines without point shapes, in the width every chart uses. */
    static XYLineAndShapeRenderer lines() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setBaseStroke(LINE);
        r.setAutoPopulateSeriesStroke(false);
        return r;
    }

    static JFreeChart chart(String title, Plot plot) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setPaint(TEXT);
        chart.setPadding(new RectangleInsets(6, 6, 6, 24));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(LEGEND);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        return chart;
    }

    /** A line of small text under the title, left-aligned, that charts rewrite as the run goes on. */
    static TextTitle caption() {
        TextTitle t = new TextTitle("", SUBTITLE);
        t.setPaint(TEXT);
        t.setPosition(RectangleEdge.TOP);
        t.setHorizontalAlignment(HorizontalAlignment.CENTER);
        return t;
    }
}
