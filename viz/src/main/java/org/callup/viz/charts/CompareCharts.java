package org.callup.viz.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.callup.experiments.compare.CompareFolder;
import org.callup.experiments.compare.CompareTables;
import org.callup.experiments.compare.Comparison;
import org.callup.experiments.compare.DailyDifferenceRow;
import org.callup.experiments.compare.DifferenceRow;
import org.callup.experiments.compare.Signed;
import org.callup.results.BadInputException;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.TextAnchor;

/**
 * The charts of a comparison folder, drawn from its CSV files alone: {@code difference} (the paired difference
 * alternative minus baseline over time, with its 95% band, one panel per headline metric at scope {@code all};
 * flows cumulated from the run's first day, stocks as they are) and {@code headlines} (a table of the headlines
 * as relative differences with their intervals, each labelled with the difference in persons).
 */
public final class CompareCharts {
    static final int WIDTH = 1200;
    private static final Color[] COLORS = {
        new Color(0x1F, 0x77, 0xB4),
        new Color(0xD6, 0x27, 0x28),
        new Color(0x2C, 0xA0, 0x2C),
        new Color(0x94, 0x67, 0xBD)
    };

    private CompareCharts() {}

    /** Draws both charts into the folder's {@code charts/}; returns the files written. */
    public static List<Path> writeAll(Path compareFolder) throws BadInputException, IOException {
        CompareTables t = CompareTables.read(compareFolder);
        Path dir = compareFolder.resolve(CompareFolder.CHARTS_DIR);
        List<Path> out = new ArrayList<>();
        List<String> metrics = metrics(t);
        out.addAll(ChartFiles.write(difference(t, metrics), dir, "difference", WIDTH, 140 + 220 * metrics.size()));
        List<DifferenceRow> rows =
                t.headlines().stream().filter(r -> r.scope().equals("all")).toList();
        out.addAll(ChartFiles.write(headlines(t.baseline(), rows), dir, "headlines", WIDTH, 170 + 44 * rows.size()));
        return out;
    }

    private static List<String> metrics(CompareTables t) {
        Set<String> m = new LinkedHashSet<>();
        t.headlines().forEach(r -> m.add(r.metric()));
        return List.copyOf(m);
    }

