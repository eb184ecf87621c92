package org.callup.viz.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.callup.model.observe.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

/** The charts of a replicated run: the mean as lines, its confidence interval as a band of the line's colour. */
class ReplicatedChartsTest {
    /** The synthetic run with a band of +-10% around every series. */
    static final class Replicated extends SyntheticHistory {
        Replicated() {
            super(40, 10);
        }

        @Override
        public Optional<Band> band(Metric metric, String scope) {
            double[] v = series(metric, scope);
            double[] lo = new double[v.length];
            double[] hi = new double[v.length];
            for (int d = 0; d < v.length; d++) {
                lo[d] = 0.9 * v[d];
                hi[d] = 1.1 * v[d];
            }
            return Optional.of(new Band(lo, hi));
        }

        @Override
        public String bandLabel() {
            return "95% confidence interval of the mean";
        }
    }

    private static JFreeChart draw(RunChart c, RunHistory h) {
        JFreeChart chart = c.create();
        c.update(chart, h, ChartFiles.WIDTH);
        return chart;
    }

    @Test
    void everyLineOfAReplicatedRunHasABandInItsColour() {
        Replicated h = new Replicated();
        JFreeChart chart = draw(new MobilizationChart(), h);
        XYPlot plot = chart.getXYPlot();
        YIntervalSeriesCollection bands = (YIntervalSeriesCollection) plot.getDataset(Bands.LAYER);
        assertEquals(3, bands.getSeriesCount(), "mobilized, quota, abroad");
        YIntervalSeries mobilized = bands.getSeries(0);
        double mean = h.series(Metric.MOBILIZED_CUMULATIVE, "all")[20];
        assertEquals(0.9 * mean, mobilized.getYLowValue(20), 1e-6);
        assertEquals(1.1 * mean, mobilized.getYHighValue(20), 1e-6);
        DeviationRenderer r = (DeviationRenderer) plot.getRenderer(Bands.LAYER);
        assertEquals(plot.getRenderer(0).getItemPaint(0, 0), r.getSeriesFillPaint(0));
        assertTrue(ChartsText.caption(chart).contains("shaded: 95% confidence interval of the mean"));
    }

    @Test
    void aSingleRunHasNoBands() {
        JFreeChart chart = draw(new BorderChart(), new SyntheticHistory(40, 10));
        for (XYPlot p : BorderChart.subplots(chart)) {
            assertEquals(0, p.getDataset(Bands.LAYER).getSeriesCount());
        }
        assertTrue(!ChartsText.caption(chart).contains("shaded"));
    }

    @Test
    void theBordersChartBandsEveryNamedPostInBothPanels() {
        JFreeChart chart = draw(new BorderChart(), new Replicated());
        List<XYPlot> plots = BorderChart.subplots(chart);
        assertEquals(
                BorderChart.SHOWN,
                plots.get(0).getDataset(Bands.LAYER).getSeriesCount(),
                "the sum of the other posts has no band");
        assertEquals(BorderChart.SHOWN, plots.get(1).getDataset(Bands.LAYER).getSeriesCount());
    }

    @Test
    void aBandHasAGapWhereTheRunHasNoValue() {
        double nan = Double.NaN;
        List<LocalDate> dates = new SyntheticHistory(6, 1).dates();
        RunHistory.Band b =
                new RunHistory.Band(new double[] {1, 2, nan, nan, 5, 6}, new double[] {2, 3, nan, nan, 7, 8});
        List<YIntervalSeries> pieces = Bands.pieces("b", dates, b);
        assertEquals(2, pieces.size());
        assertEquals(2, pieces.get(0).getItemCount());
        assertEquals(7, pieces.get(1).getYHighValue(0));
    }

    @Test
    void protestArrestsHaveAPanelAndAScaleOfTheirOwn() {
        JFreeChart chart = draw(new ProtestChart(), new Replicated());
        List<XYPlot> plots = BorderChart.subplots(chart);
        assertEquals(3, plots.size(), "joining, arrested, attacks");
        XYDataset arrests = plots.get(1).getDataset();
        assertEquals("Arrested at a protest", arrests.getSeriesKey(0));
        double peak = plots.get(1).getRangeAxis().getUpperBound();
        assertTrue(peak < 2_000 && peak > 1_200, "arrests on their own scale, up to " + peak);
        assertTrue(plots.get(0).getRangeAxis().getUpperBound() > 5_000);
        assertNotNull(plots.get(1).getDataset(Bands.LAYER));
    }

    /** protest_summonses: the arrested served a summons at the station, beside the arrests, with its own band. */
    @Test
    void summonsesAtTheStationAreDrawnBesideTheArrestsAndCountedInTheCaption() {
        Replicated h = new Replicated();
        JFreeChart chart = draw(new ProtestChart(), h);
        XYPlot held = BorderChart.subplots(chart).get(1);
        assertEquals(2, held.getDataset().getSeriesCount(), "arrested, and served a summons at the station");
        assertEquals(ProtestChart.SUMMONED, held.getDataset().getSeriesKey(1));
        double[] summoned = h.series(Metric.PROTEST_SUMMONSES, "all");
        assertEquals(summoned[6], held.getDataset().getYValue(1, 6), 1e-9);
        assertEquals(2, held.getDataset(Bands.LAYER).getSeriesCount(), "a band for each line");
        assertTrue(
                !held.getRenderer().getItemPaint(0, 0).equals(held.getRenderer().getItemPaint(1, 0)),
                "the two lines have colours of their own");
        String total = String.format(java.util.Locale.ENGLISH, "%,.0f", PostSelection.sum(summoned));
        assertTrue(
                ChartsText.caption(chart).contains(total + " of them served a summons at the station"),
                ChartsText.caption(chart));
    }

    @Test
    void legendsNameEveryPostInFull() {
        assertEquals("Omsk/Kurgan posts toward Petropavl", PostLabels.shortName("Omsk/Kurgan posts toward Petropavl"));
        assertNull(new SyntheticHistory(3, 1).bandLabel());
    }
}
