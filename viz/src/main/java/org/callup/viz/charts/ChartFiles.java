package org.callup.viz.charts;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/** Writes the charts of a run as PNG (for reading) and SVG (for papers and slides). */
public final class ChartFiles {
    static final int WIDTH = 1200;
    static final int HEIGHT = 720;
    /** Height of one line of the event list, so the list does not squeeze the plot. */
    private static final int EVENT_LINE = 17;

    private ChartFiles() {
    }

    /** Writes {@code <dir>/<name>.png} and {@code <dir>/<name>.svg} for every chart; returns the files written. */
    public static List<Path> writeAll(List<RunChart> charts, RunHistory history, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (RunChart c : charts) {
            JFreeChart chart = c.create();
            c.update(chart, history, WIDTH);
            int height = HEIGHT + EVENT_LINE * EventListTitle.add(chart, history.events());
            Path png = dir.resolve(c.fileName() + ".png");
            ChartUtilities.saveChartAsPNG(png.toFile(), chart, WIDTH, height);
            Path svg = dir.resolve(c.fileName() + ".svg");
            SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
            chart.draw(g, new Rectangle(WIDTH, height));
            SVGUtils.writeToSVG(svg.toFile(), g.getSVGElement());
            out.add(png);
            out.add(svg);
        }
        return out;
    }
}
