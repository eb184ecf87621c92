package org.callup.viz.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowLayoutTest {
    @ParameterizedTest
    @CsvSource({
        "0, 0, 1600, 1000",
        "0, 0, 1920, 1080",
        "0, 0, 1280, 1024",
        "0, 27, 1366, 741",
        "1920, 0, 2560, 1400",
        "0, 0, 1024, 768",
        "0, 0, 800, 600"
    })
    void everyWindowFitsTheScreenAndTheMapAndChartsTile(int x, int y, int width, int height) {
        Rectangle screen = new Rectangle(x, y, width, height);

        WindowLayout l = WindowLayout.within(screen);

        for (Rectangle r : List.of(l.console(), l.map(), l.charts())) {
            assertTrue(screen.contains(r), r + " inside " + screen);
            assertTrue(r.width >= 300 && r.height >= 200, r + " is large enough to use");
        }
        assertFalse(l.map().intersects(l.charts()), "the map and the charts do not overlap");
        assertEquals(l.map().width, l.charts().width);
        assertEquals(screen.y + screen.height, l.charts().y + l.charts().height, "the charts reach the bottom");
        if (width >= WindowLayout.CONSOLE_MIN_WIDTH + WindowLayout.RIGHT_MIN_WIDTH) {
            assertFalse(
                    l.console().intersects(l.map()) || l.console().intersects(l.charts()),
                    "on a screen wide enough, nothing covers the Console");
        }
    }
}
