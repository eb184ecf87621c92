package org.callup.viz.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The charts window gives each chart a readable size on the screens people use, with tabs when it must. */
class ChartGridTest {
    /** A window manager's title bar, which the window's bounds include and its content does not. */
    private static final int TITLE_BAR = 30;

    private static final int CHARTS = 4;

    @ParameterizedTest
    @CsvSource({"0, 1600, 1000", "0, 1920, 1080", "0, 1280, 1024", "0, 2560, 1440", "27, 1366, 741", "0, 1366, 768"})
    void everyChartGetsAReadableCellInTheChartsWindowAsItOpens(int top, int width, int height) {
        Rectangle window =
                WindowLayout.within(new Rectangle(0, top, width, height)).charts();
        int bodyWidth = window.width - LiveCharts.sideWidth(window.width);
        int bodyHeight = window.height - TITLE_BAR;

        ChartGrid g = ChartGrid.fit(CHARTS, bodyWidth, bodyHeight);

        int pageHeight = g.pageHeight(CHARTS, bodyHeight);
        assertTrue(bodyWidth / g.columns() >= ChartGrid.MIN_WIDTH, g + " in " + bodyWidth + " wide");
        if (g.compact(CHARTS, bodyHeight)) {
            assertEquals(new ChartGrid(1, 1), g, "compact charts take a tab each");
            assertTrue(
                    pageHeight >= ChartGrid.COMPACT_MIN_HEIGHT, g + " in " + pageHeight + " high, with no scrolling");
        } else {
            assertTrue(pageHeight / g.rows() >= ChartGrid.MIN_HEIGHT, g + " in " + pageHeight + " high");
        }
        assertTrue(g.pages(CHARTS) * g.perPage() >= CHARTS, "every chart on some tab");
    }

    /** A 1366x768 laptop with a 27-pixel panel gives the charts window about 370 pixels. */
    @Test
    void onALaptopScreenEachChartHasATabAndDrawsCompactWithoutScrolling() {
        Rectangle window = WindowLayout.within(new Rectangle(0, 27, 1366, 741)).charts();
        int bodyHeight = window.height - TITLE_BAR;
        ChartGrid g = ChartGrid.fit(CHARTS, window.width - LiveCharts.sideWidth(window.width), bodyHeight);

        assertEquals(new ChartGrid(1, 1), g);
        assertEquals(CHARTS, g.pages(CHARTS));
        assertTrue(g.compact(CHARTS, bodyHeight));
        assertTrue(g.pageHeight(CHARTS, bodyHeight) >= ChartGrid.COMPACT_MIN_HEIGHT);
        assertFalse(new ChartGrid(2, 1).compact(CHARTS, 1000 - 500 - TITLE_BAR), "not at 1600x1000");
    }

    @Test
    void atThe1600By1000ScreenTwoChartsShowSideBySideOnEachOfTwoTabs() {
        Rectangle window = WindowLayout.within(new Rectangle(0, 0, 1600, 1000)).charts();
        ChartGrid g =
                ChartGrid.fit(CHARTS, window.width - LiveCharts.sideWidth(window.width), window.height - TITLE_BAR);
        assertEquals(new ChartGrid(2, 1), g);
        assertEquals(2, g.pages(CHARTS));
    }

    @Test
    void aLargeWindowShowsAllFourAtOnceAndATinyOneStillShowsOne() {
        assertEquals(new ChartGrid(2, 2), ChartGrid.fit(CHARTS, 1400, 900));
        assertEquals(new ChartGrid(1, 1), ChartGrid.fit(CHARTS, 300, 200));
    }
}
