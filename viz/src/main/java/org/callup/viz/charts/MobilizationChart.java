package org.callup.viz.charts;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.callup.model.observe.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Men mobilized so far against the quota in force, with the men abroad beside them: the two answers to the call-up
 * that the 2022 figures put side by side (300,000 called up, more than 300,000 crossings in the following weeks).
 */
public final class MobilizationChart implements RunChart {
    @Override
    public String fileName() {
        return "mobilization";
    }

    @Override
    public JFreeChart create() {
        XYLineAndShapeRenderer r = ChartLook.lines();
        r.setSeriesPaint(0, new Color(0xD62728));
        r.setSeriesStroke(0, ChartLook.LINE);
        r.setSeriesPaint(1, Color.BLACK);
        r.setSeriesStroke(1, ChartLook.DASHED);
        r.setSeriesPaint(2, new Color(0x1F77B4));
        r.setSeriesStroke(2, ChartLook.LINE);
        XYPlot plot = ChartLook.plot(new XYSeriesCollection(), ChartLook.countAxis("Men"), r);
        plot.setDomainAxis(ChartLook.dateAxis());
        Bands.install(plot);
        JFreeChart chart = ChartLook.chart("Mobilized against the quota", plot);
        chart.addSubtitle(ChartLook.caption());
        return chart;
    }

    @Override
    public void update(JFreeChart chart, RunHistory h, int width) {
        XYSeriesCollection data = new XYSeriesCollection();
        double[] mobilized = h.series(Metric.MOBILIZED_CUMULATIVE, "all");
        double[] quota = h.series(Metric.QUOTA, "all");
        data.addSeries(ChartData.line("Mobilized so far", h.dates(), mobilized));
        data.addSeries(ChartData.line("Quota in force", h.dates(), quota));
        data.addSeries(ChartData.line("Abroad", h.dates(), h.series(Metric.ABROAD, "all")));
        XYPlot plot = chart.getXYPlot();
        plot.setDataset(data);
        Bands.set(
                plot,
                h.dates(),
                Arrays.asList(
                        ChartData.band(h, Metric.MOBILIZED_CUMULATIVE, "all"),
                        ChartData.band(h, Metric.QUOTA, "all"),
                        ChartData.band(h, Metric.ABROAD, "all")));
        ChartData.finish(List.of(plot), h, width);
        // the call-up's quota is the largest in force: a later regular conscription has a smaller one of its own,
        // and its draftees are counted as conscripted, not mobilized
        double q = Arrays.stream(quota).filter(v -> !Double.isNaN(v)).max().orElse(0);
        double m = ChartData.last(mobilized);
        String filled = q > 0 && m > 0
                ? String.format(Locale.ENGLISH, "  \u00b7  %.0f%% of the call-up's quota filled", 100 * m / q)
                : "";
        ChartData.caption(chart, h.caption() + filled + ChartData.bandNote(h));
    }
}
