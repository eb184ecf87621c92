package org.callup.viz.charts;

import java.awt.Paint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.callup.viz.charts.RunHistory.Band;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The shaded interval around each line of a replicated run, in the line's colour, behind the lines. A band is
 * drawn in pieces between the days it is undefined, so a line with a gap gets a band with the same gap.
 */
final class Bands {
    /** Index of the band layer in a plot; the lines are dataset 0, drawn on top of it. */
    static final int LAYER = 1;

    private static final float ALPHA = 0.22f;

    private Bands() {}

    /** Gives a plot of lines an empty band layer. */
    static void install(XYPlot plot) {
        DeviationRenderer r = new DeviationRenderer(false, false);
        r.setAlpha(ALPHA);
        r.setBaseSeriesVisibleInLegend(false);
        plot.setRenderer(LAYER, r);
        plot.setDataset(LAYER, new YIntervalSeriesCollection());
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
    }

    /**
     * Replaces the bands of a plot: {@code bands.get(i)} belongs to the plot's line series {@code i} and takes its
     * colour; a null entry is a line without a band.
     */
    static void set(XYPlot plot, List<LocalDate> dates, List<Band> bands) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        XYItemRenderer lines = plot.getRenderer(0);
        DeviationRenderer r = (DeviationRenderer) plot.getRenderer(LAYER);
        int n = 0;
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            if (b == null) {
                continue;
            }
            Paint paint = lines.getItemPaint(i, 0);
            for (YIntervalSeries piece : pieces("band " + i, dates, b)) {
                data.addSeries(piece);
                r.setSeriesFillPaint(n, paint);
                r.setSeriesPaint(n, paint);
                n++;
            }
        }
        plot.setDataset(LAYER, data);
    }

    /** The stretches of consecutive days on which both bounds are defined, one series each. */
    static List<YIntervalSeries> pieces(String key, List<LocalDate> dates, Band b) {
        List<YIntervalSeries> out = new ArrayList<>();
        YIntervalSeries cur = null;
        for (int d = 0; d < dates.size(); d++) {
            double lo = b.low()[d];
            double hi = b.high()[d];
            if (Double.isNaN(lo) || Double.isNaN(hi)) {
                cur = null;
                continue;
            }
            if (cur == null) {
                cur = new YIntervalSeries(key + "/" + out.size(), false, true);
                out.add(cur);
            }
            double x = ChartLook.x(dates.get(d));
            cur.add(x, (lo + hi) / 2, lo, hi);
        }
        return out;
    }
}
