package org.callup.viz.charts;

import java.awt.Color;
import java.util.Arrays;
import java.util.Collections;
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
 * Protest and repression, in three panels on one time axis, each on a scale of its own: men joining protests per
 * day (top), protesters arrested per day and those of them served a summons at the police station (middle: tens to
 * hundreds, which on the protesters' scale of thousands would lie flat on zero), attacks on draft offices per day
 * (bottom, as bars: they are a handful).
 */
public final class ProtestChart implements RunChart {
    private static final double DAY_MS = 86_400_000.0;

    /** The legend of protest_summonses: arrested men served a summons at the police station. */
    static final String SUMMONED = "Arrested and served a summons at the station";

    @Override
    public String fileName() {
        return "protest";
    }

    @Override
    public JFreeChart create() {
        XYPlot people = linePlot("Joining, per day", new Color(0xFF7F0E));
        XYPlot arrested = linePlot("Arrested, per day", new Color(0x393B79));
        arrested.getRenderer().setSeriesPaint(1, new Color(0x17BECF));
        XYBarRenderer bars = new XYBarRenderer(0.15);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0xD62728));
        XYPlot attacks = ChartLook.plot(new XYSeriesCollection(), ChartLook.countAxis("Attacks"), bars);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(ChartLook.dateAxis());
        plot.setGap(12);
        plot.add(people, 3);
        plot.add(arrested, 2);
        plot.add(attacks, 1);
        JFreeChart chart = ChartLook.chart("Protests, arrests and attacks on draft offices", plot);
        chart.addSubtitle(ChartLook.caption());
        return chart;
    }

    private static XYPlot linePlot(String axis, Color colour) {
        XYLineAndShapeRenderer lines = ChartLook.lines();
        lines.setSeriesPaint(0, colour);
        XYPlot plot = ChartLook.plot(new XYSeriesCollection(), ChartLook.countAxis(axis), lines);
        Bands.install(plot);
        return plot;
    }

    @Override
    public void update(JFreeChart chart, RunHistory h, int width) {
        List<XYPlot> plots = BorderChart.subplots(chart);
        double[] protesters = h.series(Metric.PROTESTERS, "all");
        double[] arrests = h.series(Metric.PROTEST_ARRESTS, "all");
        double[] summoned = h.series(Metric.PROTEST_SUMMONSES, "all");
        double[] attacks = h.series(Metric.OFFICE_ATTACKS, "all");
        plots.get(0).setDataset(new XYSeriesCollection(ChartData.line("Men joining a protest", h.dates(), protesters)));
        XYSeriesCollection held = new XYSeriesCollection();
        held.addSeries(ChartData.line("Arrested at a protest", h.dates(), arrests));
        held.addSeries(ChartData.line(SUMMONED, h.dates(), summoned));
        plots.get(1).setDataset(held);
        Bands.set(plots.get(0), h.dates(), Collections.singletonList(ChartData.band(h, Metric.PROTESTERS, "all")));
        Bands.set(
                plots.get(1),
                h.dates(),
                Arrays.asList(
                        ChartData.band(h, Metric.PROTEST_ARRESTS, "all"),
                        ChartData.band(h, Metric.PROTEST_SUMMONSES, "all")));
        XYSeriesCollection bars = new XYSeriesCollection();
        bars.addSeries(ChartData.layer("Attacks on offices", h.dates(), attacks));
        bars.setIntervalWidth(DAY_MS);
        plots.get(2).setDataset(bars);
        ChartData.finish(plots, h, width);
        ChartData.caption(
                chart,
                h.caption()
                        + String.format(
                                Locale.ENGLISH,
                                "  \u00b7  so far: %,.0f arrested (%,.0f of them served a summons at the"
                                        + " station), %,.0f offices attacked",
                                PostSelection.sum(arrests),
                                PostSelection.sum(summoned),
                                PostSelection.sum(attacks))
                        + ChartData.bandNote(h));
    }
}
