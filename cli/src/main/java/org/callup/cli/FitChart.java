package org.callup.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.callup.results.Target;
import org.callup.results.calibration.FitReport;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * The fit chart: one row per target, on a common log scale of "times the reported value", with the target's range
 * as a band, the reported value as a diamond and the simulated mean as a dot with its 95% interval. Targets with
 * very different magnitudes (17 arsons, 300,000 mobilized) can so be read side by side.
 */
final class FitChart {
    private static final int WIDTH = 1000;
    private static final int ROW = 42;
    private static final double FLOOR = 1e-3;

    private FitChart() {
    }

    /** Writes {@code <base>.png} and {@code <base>.svg}. */
    static void write(FitReport fit, Path base) throws IOException {
        List<FitReport.Row> rows = fit.counted();
        JFreeChart chart = chart(rows, fit.replications());
        int height = 140 + ROW * rows.size();
        ChartUtilities.saveChartAsPNG(base.resolveSibling(base.getFileName() + ".png").toFile(), chart, WIDTH, height);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
        chart.draw(g, new Rectangle(WIDTH, height));
        SVGUtils.writeToSVG(base.resolveSibling(base.getFileName() + ".svg").toFile(), g.getSVGElement());
    }

    static JFreeChart chart(List<FitReport.Row> rows, int replications) {
        XYIntervalSeries range = new XYIntervalSeries("range of the target");
        XYIntervalSeries reported = new XYIntervalSeries("reported value");
        XYIntervalSeries simulated = new XYIntervalSeries("simulated mean of " + replications + " runs, 95% interval");
        double lo = 0.5;
        double hi = 2;
        for (FitReport.Row r : rows) {
            Target t = r.target();
            double ref = t.value() != 0 ? t.value() : 1;
            // The axis spans the means and the ranges; an interval reaching beyond (few runs, a wide spread) is cut.
            lo = Math.min(lo, ratio(r.mean(), ref) / 1.5);
            hi = Math.max(hi, ratio(r.mean(), ref) * 1.5);
            if (!Double.isNaN(t.low())) {
                lo = Math.min(lo, ratio(t.low(), ref) / 1.5);
            }
            if (!Double.isNaN(t.high())) {
                hi = Math.max(hi, ratio(t.high(), ref) * 1.5);
            }
        }
        String[] labels = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            FitReport.Row r = rows.get(i);
            Target t = r.target();
            double y = rows.size() - 1 - i;
            labels[rows.size() - 1 - i] = t.id();
            double ref = t.value() != 0 ? t.value() : 1;
            double low = Double.isNaN(t.low()) ? lo : ratio(t.low(), ref);
            double high = Double.isNaN(t.high()) ? hi : ratio(t.high(), ref);
            range.add(ratio(t.value(), ref), low, high, y, y, y);
            reported.add(ratio(t.value(), ref), ratio(t.value(), ref), ratio(t.value(), ref), y, y, y);
            double m = ratio(r.mean(), ref);
            double cl = Double.isNaN(r.ciLow()) ? m : ratio(r.ciLow(), ref);
            double ch = Double.isNaN(r.ciHigh()) ? m : ratio(r.ciHigh(), ref);
            simulated.add(m, cl, ch, y, y, y);
        }
        LogAxis x = new LogAxis("times the reported value (log scale)");
        x.setRange(lo, hi);
        // Ticks at powers of ten, labelled as plain numbers (0.1, 1, 10) rather than as exponents.
        x.setAutoTickUnitSelection(false);
        x.setTickUnit(new NumberTickUnit(1));
        x.setNumberFormatOverride(new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        SymbolAxis y = new SymbolAxis(null, labels);
        y.setGridBandsVisible(false);
        y.setRange(-0.6, rows.size() - 0.4);
        XYPlot plot = new XYPlot(null, x, y, null);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(new Color(235, 235, 235));
        plot.setDataset(0, one(simulated));
        plot.setRenderer(0, renderer(new Color(200, 30, 30), new Ellipse2D.Double(-5, -5, 10, 10), 2f, true));
        plot.setDataset(1, one(reported));
        plot.setRenderer(1, renderer(Color.BLACK, diamond(), 1f, true));
        plot.setDataset(2, one(range));
        // The band's marker sits under the reported value's diamond; it gives the legend a swatch.
        plot.setRenderer(2, renderer(new Color(120, 190, 120), new Rectangle2D.Double(-7, -5, 14, 10), 14f, false));
        JFreeChart chart = new JFreeChart("Calibrated fit: every target against its reported value and range",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static double ratio(double v, double ref) {
        return Double.isNaN(v) ? FLOOR : Math.max(FLOOR, v / ref);
    }

    private static XYIntervalSeriesCollection one(XYIntervalSeries s) {
        XYIntervalSeriesCollection c = new XYIntervalSeriesCollection();
        c.addSeries(s);
        return c;
    }

    private static java.awt.Shape diamond() {
        java.awt.geom.Path2D p = new java.awt.geom.Path2D.Double();
        p.moveTo(0, -6);
        p.lineTo(6, 0);
        p.lineTo(0, 6);
        p.lineTo(-6, 0);
        p.closePath();
        return p;
    }

    private static XYErrorRenderer renderer(Color color, java.awt.Shape shape, float stroke, boolean shapes) {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawYError(false);
        r.setDrawXError(true);
        r.setBaseLinesVisible(false);
        r.setBaseShapesVisible(true);
        r.setSeriesShape(0, shape);
        r.setSeriesPaint(0, color);
        r.setErrorPaint(color);
        r.setErrorStroke(new BasicStroke(stroke));
        r.setCapLength(shapes ? 8 : 0);
        return r;
    }
}
