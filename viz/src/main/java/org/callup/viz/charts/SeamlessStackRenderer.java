package org.callup.viz.charts;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtilities;
import org.jfree.data.xy.TableXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * Stacked areas with no seams. JFreeChart's stacked area renderers fill each day of each layer as its own polygon,
 * and anti-aliasing leaves a faint line of background between polygons that share an edge: thin vertical seams at
 * every day and a light line between layers. Here each layer is one shape from the baseline up to its top, and the
 * layers are filled from the top of the stack down, so that every layer covers the lower part of the ones above it:
 * an edge is anti-aliased against the colour next to it, never against the background.
 *
 * <p>The series of a {@link TableXYDataset} are the layers, bottom to top; a missing value counts as zero. Only
 * vertical plots.
 */
final class SeamlessStackRenderer extends XYAreaRenderer {
    private static final long serialVersionUID = 1L;

    /** The state of one drawing of the plot: whether the stack is drawn yet. */
    private static final class StackState extends XYItemRendererState {
        private boolean drawn;

        StackState(PlotRenderingInfo info) {
            super(info);
        }
    }

    @Override
    public XYItemRendererState initialise(
            Graphics2D g2, Rectangle2D dataArea, XYPlot plot, XYDataset data, PlotRenderingInfo info) {
        return new StackState(info);
    }

    @Override
    public Range findRangeBounds(XYDataset dataset) {
        return dataset instanceof TableXYDataset t ? DatasetUtilities.findStackedRangeBounds(t) : null;
    }

    /** Draws the whole stack at the first item the plot asks for, whatever order it asks for them in. */
    @Override
    public void drawItem(
            Graphics2D g2,
            XYItemRendererState state,
            Rectangle2D dataArea,
            PlotRenderingInfo info,
            XYPlot plot,
            ValueAxis domainAxis,
            ValueAxis rangeAxis,
            XYDataset dataset,
            int series,
            int item,
            CrosshairState crosshairState,
            int pass) {
        if (!(state instanceof StackState s) || s.drawn || plot.getOrientation() != PlotOrientation.VERTICAL) {
            return;
        }
        s.drawn = true;
        int layers = dataset.getSeriesCount();
        int days = layers == 0 ? 0 : dataset.getItemCount(0);
        if (days == 0) {
            return;
        }
        double[] xs = new double[days];
        double[][] tops = new double[layers][days];
        for (int d = 0; d < days; d++) {
            xs[d] = domainAxis.valueToJava2D(dataset.getXValue(0, d), dataArea, plot.getDomainAxisEdge());
            double sum = 0;
            for (int l = 0; l < layers; l++) {
                double v = dataset.getYValue(l, d);
                sum += Double.isNaN(v) ? 0 : v;
                tops[l][d] = rangeAxis.valueToJava2D(sum, dataArea, plot.getRangeAxisEdge());
            }
        }
        double base = rangeAxis.valueToJava2D(0, dataArea, plot.getRangeAxisEdge());
        for (int l = layers - 1; l >= 0; l--) {
            if (!isSeriesVisible(l)) {
                continue;
            }
            g2.setPaint(lookupSeriesPaint(l));
            g2.fill(layer(xs, tops[l], base));
        }
    }

    /** The area under one layer's top: along the top from the first day to the last, back along the baseline. */
    static Path2D layer(double[] xs, double[] top, double base) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], base);
        for (int d = 0; d < xs.length; d++) {
            p.lineTo(xs[d], top[d]);
        }
        p.lineTo(xs[xs.length - 1], base);
        p.closePath();
        return p;
    }
}
