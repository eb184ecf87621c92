package org.callup.viz.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.callup.results.Statistic;
import org.callup.results.Target;
import org.callup.results.ValidationPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.HorizontalAlignment;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleInsets;

/**
 * One panel of the {@link ValidationChart}: the simulated series with its band, the target's range as a green
 * band across the panel, its dates shaded (or marked by a line for one day or a running total), the reported value
 * as a diamond and the simulated statistic as a dot in the colour of the verdict; the title says the verdict in
 * words and the numbers compared.
 */
final class ValidationPanelChart {
    static final Color INSIDE = new Color(0x1E, 0x84, 0x3C);
    static final Color OUTSIDE = new Color(0xC6, 0x28, 0x28);
    static final Color NOT_APPLICABLE = new Color(0x99, 0x99, 0x99);
    static final Color SIMULATED = new Color(0x1F, 0x77, 0xB4);
    static final Color RANGE = new Color(0x2C, 0xA0, 0x2C, 60);
    static final Color WINDOW = new Color(0, 0, 0, 22);
    private static final Color OUTSIDE_BACKGROUND = new Color(0xFF, 0xF3, 0xF2);
    private static final Font PANEL_TITLE = new Font(ChartLook.FONT, Font.BOLD, 12);
    private static final Font PANEL_TEXT = new Font(ChartLook.FONT, Font.PLAIN, 10);
    private static final Font TICKS = new Font(ChartLook.FONT, Font.PLAIN, 9);
    private static final double HALF_DAY = 12 * 3600 * 1000.0;

    private ValidationPanelChart() {}

    static Color verdictColor(ValidationPanel p) {
        if (!p.result().applicable()) {
            return NOT_APPLICABLE;
        }
        return p.result().inside() ? INSIDE : OUTSIDE;
    }

    static String verdict(ValidationPanel p) {
        if (!p.result().applicable()) {
            return "n/a";
        }
        return p.result().inside() ? "inside" : "OUTSIDE";
    }

    static JFreeChart chart(ValidationPanel p) {
        Target t = p.target();
        XYPlot plot = new XYPlot();
        ChartLook.stylePlot(plot);
        plot.setDomainAxis(dateAxis(p.dates()));
        NumberAxis y = new NumberAxis(null);
        ChartLook.style(y);
        y.setTickLabelFont(TICKS);
        y.setNumberFormatOverride(compact());
        y.setRange(0, top(p));
        plot.setRangeAxis(y);

        YIntervalSeries s = new YIntervalSeries("simulated");
        for (int i = 0; i < p.dates().size(); i++) {
            double m = p.simulated()[i];
            if (Double.isNaN(m)) {
                continue;
            }
            double lo = p.hasBand() && !Double.isNaN(p.low()[i]) ? Math.max(0, p.low()[i]) : m;
            double hi = p.hasBand() && !Double.isNaN(p.high()[i]) ? p.high()[i] : m;
            s.add(ChartLook.x(p.dates().get(i)), m, lo, hi);
        }
        YIntervalSeriesCollection band = new YIntervalSeriesCollection();
        band.addSeries(s);
        DeviationRenderer lines = new DeviationRenderer(true, false);
        lines.setAlpha(0.25f);
        lines.setSeriesPaint(0, SIMULATED);
        lines.setSeriesFillPaint(0, SIMULATED);
        lines.setAutoPopulateSeriesStroke(false);
        lines.setBaseStroke(new BasicStroke(1.6f));
        plot.setDataset(0, points(p));
        plot.setRenderer(0, pointRenderer(verdictColor(p)));
        plot.setDataset(1, band);
        plot.setRenderer(1, lines);

        double hi = Double.isNaN(t.high()) ? y.getUpperBound() * 10 : t.high();
        double lo = Double.isNaN(t.low()) ? 0 : t.low();
        plot.addRangeMarker(new IntervalMarker(lo, hi, RANGE), Layer.BACKGROUND);
        double from = ChartLook.x(t.dateFrom());
        double to = ChartLook.x(t.dateTo());
        if (p.curve() == ValidationPanel.Curve.CUMULATIVE || t.dateFrom().equals(t.dateTo())) {
            plot.addDomainMarker(
                    new ValueMarker(
                            to,
                            new Color(0, 0, 0, 90),
                            new BasicStroke(
                                    1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {3, 3}, 0)),
                    Layer.BACKGROUND);
        } else {
            plot.addDomainMarker(new IntervalMarker(from - HALF_DAY, to + HALF_DAY, WINDOW), Layer.BACKGROUND);
        }

        JFreeChart chart = new JFreeChart(null, PANEL_TITLE, plot, false);
        chart.setBackgroundPaint(p.result().inside() ? Color.WHITE : OUTSIDE_BACKGROUND);
        chart.setPadding(new RectangleInsets(4, 4, 2, 10));
        TextTitle title = new TextTitle(t.id() + "  " + verdict(p), PANEL_TITLE);
        title.setPaint(verdictColor(p));
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.addSubtitle(title);
        TextTitle what = new TextTitle(what(t), PANEL_TEXT);
        what.setPaint(ChartLook.TEXT);
        what.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.addSubtitle(what);
        TextTitle numbers = new TextTitle(numbers(p), PANEL_TEXT);
        numbers.setPaint(ChartLook.TEXT);
        numbers.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.addSubtitle(numbers);
        return chart;
    }

