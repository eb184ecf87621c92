package org.callup.viz.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.callup.experiments.calibration.FreeParameter;
import org.callup.experiments.calibration.abc.Posterior;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * The posterior of an ABC calibration against its prior, on each parameter's prior scale (its position from min, 0,
 * to max, 1, evenly in the logarithm for a log range, where the prior is uniform, so the prior is a flat line at
 * density 1): {@code posterior-marginals} holds one weighted histogram per parameter, {@code posterior-pairs} a
 * matrix with the particles of every pair of parameters (a dot's size grows with its weight) and the histograms
 * on its diagonal. A parameter the targets pin down is a narrow peak; one they leave open stays near the flat prior.
 */
public final class PosteriorCharts {
    public static final String MARGINALS = "posterior-marginals";
    public static final String PAIRS = "posterior-pairs";
    private static final int BINS = 20;
    private static final Color POSTERIOR = new Color(60, 110, 180);
    private static final Color PRIOR = new Color(200, 30, 30);

    private PosteriorCharts() {}

    /** Writes both charts, PNG and SVG, into {@code dir}; returns the files. */
    public static List<Path> write(Posterior posterior, List<FreeParameter> parameters, Path dir) throws IOException {
        int n = parameters.size();
        double[][] unit = new double[n][posterior.size()];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < posterior.size(); i++) {
                unit[k][i] = parameters.get(k).toUnit(posterior.values().get(i)[k]);
            }
        }
        double[] w = posterior.weights();
        List<Path> out = new ArrayList<>();
        int cols = (int) Math.ceil(Math.sqrt(n));
        int rows = (int) Math.ceil((double) n / cols);
        int cell = 300;
        List<JFreeChart> marginals = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            marginals.add(histogram(unit[k], w, label(parameters.get(k)), true));
        }
        out.addAll(grid(
                marginals,
                cols,
                rows,
                cell,
                cell * 3 / 4,
                "Posterior (bars) against the prior (line), " + "on each prior's scale",
                dir,
                MARGINALS));
        int pairCell = Math.max(110, Math.min(220, 2400 / Math.max(1, n)));
        List<JFreeChart> pairs = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                pairs.add(
                        a == b
                                ? histogram(unit[a], w, shortLabel(parameters.get(a)), false)
                                : scatter(
                                        unit[b],
                                        unit[a],
                                        w,
                                        a == n - 1 ? shortLabel(parameters.get(b)) : null,
                                        b == 0 ? shortLabel(parameters.get(a)) : null));
            }
        }
        out.addAll(grid(
                pairs,
                n,
                n,
                pairCell,
                pairCell,
                "Posterior particles, every pair of parameters (prior " + "scale 0 to 1)",
                dir,
                PAIRS));
        return out;
    }

    private static String label(FreeParameter p) {
        return p.path() + " " + p.describeBounds();
    }

    private static String shortLabel(FreeParameter p) {
        String s = p.path();
        int dot = s.lastIndexOf('.');
        return dot >= 0 ? s.substring(dot + 1) : s;
    }

    private static JFreeChart histogram(double[] x, double[] w, String title, boolean prior) {
        double[] density = new double[BINS];
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            int bin = Math.min(BINS - 1, (int) Math.floor(x[i] * BINS));
            density[bin] += w[i];
            total += w[i];
        }
        XYSeries bars = new XYSeries("posterior");
        for (int b = 0; b < BINS; b++) {
            bars.add((b + 0.5) / BINS, total > 0 ? density[b] / total * BINS : 0);
        }
        XYSeriesCollection data = new XYSeriesCollection(bars);
        data.setIntervalWidth(1.0 / BINS);
        XYBarRenderer r = new XYBarRenderer(0.05);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, POSTERIOR);
        NumberAxis xAxis = new NumberAxis();
        xAxis.setRange(0, 1);
        xAxis.setTickLabelFont(ChartLook.TICK);
        NumberAxis yAxis = new NumberAxis();
        yAxis.setTickLabelFont(ChartLook.TICK);
        yAxis.setTickLabelsVisible(prior);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, r);
        if (prior) {
            XYSeries flat = new XYSeries("prior");
            flat.add(0, 1);
            flat.add(1, 1);
            plot.setDataset(1, new XYSeriesCollection(flat));
            XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
            line.setSeriesPaint(0, PRIOR);
            plot.setRenderer(1, line);
            plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(ChartLook.GRID);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        JFreeChart chart = new JFreeChart(title, new Font(ChartLook.FONT, Font.PLAIN, 11), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static JFreeChart scatter(double[] x, double[] y, double[] w, String xLabel, String yLabel) {
        XYSeries points = new XYSeries("particles", false, true);
        for (int i = 0; i < x.length; i++) {
            points.add(x[i], y[i]);
        }
        double max = java.util.Arrays.stream(w).max().orElse(1);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true) {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Shape getItemShape(int series, int item) {
                double s = 2 + 4 * Math.sqrt(w[item] / max);
                return new Ellipse2D.Double(-s / 2, -s / 2, s, s);
            }
        };
        r.setSeriesPaint(0, new Color(60, 110, 180, 140));
        NumberAxis xAxis = new NumberAxis(xLabel);
        NumberAxis yAxis = new NumberAxis(yLabel);
        for (NumberAxis a : List.of(xAxis, yAxis)) {
            a.setRange(0, 1);
            a.setTickLabelsVisible(false);
            a.setLabelFont(ChartLook.TICK);
        }
        XYPlot plot = new XYPlot(new XYSeriesCollection(points), xAxis, yAxis, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(ChartLook.GRID);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Draws charts in a grid, row by row, under a title, as PNG and SVG. */
    private static List<Path> grid(
            List<JFreeChart> charts, int cols, int rows, int cellW, int cellH, String title, Path dir, String name)
            throws IOException {
        Files.createDirectories(dir);
        int top = 36;
        int width = Math.max(cols * cellW, 640);
        int height = top + rows * cellH;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        draw(g, charts, cols, cellW, cellH, top, width, height, title);
        g.dispose();
        Path png = dir.resolve(name + ".png");
        ImageIO.write(image, "png", png.toFile());
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        draw(svg, charts, cols, cellW, cellH, top, width, height, title);
        Path svgFile = dir.resolve(name + ".svg");
        SVGUtils.writeToSVG(svgFile.toFile(), svg.getSVGElement());
        return List.of(png, svgFile);
    }

    private static void draw(
            Graphics2D g,
            List<JFreeChart> charts,
            int cols,
            int cellW,
            int cellH,
            int top,
            int width,
            int height,
            String title) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(ChartLook.TEXT);
        g.setFont(ChartLook.TITLE);
        g.drawString(title, 10, 24);
        for (int i = 0; i < charts.size(); i++) {
            int x = (i % cols) * cellW;
            int y = top + (i / cols) * cellH;
            charts.get(i).draw(g, new Rectangle(x, y, cellW, cellH));
        }
    }
}
