package org.callup.viz.map;

import java.awt.Color;

/**
 * A sequential colour ramp (pale yellow, orange, dark red) that reads in greyscale and for the common forms of
 * colour blindness, like ColorBrewer's YlOrRd.
 */
final class ShareColours {
    private static final Color[] STOPS = {
        new Color(0xFFFFCC), new Color(0xFEB24C), new Color(0xF03B20), new Color(0x800026)
    };

    private ShareColours() {}

    /** The colour at {@code t} in [0, 1] (clamped). */
    static Color at(double t) {
        double x = Math.max(0, Math.min(1, Double.isNaN(t) ? 0 : t)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) x);
        double f = x - i;
        Color a = STOPS[i];
        Color b = STOPS[i + 1];
        return new Color(
                mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