    static JFreeChart difference(CompareTables t, List<String> metrics) {
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartLook.dateAxis());
        List<String> alternatives = t.daily().stream()
                .map(DailyDifferenceRow::alternative)
                .distinct()
                .toList();
        for (String metric : metrics) {
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            boolean cumulative = t.daily().stream()
                    .anyMatch(r -> r.metric().equals(metric) && r.series().equals(DailyDifferenceRow.CUMULATIVE));
            String series = cumulative ? DailyDifferenceRow.CUMULATIVE : DailyDifferenceRow.DAILY;
            for (String alt : alternatives) {
                YIntervalSeries s = new YIntervalSeries(alt);
                for (DailyDifferenceRow r : t.daily()) {
                    if (r.alternative().equals(alt)
                            && r.metric().equals(metric)
                            && r.scope().equals("all")
                            && r.series().equals(series)) {
                        double d = r.difference().meanDifference();
                        double lo = Double.isNaN(r.difference().ciLow())
                                ? d
                                : r.difference().ciLow();
                        double hi = Double.isNaN(r.difference().ciHigh())
                                ? d
                                : r.difference().ciHigh();
                        s.add(ChartLook.x(r.date()), d, lo, hi);
                    }
                }
                data.addSeries(s);
            }
            NumberAxis axis = new NumberAxis(metric + (cumulative ? " (cumulative)" : ""));
            ChartLook.style(axis);
            axis.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ENGLISH));
            axis.setAutoRangeIncludesZero(true);
            axis.setAutoRangeMinimumSize(10); // a difference that is 0 throughout gets a readable axis
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
            DeviationRenderer renderer = band();
            // One legend for the chart: every panel has the same alternatives in the same colours.
            renderer.setBaseSeriesVisibleInLegend(combined.getSubplots().isEmpty());
            XYPlot plot = new XYPlot(data, null, axis, renderer);
            ChartLook.stylePlot(plot);
            plot.addRangeMarker(new ValueMarker(0, ChartLook.TEXT, new BasicStroke(1f)));
            combined.add(plot, 1);
        }
        combined.setGap(14);
        JFreeChart chart =
                ChartLook.chart("Difference from " + t.baseline() + " (alternative minus baseline)", combined);
        TextTitle caption = ChartLook.caption();
        caption.setText(
                Comparison.COVERS_NOISE.equals(t.intervalCovers())
                        ? "Mean paired difference over the replications, scope all, with its 95% interval (run-to-run "
                                + "noise only); flows cumulated from the first day"
                        : "Mean paired difference over the posterior draws, scope all, with its 95% interval ("
                                + t.intervalCovers() + "); flows cumulated from the first day");
        chart.addSubtitle(caption);
        return chart;
    }

    private static DeviationRenderer band() {
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setAlpha(0.2f);
        r.setAutoPopulateSeriesStroke(false);
        r.setBaseStroke(ChartLook.LINE);
        for (int i = 0; i < 12; i++) {
            Color c = COLORS[i % COLORS.length];
            r.setSeriesPaint(i, c);
            r.setSeriesFillPaint(i, c);
        }
        return r;
    }

    static JFreeChart headlines(String baseline, List<DifferenceRow> rows) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        List<String> alternatives =
                rows.stream().map(DifferenceRow::alternative).distinct().toList();
        List<String> labels = new ArrayList<>();
        rows.forEach(r -> {
            String l = label(r);
            if (!labels.contains(l)) {
                labels.add(l);
            }
        });
        List<XYTextAnnotation> notes = new ArrayList<>();
        double lo = 0;
        double hi = 0;
        for (int a = 0; a < alternatives.size(); a++) {
            YIntervalSeries s = new YIntervalSeries(alternatives.get(a));
            for (DifferenceRow r : rows) {
                if (!r.alternative().equals(alternatives.get(a))
                        || Double.isNaN(r.difference().relativeDifference())) {
                    continue;
                }
                double x = labels.indexOf(label(r)) + (a - (alternatives.size() - 1) / 2.0) * 0.25;
                double base = r.difference().baselineMean();
                double rel = 100 * r.difference().relativeDifference();
                double l = Double.isNaN(r.difference().ciLow())
                        ? rel
                        : 100 * r.difference().ciLow() / base;
                double h = Double.isNaN(r.difference().ciHigh())
                        ? rel
                        : 100 * r.difference().ciHigh() / base;
                s.add(x, rel, Math.min(l, h), Math.max(l, h));
                lo = Math.min(lo, Math.min(l, h));
                hi = Math.max(hi, Math.max(l, h));
                XYTextAnnotation text = new XYTextAnnotation(absolute(r), x - 0.3, rel);
                text.setFont(new Font(ChartLook.FONT, Font.PLAIN, 11));
                text.setPaint(ChartLook.TEXT);
                text.setTextAnchor(TextAnchor.BOTTOM_CENTER);
                notes.add(text);
            }
            data.addSeries(s);
        }
        SymbolAxis names = new SymbolAxis(null, labels.toArray(String[]::new));
        ChartLook.style(names);
        names.setGridBandsVisible(false);
        names.setRange(-0.7, labels.size() - 0.3);
        names.setInverted(true);
        NumberAxis pct = new NumberAxis("difference, % of the baseline mean (95% interval)");
        ChartLook.style(pct);
        double pad = Math.max(5, (hi - lo) * 0.08);
        pct.setRange(lo - pad, hi + pad);
        XYPlot plot = new XYPlot(data, names, pct, whiskers());
        ChartLook.stylePlot(plot);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainGridlinesVisible(false);
        plot.addRangeMarker(new ValueMarker(0, ChartLook.TEXT, new BasicStroke(1f)));
        notes.forEach(plot::addAnnotation);
        JFreeChart chart = ChartLook.chart("Headline differences from " + baseline, plot);
        TextTitle caption = ChartLook.caption();
        caption.setText("Scope all; labels: difference in persons (count for office attacks) [95% interval]; "
                + "* fixed by the quota in this window, not a finding");
        chart.addSubtitle(caption);
        return chart;
    }

    private static String label(DifferenceRow r) {
        return r.metric() + " (" + r.statistic().key() + ", " + r.window().name() + ")" + (r.quotaBound() ? " *" : "");
    }

    private static String absolute(DifferenceRow r) {
        return Signed.count(r.difference().meanDifference()) + " "
                + Signed.interval(r.difference().ciLow(), r.difference().ciHigh());
    }

    private static XYErrorRenderer whiskers() {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDrawYError(true);
        r.setBaseLinesVisible(false);
        r.setBaseShapesVisible(true);
        r.setErrorStroke(new BasicStroke(2f));
        r.setCapLength(8);
        for (int i = 0; i < 12; i++) {
            r.setSeriesPaint(i, COLORS[i % COLORS.length]);
            r.setSeriesShape(i, new Ellipse2D.Double(-5, -5, 10, 10));
        }
        return r;
    }
}
