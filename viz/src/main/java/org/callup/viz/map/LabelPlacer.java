package org.callup.viz.map;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
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
 * Finds a place for each region's name, largest regions first: below, above, right or left of its disc, clear of
 * other discs and of the posts and their queues if it can, and never over another name. A name with no free place
 * is left out (the Moscow area has four regions within a degree of each other); the region is still there to click.
 */
final class LabelPlacer {
    private static final double GAP = 0.15;
    private final Map<RegionNode, Point2D.Double> offsets = new HashMap<>();
    private final Map<RegionNode, String> texts = new HashMap<>();

    /**
     * @param where          the field position of every region
     * @param pixelsPerUnit  the map's scale when it opens, at which names are measured
     * @param bounds         the field: a name must lie inside it to be seen
     * @param keepClear      other things drawn on the map (posts and their queues) that names must not cover
     */
    LabelPlacer(Map<RegionNode, Double2D> where, double pixelsPerUnit, Rectangle2D bounds,
            List<Rectangle2D> keepClear) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        FontMetrics fm = g.getFontMetrics(RegionPortrayal.LABEL);
        g.dispose();
        List<RegionNode> order = new ArrayList<>(where.keySet());
        order.sort(Comparator.comparingDouble(RegionPortrayal::diameter).reversed()
                .thenComparing(r -> r.spec().id()));
        List<Rectangle2D> names = new ArrayList<>();
        for (RegionNode r : order) {
            String text = shortName(r.spec().name());
            texts.put(r, text);
            double w = (fm.stringWidth(text) + 4) / pixelsPerUnit;
            double h = (fm.getAscent() + 2) / pixelsPerUnit;
            double radius = RegionPortrayal.diameter(r) / 2;
            Double2D c = where.get(r);
            double[][] candidates = {{0, radius + GAP + h / 2}, {0, -radius - GAP - h / 2},
                {radius + GAP + w / 2, 0}, {-radius - GAP - w / 2, 0}};
            // Clear of everything if possible; else over other discs; else over posts too; never over a name.
            place:
            for (int strictness = 2; strictness >= 0; strictness--) {
                for (double[] off : candidates) {
                    Rectangle2D box = new Rectangle2D.Double(c.x + off[0] - w / 2, c.y + off[1] - h / 2, w, h);
                    if (bounds.contains(box) && !hits(box, names)
                            && (strictness < 1 || !hits(box, keepClear))
                            && (strictness < 2 || !hitsDisc(box, where, r))) {
                        offsets.put(r, new Point2D.Double(off[0], off[1]));
                        names.add(box);
                        break place;
                    }
                }
            }
        }
    }

    private static boolean hits(Rectangle2D box, List<Rectangle2D> others) {
        for (Rectangle2D t : others) {
            if (t.intersects(box)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hitsDisc(Rectangle2D box, Map<RegionNode, Double2D> where, RegionNode self) {
        for (Map.Entry<RegionNode, Double2D> e : where.entrySet()) {
            if (e.getKey() != self) {
                double d = RegionPortrayal.diameter(e.getKey());
                Double2D c = e.getValue();
                if (new Ellipse2D.Double(c.x - d / 2, c.y - d / 2, d, d).intersects(box)) {
                    return true;
                }
            }
        }
        return false;
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
