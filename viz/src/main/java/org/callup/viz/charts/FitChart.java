package org.callup.viz.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.callup.experiments.calibration.FitReport;
import org.callup.results.Target;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The fit chart of a calibration: one row per target, on a common log scale of "times the reported value", with the
 * target's range as a band, the reported value as a diamond and the simulated mean as a dot with its 95% interval.
 * Targets with very different magnitudes (17 arsons, 300,000 mobilized) can so be read side by side.
 */
public final class FitChart {
    static final int WIDTH = 1000;
    private static final int ROW = 42;
    private static final double FLOOR = 1e-3;
    private static final Color SIMULATED = new Color(200, 30, 30);
    private static final Color REPORTED = Color.BLACK;
    private static final Color RANGE = new Color(120, 190, 120);

    private FitChart() {}

    /** Writes {@code <dir>/<name>.png} and {@code <dir>/<name>.svg}; returns both files. */
    public static List<Path> write(FitReport fit, Path dir, String name) throws IOException {
        List<FitReport.Row> rows = fit.counted();
        return ChartFiles.write(chart(rows, fit.replications()), dir, name, WIDTH, 140 + ROW * rows.size());
    }

    static JFreeChart chart(List<FitReport.Row> rows, int replications) {
        XYIntervalSeries range = new XYIntervalSeries("range of the target");
        XYIntervalSeries reported = new XYIntervalSeries("reported value");
        XYIntervalSeries simulated = new XYIntervalSeries("simulated mean of " + replications + " runs, 95% interval");
        double lo = 0.5;
        double hi = 2;
        for (FitReport.Row r : rows) {
            Target t = r.target();
            double ref = reference(t);
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
            double ref = reference(t);
            double value = ratio(t.value(), ref);
            double low = Double.isNaN(t.low()) ? lo : ratio(t.low(), ref);
            double high = Double.isNaN(t.high()) ? hi : ratio(t.high(), ref);
            range.add(value, low, high, y, y, y);
            reported.add(value, value, value, y, y, y);
            double m = ratio(r.mean(), ref);
            double cl = Double.isNaN(r.ciLow()) ? m : ratio(r.ciLow(), ref);
            double ch = Double.isNaN(r.ciHigh()) ? m : ratio(r.ciHigh(), ref);
            simulated.add(m, cl, ch, y, y, y);
        }
        XYPlot plot = new XYPlot(null, ratioAxis(lo, hi), targetAxis(labels), null);
        ChartLook.stylePlot(plot);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setDataset(0, one(simulated));
        plot.setRenderer(0, renderer(SIMULATED, new Ellipse2D.Double(-5, -5, 10, 10), 2f, true));
        plot.setDataset(1, one(reported));
        plot.setRenderer(1, renderer(REPORTED, diamond(), 1f, true));
        plot.setDataset(2, one(range));
        // The band's marker sits under the reported value's diamond; it gives the legend a swatch.
        plot.setRenderer(2, renderer(RANGE, new Rectangle2D.Double(-7, -5, 14, 10), 14f, false));
        return ChartLook.chart("Calibrated fit: every target against its reported value and range", plot);
    }

    private static double reference(Target t) {
        return t.value() != 0 ? t.value() : 1;
    }

    private static double ratio(double v, double ref) {
        return Double.isNaN(v) ? FLOOR : Math.max(FLOOR, v / ref);
    }

    private static LogAxis ratioAxis(double lo, double hi) {
        LogAxis x = new LogAxis("times the reported value (log scale)");
        ChartLook.style(x);
        x.setRange(lo, hi);
        // Ticks at powers of ten, labelled as plain numbers (0.1, 1, 10) rather than as exponents.
        x.setAutoTickUnitSelection(false);
        x.setTickUnit(new NumberTickUnit(1));
        x.setNumberFormatOverride(new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        return x;
    }

    private static SymbolAxis targetAxis(String[] labels) {
        SymbolAxis y = new SymbolAxis(null, labels);
        ChartLook.style(y);
        y.setGridBandsVisible(false);
        y.setRange(-0.6, labels.length - 0.4);
        return y;
    }

    private static XYIntervalSeriesCollection one(XYIntervalSeries s) {
        XYIntervalSeriesCollection c = new XYIntervalSeriesCollection();
        c.addSeries(s);
        return c;
    }

    private static Shape diamond() {
        Path2D p = new Path2D.Double();
        p.moveTo(0, -6);
        p.lineTo(6, 0);
        p.lineTo(0, 6);
        p.lineTo(-6, 0);
        p.closePath();
        return p;
    }

    private static XYErrorRenderer renderer(Color color, Shape shape, float stroke, boolean caps) {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawYError(false);
        r.setDrawXError(true);
        r.setBaseLinesVisible(false);
        r.setBaseShapesVisible(true);
        r.setSeriesShape(0, shape);
        r.setSeriesPaint(0, color);
        r.setErrorPaint(color);
        r.setErrorStroke(new BasicStroke(stroke));
        r.setCapLength(caps ? 8 : 0);
        return r;
    }
}
