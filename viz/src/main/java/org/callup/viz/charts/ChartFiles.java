package org.callup.viz.charts;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/** Writes charts as PNG (for reading) and SVG (for papers and slides). */
public final class ChartFiles {
    static final int WIDTH = 1200;
    static final int HEIGHT = 720;
    /** Height of one line of the event list, so the list does not squeeze the plot. */
    private static final int EVENT_LINE = 17;
    /** Room under the last line of the event list, so that its descenders are not cut off. */
    private static final int MARGIN = 8;

    static {
        // ImageIO's default disk cache leaves a temporary file and, when the disk is full, a shutdown hook that
        // fails with a stack trace after callup has reported the error; a chart fits in memory.
        ImageIO.setUseCache(false);
    }

    private ChartFiles() {}

    /** Writes {@code <dir>/<name>.png} and {@code <dir>/<name>.svg} for every chart; returns the files written. */
    public static List<Path> writeAll(List<RunChart> charts, RunHistory history, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (RunChart c : charts) {
            JFreeChart chart = c.create();
            c.update(chart, history, WIDTH);
            int rows = EventListTitle.add(chart, history.events());
            int height = HEIGHT + (rows == 0 ? 0 : EVENT_LINE * rows + MARGIN);
            out.addAll(write(chart, dir, c.fileName(), WIDTH, height));
        }
        return out;
    }

    /** Writes {@code <dir>/<name>.png} and {@code <dir>/<name>.svg}, creating {@code dir}; returns both files. */
    static List<Path> write(JFreeChart chart, Path dir, String name, int width, int height) throws IOException {
        Files.createDirectories(dir);
        Path png = dir.resolve(name + ".png");
        ChartUtilities.saveChartAsPNG(png.toFile(), chart, width, height);
        Path svg = dir.resolve(name + ".svg");
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(width, height));
        SVGUtils.writeToSVG(svg.toFile(), g.getSVGElement());
        return List.of(png, svg);
    }
}