    /** What the target measures, in one short line: "sum of crossings_out, country:Georgia". */
    static String what(Target t) {
        String stat = t.statistic() == Statistic.SUM && !t.dateFrom().equals(t.dateTo())
                ? "total"
                : t.statistic() == Statistic.SUM ? "day" : t.statistic().key();
        String scope = t.scope().equals("all") ? "" : ", " + t.scope();
        return stat + " of " + t.metric() + scope + ", " + window(t);
    }

    static String numbers(ValidationPanel p) {
        Target t = p.target();
        String sim =
                Double.isNaN(p.result().simulated()) ? "-" : number(p.result().simulated());
        return "simulated " + sim + "   reported " + number(t.value()) + " " + range(t);
    }

    private static String window(Target t) {
        String from = day(t.dateFrom());
        return t.dateFrom().equals(t.dateTo()) ? from : from + "-" + day(t.dateTo());
    }

    private static String day(LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
                + (d.getYear() == 2022 ? "" : " " + d.getYear());
    }

    static String range(Target t) {
        if (Double.isNaN(t.high())) {
            return "[>= " + number(t.low()) + "]";
        }
        if (Double.isNaN(t.low())) {
            return "[<= " + number(t.high()) + "]";
        }
        return "[" + number(t.low()) + "-" + number(t.high()) + "]";
    }

    static String number(double v) {
        if (Math.abs(v) >= 100 || v == Math.rint(v)) {
            return String.format(Locale.ENGLISH, "%,.0f", v);
        }
        return String.format(Locale.ENGLISH, "%.1f", v);
    }

    /** The top of the value axis: the curve, its band, the reported value and the finite bounds, with room. */
    static double top(ValidationPanel p) {
        Target t = p.target();
        double max = Math.max(t.value(), 1);
        for (double v : new double[] {t.low(), t.high(), p.result().simulated()}) {
            max = Double.isNaN(v) ? max : Math.max(max, v);
        }
        for (int i = 0; i < p.simulated().length; i++) {
            max = Double.isNaN(p.simulated()[i]) ? max : Math.max(max, p.simulated()[i]);
            if (p.hasBand() && !Double.isNaN(p.high()[i])) {
                max = Math.max(max, p.high()[i]);
            }
        }
        return max * 1.12;
    }

