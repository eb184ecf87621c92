package org.callup.viz.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.callup.experiments.calibration.TargetGroups;
import org.callup.results.ValidationPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * The validation of a run as small multiples: one panel per target ({@link ValidationPanelChart}), grouped by the
 * kind of evidence (borders, protest, attacks, mobilization, exodus, as the out-of-sample check groups them), each
 * framed and labelled in the colour of its verdict, so a reader sees at a glance where the model fails. Written as
 * PNG and SVG.
 */
public final class ValidationChart {
    static final int COLUMNS = 6;
    static final int PANEL_WIDTH = 300;
    static final int PANEL_HEIGHT = 200;
    static final int GAP = 8;
    static final int WIDTH = COLUMNS * PANEL_WIDTH + (COLUMNS + 1) * GAP;
    private static final int TITLE = 64;
    private static final int GROUP_HEADER = 30;
    private static final int LEGEND = 44;

    private ValidationChart() {}

    /**
     * Writes {@code png} and {@code svg} (either may be null); returns the files written.
     *
     * @param title    the chart's heading (what was validated against what)
     * @param subtitle a line under it (how many targets are inside; what the band is)
     */
    public static List<Path> write(String title, String subtitle, List<ValidationPanel> panels, Path png, Path svg)
            throws IOException {
        Map<String, List<ValidationPanel>> groups = groups(panels);
        int height = height(groups);
        List<Path> out = new ArrayList<>();
        if (png != null) {
            createParent(png);
            BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            draw(g, title, subtitle, groups, height);
            g.dispose();
            ImageIO.write(image, "png", png.toFile());
            out.add(png);
        }
        if (svg != null) {
            createParent(svg);
            SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
            draw(g, title, subtitle, groups, height);
            SVGUtils.writeToSVG(svg.toFile(), g.getSVGElement());
            out.add(svg);
        }
        return out;
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    /** Panels by group, in the order of {@link TargetGroups#GROUPS} and then any other, each in file order. */
    static Map<String, List<ValidationPanel>> groups(List<ValidationPanel> panels) {
        Map<String, List<ValidationPanel>> out = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(TargetGroups.GROUPS);
        order.add(TargetGroups.OTHER);
        for (String group : order) {
            List<ValidationPanel> in = panels.stream()
                    .filter(p -> TargetGroups.ofMetric(p.target().metric()).equals(group))
                    .toList();
            if (!in.isEmpty()) {
                out.put(group, in);
            }
        }
        return out;
    }

    static int height(Map<String, List<ValidationPanel>> groups) {
        int h = TITLE + LEGEND;
        for (List<ValidationPanel> g : groups.values()) {
            int rows = (g.size() + COLUMNS - 1) / COLUMNS;
            h += GROUP_HEADER + rows * (PANEL_HEIGHT + GAP);
        }
        return h + GAP;
    }

    private static void draw(
            Graphics2D g, String title, String subtitle, Map<String, List<ValidationPanel>> groups, int height) {
        g.setPaint(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setPaint(ChartLook.TEXT);
        g.setFont(ChartLook.TITLE);
        g.drawString(title, GAP + 4, 26);
        g.setFont(ChartLook.SUBTITLE);
        g.drawString(subtitle, GAP + 4, 48);
        int y = TITLE;
        for (Map.Entry<String, List<ValidationPanel>> e : groups.entrySet()) {
            List<ValidationPanel> panels = e.getValue();
            long applicable =
                    panels.stream().filter(p -> p.result().applicable()).count();
            long inside = panels.stream().filter(p -> p.result().inside()).count();
            g.setPaint(ChartLook.TEXT);
            g.setFont(new Font(ChartLook.FONT, Font.BOLD, 14));
            String header = capitalized(e.getKey()) + ": " + inside + " of " + applicable + " inside";
            g.drawString(header, GAP + 4, y + 21);
            g.setPaint(ChartLook.GRID);
            g.setStroke(new BasicStroke(1f));
            FontMetrics fm = g.getFontMetrics();
            int lineX = GAP + 16 + fm.stringWidth(header);
            g.drawLine(lineX, y + 16, WIDTH - GAP, y + 16);
            y += GROUP_HEADER;
            for (int i = 0; i < panels.size(); i++) {
                int col = i % COLUMNS;
                int row = i / COLUMNS;
                Rectangle r = new Rectangle(
                        GAP + col * (PANEL_WIDTH + GAP), y + row * (PANEL_HEIGHT + GAP), PANEL_WIDTH, PANEL_HEIGHT);
                drawPanel(g, panels.get(i), r);
            }
            y += ((panels.size() + COLUMNS - 1) / COLUMNS) * (PANEL_HEIGHT + GAP);
        }
        drawLegend(g, y + 8);
    }

    private static void drawPanel(Graphics2D g, ValidationPanel p, Rectangle r) {
        if (p.hasSeries()) {
            JFreeChart chart = ValidationPanelChart.chart(p);
            Graphics2D inner = (Graphics2D) g.create();
            chart.draw(inner, r);
            inner.dispose();
        } else {
            ValidationPanelChart.drawText(g, p, r);
        }
        g.setPaint(ValidationPanelChart.verdictColor(p));
        g.setStroke(new BasicStroke(p.result().applicable() && !p.result().inside() ? 2.5f : 1.2f));
        g.draw(new Rectangle2D.Double(r.x + 0.5, r.y + 0.5, r.width - 1, r.height - 1));
    }

    private static void drawLegend(Graphics2D g, int y) {
        g.setFont(ChartLook.LEGEND);
        FontMetrics fm = g.getFontMetrics();
        int x = GAP + 4;
        int mid = y + 10;
        g.setPaint(ValidationPanelChart.SIMULATED);
        g.setStroke(ChartLook.LINE);
        g.drawLine(x, mid, x + 24, mid);
        x = label(g, fm, x + 30, mid, "simulated (mean of the replications; band: its 95% interval)");
        g.setPaint(ValidationPanelChart.RANGE);
        g.fillRect(x, mid - 6, 24, 12);
        x = label(g, fm, x + 30, mid, "the target's range");
        g.setPaint(ValidationPanelChart.WINDOW);
        g.fillRect(x, mid - 8, 10, 16);
        x = label(g, fm, x + 16, mid, "its dates");
        g.setPaint(Color.BLACK);
        g.fill(ValidationPanelChart.diamond(x + 6, mid));
        x = label(g, fm, x + 18, mid, "reported value");
        g.setPaint(ValidationPanelChart.INSIDE);
        g.fill(new Ellipse2D.Double(x, mid - 5, 10, 10));
        g.setPaint(ValidationPanelChart.OUTSIDE);
        g.fill(new Ellipse2D.Double(x + 12, mid - 5, 10, 10));
        x = label(g, fm, x + 28, mid, "simulated statistic, inside / outside the range");
        label(g, fm, x, mid, "A total over several days is drawn as the running total from the window's first day.");
    }

    private static int label(Graphics2D g, FontMetrics fm, int x, int mid, String text) {
        g.setPaint(ChartLook.TEXT);
        g.drawString(text, x, mid + fm.getAscent() / 2 - 1);
        return x + fm.stringWidth(text) + 22;
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
