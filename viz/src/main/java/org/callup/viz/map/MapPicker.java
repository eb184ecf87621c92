package org.callup.viz.map;

import java.awt.geom.Rectangle2D;
import java.util.Map;
import java.util.function.BiPredicate;
import sim.util.Double2D;

/**
 * Finds the one region or post a click means. A click on a region's name means that region (names are drawn on
 * top), a click on a post's square that post (posts are drawn over the discs). Otherwise the click means the
 * marker with the nearest centre among those it falls on or falls within a few pixels of: the small Moscow disc
 * inside the large Moscow Oblast one, a post beside a district's disc. MASON's own
 * hit-testing would return every disc under the point, largest first.
 */
final class MapPicker {
    /** How far outside a marker a click still counts, in pixels: a post's square is a few pixels wide. */
    static final double SLACK_PIXELS = 4;

    private final Map<RegionNode, Double2D> regions;
    private final Map<PostNode, Double2D> posts;
    private final LabelPlacer labels;

    MapPicker(Map<RegionNode, Double2D> regions, Map<PostNode, Double2D> posts, LabelPlacer labels) {
        this.regions = Map.copyOf(regions);
        this.posts = Map.copyOf(posts);
        this.labels = labels;
    }

    /**
     * The region or post at a point of the field, or null for none.
     *
     * @param at            the click, in field units
     * @param pixelsPerUnit the map's current zoom, at which names and the slack are measured
     */
    Object pick(Double2D at, double pixelsPerUnit) {
        labels.atScale(pixelsPerUnit);
        for (RegionNode r : regions.keySet()) {
            Rectangle2D box = labels.box(r);
            if (box != null && box.contains(at.x, at.y)) {
                return r;
            }
        }
        double slack = SLACK_PIXELS / pixelsPerUnit;
        // Posts are drawn over the discs: a click on a post's square means it.
        Object best = nearest(posts, at, (p, d) -> within(at, posts.get(p), PostPortrayal.SIDE / 2));
        if (best == null) {
            Map<Object, Double2D> all = new java.util.HashMap<>(regions);
            all.putAll(posts);
            best = nearest(
                    all,
                    at,
                    (o, d) -> o instanceof RegionNode r
                            ? d <= RegionPortrayal.diameter(r) / 2 + slack
                            : within(at, all.get(o), PostPortrayal.SIDE / 2 + slack));
        }
        return best;
    }

    private static boolean within(Double2D at, Double2D centre, double half) {
        return Math.abs(at.x - centre.x) <= half && Math.abs(at.y - centre.y) <= half;
    }

    /** The place nearest to the point (by its centre) among those the click falls on. */
    private static <T> T nearest(Map<T, Double2D> places, Double2D at, BiPredicate<T, Double> hit) {
        T best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (Map.Entry<T, Double2D> e : places.entrySet()) {
            double d = e.getValue().distance(at);
            if (d < bestDistance && hit.test(e.getKey(), d)) {
                best = e.getKey();
                bestDistance = d;
            }
        }
        return best;
    }
}
