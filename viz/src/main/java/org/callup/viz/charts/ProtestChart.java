package org.callup.viz.charts;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.callup.model.observe.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Protest and repression: men joining protests and protesters arrested per day (top), attacks on draft offices per
 * day (bottom, as bars: they are a handful, on a scale of their own).
 */
public final class ProtestChart implements RunChart {
    private static final double DAY_MS = 86_400_000.0;

    @Override
    public String fileName() {
        return "protest";
    }

    @Override
    public JFreeChart create() {
        XYLineAndShapeRenderer lines = ChartLook.lines();
        lines.setSeriesPaint(0, new Color(0xFF7F0E));
        lines.setSeriesPaint(1, new Color(0x393B79));
        XYPlot people = ChartLook.plot(new XYSeriesCollection(), ChartLook.countAxis("Men per day"), lines);
        XYBarRenderer bars = new XYBarRenderer(0.15);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0xD62728));
        XYPlot attacks = ChartLook.plot(new XYSeriesCollection(), ChartLook.countAxis("Attacks"), bars);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(ChartLook.dateAxis());
        plot.setGap(12);
        plot.add(people, 3);
        plot.add(attacks, 1);
        JFreeChart chart = ChartLook.chart("Protests, arrests and attacks on draft offices", plot);
        chart.addSubtitle(ChartLook.caption());
        return chart;
    }

    @Override
    public void update(JFreeChart chart, RunHistory h, int width) {
        List<XYPlot> plots = BorderChart.subplots(chart);
        XYSeriesCollection people = new XYSeriesCollection();
        double[] protesters = h.series(Metric.PROTESTERS, "all");
        double[] arrests = h.series(Metric.PROTEST_ARRESTS, "all");
        people.addSeries(ChartData.line("Joining a protest", h.dates(), protesters));
        people.addSeries(ChartData.line("Arrested at a protest", h.dates(), arrests));
        double[] attacks = h.series(Metric.OFFICE_ATTACKS, "all");
        XYSeriesCollection bars = new XYSeriesCollection();
        bars.addSeries(ChartData.layer("Attacks on offices", h.dates(), attacks));
        bars.setIntervalWidth(DAY_MS);
        plots.get(0).setDataset(people);
        plots.get(1).setDataset(bars);
        ChartData.finish(plots, h, width);
        ChartData.caption(chart, h.caption() + String.format(Locale.ENGLISH,
                "  \u00b7  so far: %,.0f arrested, %,.0f offices attacked", PostSelection.sum(arrests),
                PostSelection.sum(attacks)));
    }
}
