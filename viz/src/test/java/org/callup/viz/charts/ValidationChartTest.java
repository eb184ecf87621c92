package org.callup.viz.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.callup.results.Statistic;
import org.callup.results.Target;
import org.callup.results.ValidationPanel;
import org.callup.results.ValidationResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small multiples of a validation: grouped panels, the verdict in colour and words, the band drawn. */
class ValidationChartTest {
    @TempDir
    Path dir;

    private static final LocalDate SEP_20 = LocalDate.of(2022, 9, 20);

    private static Target target(String id, String metric, Statistic stat, int days, double low, double high) {
        return new Target(
                id, metric, "all", stat, SEP_20, SEP_20.plusDays(days - 1), 100, low, high, "official", "src", 2);
    }

    private static ValidationPanel panel(Target t, double simulated, boolean band) {
        ValidationResult r =
                new ValidationResult(t, true, simulated, t.accepts(simulated), (simulated - t.value()) / t.value(), "");
        List<LocalDate> dates = new ArrayList<>();
        double[] v = new double[15];
        double[] lo = new double[15];
        double[] hi = new double[15];
        for (int i = 0; i < 15; i++) {
            dates.add(SEP_20.minusDays(7).plusDays(i));
            v[i] = simulated;
            lo[i] = simulated * 0.9;
            hi[i] = simulated * 1.1;
        }
        return new ValidationPanel(r, ValidationPanel.Curve.DAILY, dates, v, band ? lo : null, band ? hi : null);
    }

    private static ValidationPanel notApplicable(Target t) {
        return new ValidationPanel(
                new ValidationResult(t, false, Double.NaN, false, Double.NaN, "its window is not within the run"),
                ValidationPanel.Curve.DAILY,
                List.of(),
                new double[0],
                null,
                null);
    }

    private final List<ValidationPanel> panels = List.of(
            panel(target("ge_inside", "crossings_out", Statistic.SUM, 1, 80, 120), 110, true),
            panel(target("ge_outside", "crossings_out", Statistic.SUM, 1, 80, 120), 40, true),
            panel(target("arrests", "protest_arrests", Statistic.MAX, 3, 50, Double.NaN), 60, false),
            notApplicable(target("draft_2024", "mobilized", Statistic.SUM, 90, 90, 110)));

    @Test
    void panelsAreGroupedByKindOfEvidenceInTheOutOfSampleOrder() {
        Map<String, List<ValidationPanel>> g = ValidationChart.groups(panels);
        assertEquals(List.of("borders", "protest", "mobilization"), List.copyOf(g.keySet()));
        assertEquals(2, g.get("borders").size());
    }

    @Test
    void eachPanelSaysItsVerdictInColourAndWordsAndDrawsTheBand() {
        JFreeChart outside = ValidationPanelChart.chart(panels.get(1));
        TextTitle title = (TextTitle) outside.getSubtitle(0);
        assertEquals("ge_outside  OUTSIDE", title.getText());
        assertEquals(ValidationPanelChart.OUTSIDE, title.getPaint());
        assertEquals("simulated 40   reported 100 [80-120]", ((TextTitle) outside.getSubtitle(2)).getText());
        XYPlot plot = outside.getXYPlot();
        assertEquals(36, ((YIntervalSeriesCollection) plot.getDataset(1)).getStartYValue(0, 0), 1e-9, "the band");
        assertEquals(1, plot.getRangeMarkers(org.jfree.ui.Layer.BACKGROUND).size(), "the target's range");
        assertEquals(
                ValidationPanelChart.INSIDE,
                ((TextTitle) ValidationPanelChart.chart(panels.get(0)).getSubtitle(0)).getPaint());
        assertEquals("[>= 50]", ValidationPanelChart.range(panels.get(2).target()));
        assertTrue(ValidationPanelChart.top(panels.get(1)) >= 120, "the axis shows the whole range");
    }

    @Test
    void writesAPngAndAnSvgWithEveryPanelAndGroupHeader() throws Exception {
        List<Path> files = ValidationChart.write(
                "title",
                "subtitle",
                panels,
                dir.resolve("v.png"),
                dir.resolve("sub").resolve("v.svg"));
        assertEquals(2, files.size());
        BufferedImage png = ImageIO.read(dir.resolve("v.png").toFile());
        assertEquals(ValidationChart.WIDTH, png.getWidth());
        assertEquals(ValidationChart.height(ValidationChart.groups(panels)), png.getHeight());
        String svg = Files.readString(dir.resolve("sub").resolve("v.svg"));
        for (String text : List.of(
                "Borders: 1 of 2 inside",
                "Protest: 1 of 1 inside",
                "Mobilization: 0 of 0 inside",
                "ge_outside  OUTSIDE",
                "draft_2024  n/a",
                "not applicable: its window")) {
            assertTrue(svg.contains(text), text);
        }
        assertFalse(svg.contains("NaN"));
    }
}
