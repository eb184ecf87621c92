package org.callup.report;

import com.samskivert.mustache.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The convergence of a calibration's search, from trace.csv: a table per generation and a line chart of the loss
 * of every candidate and of the best so far. The chart is drawn here as SVG from a template, as no chart class of
 * the program draws a trace.
 */
final class ConvergenceTrace {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 340;
    private static final int LEFT = 80;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;

    private ConvergenceTrace() {}

    /** One row per generation: its candidates, its lowest loss, the best loss so far and its targets inside. */
    static Page.Table table(List<Map<String, String>> trace) {
        Map<String, List<Map<String, String>>> byGeneration = new LinkedHashMap<>();
        for (Map<String, String> r : trace) {
            byGeneration
                    .computeIfAbsent(r.get("generation"), g -> new ArrayList<>())
                    .add(r);
        }
        List<Page.Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<Map<String, String>>> e : byGeneration.entrySet()) {
            List<Map<String, String>> g = e.getValue();
            double lowest = g.stream()
                    .mapToDouble(r -> Format.parse(r.get("loss")))
                    .filter(v -> !Double.isNaN(v))
                    .min()
                    .orElse(Double.NaN);
            Map<String, String> last = g.get(g.size() - 1);
            rows.add(new Page.Row(
                    List.of(
                            Page.Cell.num(e.getKey()),
                            Page.Cell.num(Integer.toString(g.size())),
                            Page.Cell.num(Format.number(lowest)),
                            Page.Cell.num(Format.number(last.get("best_loss"))),
                            Page.Cell.num(last.get("targets_inside"))),
                    ""));
        }
        return new Page.Table(
                "",
                List.of(
                        new Page.Column("generation", "num"),
                        new Page.Column("candidates", "num"),
                        new Page.Column("lowest loss", "num"),
                        new Page.Column("best loss so far", "num"),
                        new Page.Column("targets inside (last candidate)", "num")),
                rows,
                "Generation 0 is the start; " + "trace.csv has every candidate and its parameters.");
    }

    /** The chart, or empty when the trace has fewer than two candidates with a loss. */
    static Optional<Page.Figure> figure(List<Map<String, String>> trace) throws IOException {
        List<double[]> points = new ArrayList<>();
        for (Map<String, String> r : trace) {
            double x = Format.parse(r.get("evaluation"));
            double loss = Format.parse(r.get("loss"));
            double best = Format.parse(r.get("best_loss"));
            if (!Double.isNaN(x) && !Double.isNaN(loss) && !Double.isNaN(best)) {
                points.add(new double[] {x, loss, best});
            }
        }
        if (points.size() < 2) {
            return Optional.empty();
        }
        double xMax = points.stream().mapToDouble(p -> p[0]).max().orElse(1);
        double yMin =
                points.stream().mapToDouble(p -> Math.min(p[1], p[2])).min().orElse(0);
        double yMax =
                points.stream().mapToDouble(p -> Math.max(p[1], p[2])).max().orElse(1);
        boolean log = yMin > 0 && yMax / yMin > 20;
        Scale y = log ? new Scale(Math.log10(yMin), Math.log10(yMax), true) : new Scale(Math.min(0, yMin), yMax, false);
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("width", WIDTH);
        ctx.put("height", HEIGHT);
        ctx.put("left", LEFT);
        ctx.put("right", WIDTH - RIGHT);
        ctx.put("top", TOP);
        ctx.put("bottom", HEIGHT - BOTTOM);
        ctx.put("loss", polyline(points, 1, xMax, y));
        ctx.put("best", polyline(points, 2, xMax, y));
        ctx.put("yTicks", y.ticks());
        ctx.put("xTicks", xTicks(xMax));
        ctx.put("yLabel", log ? "loss (log scale)" : "loss");
        ctx.put("xLabelX", (LEFT + WIDTH - RIGHT) / 2);
        ctx.put("xLabelY", HEIGHT - 15);
        ctx.put("yLabelY", (TOP + HEIGHT - BOTTOM) / 2);
        try (InputStream in = ConvergenceTrace.class.getResourceAsStream("trace.svg.mustache")) {
            if (in == null) {
                throw new IOException("the report's trace.svg.mustache is missing from the build");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                String svg = Mustache.compiler().escapeHTML(true).compile(r).execute(ctx);
                return Optional.of(new Page.Figure(
                        svg, "Loss of each candidate (grey) and the best so far (red), by " + "candidate evaluated."));
            }
        }
    }

    private static String polyline(List<double[]> points, int column, double xMax, Scale y) {
        StringBuilder sb = new StringBuilder();
        for (double[] p : points) {
            sb.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(p[0], xMax), y.pixel(p[column])));
        }
        return sb.toString().strip();
    }

    private static double x(double v, double xMax) {
        return LEFT + (WIDTH - RIGHT - LEFT) * (xMax <= 1 ? 0 : (v - 1) / (xMax - 1));
    }

    private static List<Map<String, Object>> xTicks(double xMax) {
        List<Map<String, Object>> out = new ArrayList<>();
        double step = niceStep(Math.max(1, xMax - 1) / 8);
        for (double v = 1; v <= xMax + 1e-9; v += step) {
            out.add(Map.of("pos", String.format(Locale.ROOT, "%.1f", x(v, xMax)), "label", Format.number(v)));
            if (step < 1) {
                break;
            }
        }
        return out;
    }

    private static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return Math.max(1, m * p);
            }
        }
        return Math.max(1, 10 * p);
    }

    /** The vertical axis, linear or in powers of ten. */
    private record Scale(double min, double max, boolean log) {
        double pixel(double v) {
            double t = log ? Math.log10(v) : v;
            double span = max - min == 0 ? 1 : max - min;
            return HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * (t - min) / span;
        }

        List<Map<String, Object>> ticks() {
            List<Map<String, Object>> out = new ArrayList<>();
            if (log) {
                for (int e = (int) Math.ceil(min); e <= Math.floor(max); e++) {
                    double v = Math.pow(10, e);
                    out.add(Map.of("pos", String.format(Locale.ROOT, "%.1f", pixel(v)), "label", Format.number(v)));
                }
                if (out.size() >= 2) {
                    return out;
                }
                out.clear();
                double lo = Math.pow(10, min);
                double hi = Math.pow(10, max);
                for (double v : new double[] {lo, Math.sqrt(lo * hi), hi}) {
                    out.add(Map.of("pos", String.format(Locale.ROOT, "%.1f", pixel(v)), "label", Format.number(v)));
                }
                return out;
            }
            double step = niceLinear((max - min) / 5);
            for (double v = Math.ceil(min / step) * step; v <= max + 1e-12; v += step) {
                out.add(Map.of("pos", String.format(Locale.ROOT, "%.1f", pixel(v)), "label", Format.number(v)));
            }
            return out;
        }

        private static double niceLinear(double raw) {
            if (raw <= 0) {
                return 1;
            }
            double p = Math.pow(10, Math.floor(Math.log10(raw)));
            for (double m : new double[] {1, 2, 5, 10}) {
                if (m * p >= raw) {
                    return m * p;
                }
            }
            return 10 * p;
        }
    }
}