    /** The reported value (series 0) and the simulated statistic (series 1), at the day the statistic is taken. */
    private static XYSeriesCollection points(ValidationPanel p) {
        Target t = p.target();
        XYSeries reported = new XYSeries("reported");
        XYSeries simulated = new XYSeries("simulated");
        double at = ChartLook.x(t.dateTo());
        reported.add(at, t.value());
        if (!Double.isNaN(p.result().simulated())) {
            simulated.add(statisticDay(p), p.result().simulated());
        }
        XYSeriesCollection c = new XYSeriesCollection();
        c.addSeries(reported);
        c.addSeries(simulated);
        return c;
    }

    /** Where the simulated statistic is drawn: on its day for a peak, at the window's last day otherwise. */
    private static double statisticDay(ValidationPanel p) {
        Target t = p.target();
        if (t.statistic() == Statistic.MAX) {
            for (int i = 0; i < p.dates().size(); i++) {
                LocalDate d = p.dates().get(i);
                if (!d.isBefore(t.dateFrom())
                        && !d.isAfter(t.dateTo())
                        && p.simulated()[i] == p.result().simulated()) {
                    return ChartLook.x(d);
                }
            }
        }
        return ChartLook.x(t.dateTo());
    }

    private static XYLineAndShapeRenderer pointRenderer(Color verdict) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesShape(0, diamond(0, 0));
        r.setSeriesPaint(0, Color.BLACK);
        r.setSeriesShape(1, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        r.setSeriesPaint(1, verdict);
        return r;
    }

    static Shape diamond(double x, double y) {
        Path2D d = new Path2D.Double();
        d.moveTo(x, y - 6);
        d.lineTo(x + 5, y);
        d.lineTo(x, y + 6);
        d.lineTo(x - 5, y);
        d.closePath();
        return d;
    }

    private static DateAxis dateAxis(List<LocalDate> dates) {
        DateAxis x = ChartLook.dateAxis();
        x.setTickLabelFont(TICKS);
        x.setRange(ChartLook.x(dates.get(0)) - HALF_DAY, ChartLook.x(dates.get(dates.size() - 1)) + HALF_DAY);
        return x;
    }

    /** Axis numbers short enough for a small panel: 950, 9.5k, 950k, 1.2M. */
    private static java.text.NumberFormat compact() {
        return new java.text.NumberFormat() {
            private static final long serialVersionUID = 1L;

            @Override
            public StringBuffer format(double v, StringBuffer sb, java.text.FieldPosition pos) {
                DecimalFormat one = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
                double a = Math.abs(v);
                if (a >= 1e6) {
                    return sb.append(one.format(v / 1e6)).append('M');
                }
                if (a >= 1e3) {
                    return sb.append(one.format(v / 1e3)).append('k');
                }
                return sb.append(one.format(v));
            }

            @Override
            public StringBuffer format(long v, StringBuffer sb, java.text.FieldPosition pos) {
                return format((double) v, sb, pos);
            }

            @Override
            public Number parse(String source, java.text.ParsePosition pos) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** A panel without a series: a target the run's dates do not cover, or one it cannot answer. */
    static void drawText(Graphics2D g, ValidationPanel p, Rectangle r) {
        g.setPaint(p.result().applicable() ? OUTSIDE_BACKGROUND : new Color(0xF6, 0xF6, 0xF6));
        g.fill(r);
        g.setPaint(verdictColor(p));
        g.setFont(PANEL_TITLE);
        g.drawString(p.target().id() + "  " + verdict(p), r.x + 8, r.y + 18);
        g.setPaint(ChartLook.TEXT);
        g.setFont(PANEL_TEXT);
        FontMetrics fm = g.getFontMetrics();
        int y = r.y + 36;
        List<String> lines = new ArrayList<>();
        lines.add(what(p.target()));
        lines.add("reported " + number(p.target().value()) + " " + range(p.target()));
        lines.addAll(wrap(
                (p.result().applicable() ? "" : "not applicable: ") + p.result().reason(), fm, r.width - 16));
        for (String line : lines) {
            g.drawString(line, r.x + 8, y);
            y += fm.getHeight();
        }
    }

    static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && fm.stringWidth(line + " " + word) > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }
}
