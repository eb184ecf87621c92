package org.callup.viz.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.callup.experiments.sweep.SweepFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensitivityChartTest {
    @TempDir
    Path sweep;

    @Test
    void writesAPngAndAnSvgPerOutputWithTheParametersInFileOrder() throws Exception {
        Files.writeString(sweep.resolve(SweepFolder.SENSITIVITY_FILE), """
                output,parameter,index,estimate,ci_low,ci_high,samples
                emigrants,raid,first_order,0.61,0.5,0.7,64
                emigrants,raid,total_order,0.7,0.6,0.8,64
                emigrants,closure,first_order,0.1,-0.05,0.2,64
                emigrants,closure,total_order,0.2,0.1,0.3,64
                mobilized in total,raid,first_order,0.9,0.8,1.0,64
                mobilized in total,raid,total_order,0.95,0.9,1.0,64
                mobilized in total,closure,first_order,0.01,-0.02,0.03,64
                mobilized in total,closure,total_order,0.02,0.0,0.04,64
                """);

        List<Path> files = SensitivityChart.writeAll(sweep);

        Path charts = sweep.resolve(SweepFolder.CHARTS_DIR);
        assertEquals(
                List.of(
                        charts.resolve("sensitivity-emigrants.png"),
                        charts.resolve("sensitivity-emigrants.svg"),
                        charts.resolve("sensitivity-mobilized_in_total.png"),
                        charts.resolve("sensitivity-mobilized_in_total.svg")),
                files);
        BufferedImage png = ImageIO.read(files.get(0).toFile());
        assertEquals(SensitivityChart.WIDTH, png.getWidth());
        String svg = Files.readString(files.get(1));
        assertTrue(svg.contains("Sensitivity of emigrants"), "the title is text in the SVG");
        assertTrue(svg.contains("64 base samples"), "the caption names the samples");
        int raid = svg.indexOf(">raid<");
        assertTrue(raid >= 0 && raid < svg.indexOf(">closure<"), "the first parameter of the file is drawn first");
    }
}
