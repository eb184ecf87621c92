package org.callup.viz.map;

import java.util.List;
import sim.util.Double2D;

/**
 * Places latitude and longitude on the map's field: an equirectangular projection with longitudes shrunk by the
 * cosine of 56 degrees north, the latitude of Moscow, so that shapes in European Russia look right. One field unit
 * is one degree of latitude; north is up.
 */
final class MapProjection {
    private static final double SHRINK = Math.cos(Math.toRadians(56));
    /** Room around the outermost places, in degrees of latitude, for circles and labels. */
    static final double MARGIN = 3.0;

    private final double west;
    private final double north;
    private final double width;
    private final double height;

    /** @param places {@code {latitude, longitude}} of every place to show; non-finite entries are ignored */
    MapProjection(List<double[]> places) {
        double w = Double.POSITIVE_INFINITY;
        double e = Double.NEGATIVE_INFINITY;
        double n = Double.NEGATIVE_INFINITY;
        double s = Double.POSITIVE_INFINITY;
        for (double[] p : places) {
            if (Double.isFinite(p[0]) && Double.isFinite(p[1])) {
                s = Math.min(s, p[0]);
                n = Math.max(n, p[0]);
                w = Math.min(w, p[1]);
                e = Math.max(e, p[1]);
            }
        }
        if (w > e) {
            throw new IllegalArgumentException("no place has a latitude and a longitude");
        }
        this.west = w;
        this.north = n;
        this.width = (e - w) * SHRINK + 2 * MARGIN;
        this.height = (n - s) + 2 * MARGIN;
    }

    Double2D place(double latitude, double longitude) {
        return new Double2D((longitude - west) * SHRINK + MARGIN, (north - latitude) + MARGIN);
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    static boolean placeable(double latitude, double longitude) {
        return Double.isFinite(latitude) && Double.isFinite(longitude);
    }
}
