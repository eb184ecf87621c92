package org.callup.viz.gui;

import java.awt.GraphicsConfiguration;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;

/**
 * Where the GUI's three windows open: the Console down the left of the screen, the map above the charts to its
 * right, all within the part of the screen that panels and docks leave free. On a screen too narrow for a column
 * beside the Console, the map and the charts take the whole width and cover the Console's right side.
 *
 * @param console where the Console opens
 * @param map     where the map opens
 * @param charts  where the charts open
 */
record WindowLayout(Rectangle console, Rectangle map, Rectangle charts) {
    /** The Console's width on a wide screen: its Model tab's labels and sliders, and no more. */
    static final int CONSOLE_WIDTH = 540;
    /** The narrowest Console whose tabs and buttons still show. */
    static final int CONSOLE_MIN_WIDTH = 380;
    /** The narrowest column for the map and the charts. */
    static final int RIGHT_MIN_WIDTH = 640;
    /** The map's share of the right column's height; the charts, with their legends, take the rest. */
    static final double MAP_SHARE = 0.5;

    /** The layout for a screen whose free area is {@code screen}. */
    static WindowLayout within(Rectangle screen) {
        int consoleWidth = Math.max(
                Math.min(CONSOLE_MIN_WIDTH, screen.width), Math.min(CONSOLE_WIDTH, (int) (screen.width * 0.3)));
        Rectangle console = new Rectangle(screen.x, screen.y, consoleWidth, screen.height);
        int rightWidth = Math.min(screen.width, Math.max(RIGHT_MIN_WIDTH, screen.width - consoleWidth));
        int rightX = screen.x + screen.width - rightWidth;
        int mapHeight = (int) Math.round(screen.height * MAP_SHARE);
        Rectangle map = new Rectangle(rightX, screen.y, rightWidth, mapHeight);
        Rectangle charts = new Rectangle(rightX, screen.y + mapHeight, rightWidth, screen.height - mapHeight);
        return new WindowLayout(console, map, charts);
    }

    /** The free area of a screen: its bounds less the insets of task bars, panels and docks. */
    static Rectangle usable(GraphicsConfiguration gc) {
        Rectangle b = gc.getBounds();
        Insets in = Toolkit.getDefaultToolkit().getScreenInsets(gc);
        return new Rectangle(b.x + in.left, b.y + in.top, b.width - in.left - in.right, b.height - in.top - in.bottom);
    }

    /** The free area of the default screen. */
    static Rectangle usableDefault() {
        return usable(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getDefaultScreenDevice()
                .getDefaultConfiguration());
    }
}
