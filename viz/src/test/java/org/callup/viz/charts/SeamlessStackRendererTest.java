package org.callup.viz.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.regex.Pattern;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

/** The stacked chart's layers meet with no line of background between days or between layers. */
class SeamlessStackRendererTest {
    private static final Color LOW = new Color(0xD62728);
    private static final Color HIGH = new Color(0x8B0000);
    private static final int DAYS = 37;

    /** Two layers of 100 and 50 on 37 days, drawn anti-aliased 401 pixels wide so that days fall between pixels. */
    private static BufferedImage draw(XYItemRenderer r, Rectangle2D[] dataArea) {
        JFreeChart chart = chart(r);
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = chart.createBufferedImage(401, 300, info);
        dataArea[0] = info.getPlotInfo().getDataArea();
        return img;
    }

    private static JFreeChart chart(XYItemRenderer r) {
        DefaultTableXYDataset data = new DefaultTableXYDataset(false);
        XYSeries low = new XYSeries("low", false, false);
        XYSeries high = new XYSeries("high", false, false);
        for (int d = 0; d < DAYS; d++) {
            low.add(d, 100.0, false);
            high.add(d, 50.0 + 10 * Math.sin(d), false);
        }
        data.addSeries(low);
        data.addSeries(high);
        r.setSeriesPaint(0, LOW);
        r.setSeriesPaint(1, HIGH);
        NumberAxis x = new NumberAxis();
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0);
        x.setUpperMargin(0);
        NumberAxis y = new NumberAxis();
        y.setRange(0, 200);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setAntiAlias(true);
        return chart;
    }

    /**
     * How many shapes the lower layer is filled with in the SVG the report inlines. A browser anti-aliases each shape
     * on its own, so every edge two shapes share shows as a thin seam of background: one shape per layer has none.
     */
    private static int shapesOfTheLowerLayer(XYItemRenderer r) {
        JFreeChart chart = chart(r);
        SVGGraphics2D g = new SVGGraphics2D(401, 300);
        chart.draw(g, new Rectangle(401, 300));
        String fill = "fill:rgb(" + LOW.getRed() + "," + LOW.getGreen() + "," + LOW.getBlue() + ")";
        return g.getSVGElement().split(Pattern.quote(fill), -1).length - 1;
    }

    @Test
    void eachLayerIsOneShapeFromItsFirstDayToItsLast() {
        assertEquals(1, shapesOfTheLowerLayer(new SeamlessStackRenderer()));
        assertTrue(
                shapesOfTheLowerLayer(new StackedXYAreaRenderer2()) >= DAYS,
                "JFreeChart's own renderer fills each day apart");
    }

    @Test
    void theEdgeBetweenTwoLayersShowsNoBackground() {
        Rectangle2D[] area = new Rectangle2D[1];
        BufferedImage img = draw(new SeamlessStackRenderer(), area);
        Rectangle2D a = area[0];
        int brightest = Math.max(
                LOW.getRed() + LOW.getGreen() + LOW.getBlue(), HIGH.getRed() + HIGH.getGreen() + HIGH.getBlue());
        double top100 = a.getMaxY() - a.getHeight() * 0.5; // the lower layer's top, at 100 of 200
        for (int x = (int) a.getMinX() + 3; x < (int) a.getMaxX() - 3; x++) {
            for (int y = (int) top100 - 3; y <= (int) top100 + 3; y++) {
                Color c = new Color(img.getRGB(x, y));
                assertTrue(
                        c.getRed() + c.getGreen() + c.getBlue() <= brightest,
                        "background shows between the layers at " + x + "," + y + ": " + c);
            }
        }
    }
}
