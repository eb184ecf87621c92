package org.callup.viz.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.callup.model.observe.Metric;
import org.callup.viz.charts.RunHistory.Band;
import org.callup.viz.charts.RunHistory.PostRef;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;

/**
 * Crossings per day (top) and the expected wait of a newcomer (bottom) at the busiest border posts, in the same
 * colour per post in both panels. The 24-hour line is the wait reported at Upper Lars and the Kazakh posts in the
 * last week of September 2022 (seed 001).
 */
public final class BorderChart implements RunChart {
    /** Posts named in the legend; the others are summed into one grey line of crossings. */
    static final int SHOWN = 7;

    @Override
    public String fileName() {
        return "borders";
    }

    @Override
    public JFreeChart create() {
        XYPlot crossings =
                ChartLook.plot(new XYSeriesCollection(), ChartLook.countAxis("Crossings per day"), ChartLook.lines());
        Bands.install(crossings);
        XYLineAndShapeRenderer waitLines = ChartLook.lines();
        waitLines.setBaseSeriesVisibleInLegend(false);
        XYPlot waits = ChartLook.plot(new XYSeriesCollection(), ChartLook.countAxis("Wait, hours"), waitLines);
        ValueMarker day = new ValueMarker(24, new Color(0x99, 0x99, 0x99), new BasicStroke(1f));
        day.setLabel("24 hours");
        day.setLabelFont(ChartLook.TICK);
        day.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        day.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        waits.addRangeMarker(day);
        Bands.install(waits);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(ChartLook.dateAxis());
        plot.setGap(12);
        plot.add(crossings, 3);
        plot.add(waits, 2);
        JFreeChart chart = ChartLook.chart("Border crossings and waits at the busiest posts", plot);
        chart.addSubtitle(ChartLook.caption());
        return chart;
    }

    @Override
    public void update(JFreeChart chart, RunHistory h, int width) {
        List<XYPlot> plots = subplots(chart);
        List<PostRef> shown = PostSelection.busiest(h, SHOWN);
        XYSeriesCollection crossings = new XYSeriesCollection();
        XYSeriesCollection waits = new XYSeriesCollection();
        XYLineAndShapeRenderer cr = (XYLineAndShapeRenderer) plots.get(0).getRenderer();
        XYLineAndShapeRenderer wr = (XYLineAndShapeRenderer) plots.get(1).getRenderer();
        double[] others = h.series(Metric.CROSSINGS_OUT, "all");
        List<Band> crossingBands = new ArrayList<>();
        List<Band> waitBands = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            PostRef p = shown.get(i);
            double[] c = h.series(Metric.CROSSINGS_OUT, p.scope());
            crossings.addSeries(ChartData.line(p.label(), h.dates(), c));
            waits.addSeries(ChartData.line(p.label(), h.dates(), h.series(Metric.QUEUE_WAIT_HOURS, p.scope())));
            crossingBands.add(ChartData.band(h, Metric.CROSSINGS_OUT, p.scope()));
            waitBands.add(ChartData.band(h, Metric.QUEUE_WAIT_HOURS, p.scope()));
            Color colour = PostSelection.colour(h, p);
            cr.setSeriesPaint(i, colour);
            wr.setSeriesPaint(i, colour);
            others = ChartData.minus(others, c);
        }
        int hidden = h.posts().size() - shown.size();
        if (hidden > 0) {
            crossings.addSeries(ChartData.line(hidden + " other posts", h.dates(), others));
            cr.setSeriesPaint(shown.size(), PostSelection.OTHERS);
        }
        plots.get(0).setDataset(crossings);
        plots.get(1).setDataset(waits);
        Bands.set(plots.get(0), h.dates(), crossingBands);
        Bands.set(plots.get(1), h.dates(), waitBands);
        ChartData.finish(plots, h, width);
        double total = PostSelection.sum(h.series(Metric.CROSSINGS_OUT, "all"));
        ChartData.caption(
                chart,
                h.caption()
                        + String.format(Locale.ENGLISH, "  \u00b7  %,.0f crossings out so far, all posts", total)
                        + ChartData.bandNote(h));
    }

    @SuppressWarnings("unchecked")
    static List<XYPlot> subplots(JFreeChart chart) {
        return new ArrayList<>(((CombinedDomainXYPlot) chart.getPlot()).getSubplots());
    }
}
