package org.callup.viz.charts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.callup.model.observe.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.data.xy.XYSeries;

/** Turns a run's daily values into JFreeChart series, and rewrites what every chart shows besides its data. */
final class ChartData {
    private ChartData() {}

    /** A line; NaN stays NaN, so the line has a gap where the run has no value. */
    static XYSeries line(String key, List<LocalDate> dates, double[] values) {
        XYSeries s = new XYSeries(key, false, false);
        for (int d = 0; d < dates.size(); d++) {
            s.add(ChartLook.x(dates.get(d)), values[d], false);
        }
        return s;
    }

    /** A layer of a stack: a missing value counts as zero so the layers above it keep their place. */
    static XYSeries layer(String key, List<LocalDate> dates, double[] values) {
        XYSeries s = new XYSeries(key, false, false);
        for (int d = 0; d < dates.size(); d++) {
            s.add(ChartLook.x(dates.get(d)), Double.isNaN(values[d]) ? 0.0 : values[d], false);
        }
        return s;
    }

    static double[] minus(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (Double.isNaN(a[i]) ? 0 : a[i]) - (Double.isNaN(b[i]) ? 0 : b[i]);
        }
        return out;
    }

    /** The band of a series, or null where the run has none (a single run). */
    static RunHistory.Band band(RunHistory h, Metric metric, String scope) {
        return h.band(metric, scope).orElse(null);
    }

    /** What the shading means, for a caption: empty when the chart has no bands. */
    static String bandNote(RunHistory h) {
        String label = h.bandLabel();
        return label == null ? "" : "  \u00b7  shaded: " + label;
    }

    /** The value of the last day, or 0 before the first. */
    static double last(double[] v) {
        return v.length == 0 || Double.isNaN(v[v.length - 1]) ? 0 : v[v.length - 1];
    }

    /** Sets the caption made by {@link ChartLook#caption()}, the chart's first subtitle. */
    static void caption(JFreeChart chart, String text) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle tt) {
                tt.setText(text);
                return;
            }
        }
    }

    /**
     * Fits every value axis to the new data. A panel of a combined plot fits its axis to the dates the shared axis
     * showed before the update, so without this the first panel of a chart keeps the range of its previous data.
     */
    static void rescale(List<XYPlot> plots) {
        for (XYPlot p : plots) {
            p.configureRangeAxes();
        }
    }

    /** Ends an update: fits the axes and marks the events on every panel; only the top one carries the numbers. */
    static void finish(List<XYPlot> plots, RunHistory h, int width) {
        rescale(plots);
        ValueAxis time = plots.get(0).getDomainAxis();
        String years = ChartLook.years(h.dates());
        if (time != null && !Objects.equals(years, time.getLabel())) {
            time.setLabel(years);
        }
        List<EventMarkers.Group> groups = EventMarkers.groups(h.events(), h.dates(), width);
        for (int i = 0; i < plots.size(); i++) {
            EventMarkers.mark(plots.get(i), groups, i == 0);
        }
    }
}
