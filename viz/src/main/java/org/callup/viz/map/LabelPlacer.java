package org.callup.viz.map;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sim.util.Double2D;

/**
 * Finds a place for each region's name where it overlaps neither another name nor another disc: below, above, right
 * or left of its disc, largest regions first. A name with no free place is left out (the Moscow area has four
 * regions within a degree of each other); the region is still there to click.
 */
final class LabelPlacer {
    private static final double GAP = 0.15;
    private final Map<RegionNode, Point2D.Double> offsets = new HashMap<>();
    private final Map<RegionNode, String> texts = new HashMap<>();

    /**
     * @param where          the field position of every region
     * @param pixelsPerUnit  the map's scale when it opens, at which names are measured
     * @param bounds         the field: a name must lie inside it to be seen
     */
    LabelPlacer(Map<RegionNode, Double2D> where, double pixelsPerUnit, Rectangle2D bounds) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        FontMetrics fm = g.getFontMetrics(RegionPortrayal.LABEL);
        g.dispose();
        List<RegionNode> order = new ArrayList<>(where.keySet());
        order.sort(Comparator.comparingDouble(RegionPortrayal::diameter).reversed()
                .thenComparing(r -> r.spec().id()));
        List<Rectangle2D> taken = new ArrayList<>();
        for (RegionNode r : order) {
            String text = shortName(r.spec().name());
            texts.put(r, text);
            double w = (fm.stringWidth(text) + 4) / pixelsPerUnit;
            double h = (fm.getAscent() + 2) / pixelsPerUnit;
            double radius = RegionPortrayal.diameter(r) / 2;
            Double2D c = where.get(r);
            double[][] candidates = {{0, radius + GAP + h / 2}, {0, -radius - GAP - h / 2},
                {radius + GAP + w / 2, 0}, {-radius - GAP - w / 2, 0}};
            for (double[] off : candidates) {
                Rectangle2D box = new Rectangle2D.Double(c.x + off[0] - w / 2, c.y + off[1] - h / 2, w, h);
                if (bounds.contains(box) && free(box, taken, where, r)) {
                    offsets.put(r, new Point2D.Double(off[0], off[1]));
                    taken.add(box);
                    break;
                }
            }
        }
    }

    private static boolean free(Rectangle2D box, List<Rectangle2D> taken, Map<RegionNode, Double2D> where,
            RegionNode self) {
        for (Rectangle2D t : taken) {
            if (t.intersects(box)) {
                return false;
            }
        }
        for (Map.Entry<RegionNode, Double2D> e : where.entrySet()) {
            if (e.getKey() != self) {
                double d = RegionPortrayal.diameter(e.getKey());
                Double2D c = e.getValue();
                if (new java.awt.geom.Ellipse2D.Double(c.x - d / 2, c.y - d / 2, d, d).intersects(box)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Where the centre of the region's name goes, relative to the region, in field units; null: no name. */
    Point2D.Double offset(RegionNode r) {
        return offsets.get(r);
    }

    String text(RegionNode r) {
        return texts.getOrDefault(r, r.spec().name());
    }

    /** "Central FD excl. Moscow city, ..." becomes "Central FD (rest)"; other names lose what follows a comma. */
    static String shortName(String name) {
        int excl = name.indexOf(" excl.");
        if (excl > 0) {
            return name.substring(0, excl) + " (rest)";
        }
        int cut = name.indexOf(',');
        String s = cut > 0 ? name.substring(0, cut) : name;
        int bracket = s.indexOf(" (");
        return bracket > 0 ? s.substring(0, bracket) : s;
    }
}
