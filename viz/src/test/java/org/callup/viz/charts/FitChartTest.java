package org.callup.viz.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.callup.experiments.calibration.FitReport;
import org.callup.results.Statistic;
import org.callup.results.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitChartTest {
    private static final LocalDate D = LocalDate.of(2022, 10, 1);

    @TempDir
    Path dir;

    private static FitReport.Row row(String id, double value, double low, double high, double mean, String reason) {
        Target t = new Target(id, "mobilized", "all", Statistic.SUM, D, D, value, low, high, "official", "test", 2);
        return new FitReport.Row(t, 1, mean, 0, mean * 0.9, mean * 1.1, 3, 0.1, reason);
    }

    @Test
    void writesAPngAndAnSvgWithOneRowPerCountedTarget() throws Exception {
        FitReport fit = new FitReport(
                List.of(
                        row("mobilized", 300_000, 250_000, 350_000, 280_000, ""),
                        row("arsons", 17, 10, Double.NaN, 25, ""),
                        row("left_out", 5, 1, 9, Double.NaN, "outside the run's dates")),
                0.2,
                4);

        List<Path> files = FitChart.write(fit, dir, "fit");

        assertEquals(List.of(dir.resolve("fit.png"), dir.resolve("fit.svg")), files);
        BufferedImage png = ImageIO.read(files.get(0).toFile());
        assertEquals(FitChart.WIDTH, png.getWidth());
        String svg = Files.readString(files.get(1));
        assertTrue(svg.contains("Calibrated fit"), "the title is text in the SVG");
        assertTrue(svg.contains(">mobilized<") && svg.contains(">arsons<"), "every counted target has a row");
        assertTrue(!svg.contains(">left_out<"), "a target the loss does not count has none");
        assertTrue(svg.contains("simulated mean of 4 runs"), "the legend names the replications");
    }
}
