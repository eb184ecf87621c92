package org.callup.viz.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartFilesTest {
    /** Kept under target/ so that a reader can look at the charts after the build. */
    private final Path dir = Path.of("target", "chart-samples");

    @Test
    void writesAPngAndAnSvgPerChartWithTheEventListBelow() throws Exception {
        List<Path> files = ChartFiles.writeAll(ChartCatalog.all(), new SyntheticHistory(60, 12), dir);

        assertEquals(2 * ChartCatalog.all().size(), files.size());
        BufferedImage states = ImageIO.read(dir.resolve("states.png").toFile());
        assertEquals(ChartFiles.WIDTH, states.getWidth());
        assertTrue(states.getHeight() > ChartFiles.HEIGHT, "room was added for the event list");
        String svg = Files.readString(dir.resolve("borders.svg"));
        assertTrue(svg.contains("<svg"), svg.substring(0, 40));
        assertTrue(svg.contains("Border crossings and waits"), "the title is text in the SVG");
        assertTrue(svg.contains("Finland refuses tourist visas"), "the events are listed");
    }
}
