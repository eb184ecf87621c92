package org.callup.viz.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.callup.experiments.sweep.SensitivityTable;
import org.callup.experiments.sweep.SweepFolder;
import org.callup.results.BadInputException;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Draws the Sobol' indices of a sweep, one chart per output ({@code charts/sensitivity-<output>.png} and
 * {@code .svg}): for each parameter, its first-order and total-order index as dots with their bootstrap
 * intervals as whiskers. A parameter whose total index is near 0 does not matter for that output; the gap between
 * its total and first-order index is what it does only together with others.
 */
public final class SensitivityChart {
    static final int WIDTH = 1000;
    private static final Color FIRST = new Color(0x1F, 0x77, 0xB4);
    private static final Color TOTAL = new Color(0xD6, 0x27, 0x28);

    private SensitivityChart() {}

    /** Draws the charts of a sweep folder that has a sensitivity.csv; returns the files written. */
    public static List<Path> writeAll(Path sweepFolder) throws BadInputException, IOException {
        SensitivityTable t = SensitivityTable.read(sweepFolder.resolve(SweepFolder.SENSITIVITY_FILE));
        Path dir = Files.createDirectories(sweepFolder.resolve(SweepFolder.CHARTS_DIR));
        List<Path> out = new ArrayList<>();
        for (String output : t.outputs()) {
            List<SensitivityTable.Row> rows = t.of(output);
            List<String> parameters = rows.stream()
                    .map(SensitivityTable.Row::parameter)
                    .distinct()
                    .toList();
            String name = "sensitivity-" + output.replaceAll("[^A-Za-z0-9._-]", "_");
            out.addAll(
                    ChartFiles.write(chart(output, parameters, rows), dir, name, WIDTH, 160 + 60 * parameters.size()));
        }
        return out;
    }

    static JFreeChart chart(String output, List<String> parameters, List<SensitivityTable.Row> rows) {
        YIntervalSeries first = new YIntervalSeries("first order (alone)");
        YIntervalSeries total = new YIntervalSeries("total order (alone and with others)");
        double lo = 0;
        double hi = 1;
        int samples = 0;
        for (SensitivityTable.Row r : rows) {
            int i = parameters.indexOf(r.parameter());
            boolean isFirst = r.kind().equals("first_order");
            double x = i + (isFirst ? -0.12 : 0.12);
            if (Double.isNaN(r.estimate())) {
                continue;
            }
            double l = Double.isNaN(r.low()) ? r.estimate() : r.low();
            double h = Double.isNaN(r.high()) ? r.estimate() : r.high();
            (isFirst ? first : total).add(x, r.estimate(), l, h);
            lo = Math.min(lo, l);
            hi = Math.max(hi, h);
            samples = r.samples();
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(first);
        data.addSeries(total);
        XYPlot plot = new XYPlot(data, parameterAxis(parameters), indexAxis(lo, hi), renderer());
        ChartLook.stylePlot(plot);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = ChartLook.chart("Sensitivity of " + output, plot);
        TextTitle caption = ChartLook.caption();
        caption.setText(
                String.format(Locale.ROOT, "Sobol' indices with 95%% bootstrap intervals, %d base samples", samples));
        chart.addSubtitle(caption);
        return chart;
    }

    private static SymbolAxis parameterAxis(List<String> parameters) {
        SymbolAxis names = new SymbolAxis(null, parameters.toArray(String[]::new));
        ChartLook.style(names);
        names.setGridBandsVisible(false);
        names.setRange(-0.6, parameters.size() - 0.4);
        names.setInverted(true); // the first parameter of the file at the top
        return names;
    }

    private static NumberAxis indexAxis(double lo, double hi) {
        NumberAxis index = new NumberAxis("Sobol' index (share of the output's variance)");
        ChartLook.style(index);
        // Intervals of small designs can be very wide; past these bounds they say only "unknown", so they are cut.
        index.setRange(Math.max(-1, Math.min(0, lo)) - 0.02, Math.min(2, Math.max(1, hi)) + 0.02);
        return index;
    }

    private static XYErrorRenderer renderer() {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDrawYError(true);
        r.setBaseLinesVisible(false);
        r.setBaseShapesVisible(true);
        r.setErrorStroke(new BasicStroke(2f));
        r.setCapLength(8);
        r.setSeriesPaint(0, FIRST);
        r.setSeriesPaint(1, TOTAL);
        Ellipse2D dot = new Ellipse2D.Double(-5, -5, 10, 10);
        r.setSeriesShape(0, dot);
        r.setSeriesShape(1, dot);
        return r;
    }
}
