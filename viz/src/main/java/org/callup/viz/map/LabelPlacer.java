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
 * Finds a place for each region's name at the map's current zoom, largest regions first: below, above, beside or
 * diagonally off its disc (or, where that is taken, one line further out), clear of other discs and of the posts'
 * queues if it can, and never over another name or a post's square: the air routes from Moscow are drawn as a row
 * of squares just south of the Moscow discs, where the names of the Central district would otherwise land. Names keep their size in pixels while the map zooms, so the places are found again when the zoom
 * changes. A name with no free place is left out (the Moscow area has four regions within a degree of each other;
 * when zoomed out, most small regions lose their names); the region is still there to click.
 */
final class LabelPlacer {
    private static final double GAP = 0.15;
    /** A name may cover another disc only this far from its edge (share of its radius), never its centre. */
    private static final double RIM = 0.35;
    /** Room kept between a name and a post's square, in pixels. */
    private static final double POST_MARGIN = 3;

    private final Map<RegionNode, Double2D> where;
    private final Rectangle2D bounds;
    private final List<Rectangle2D> keepClear;
    private final List<Double2D> posts;
    private final Map<RegionNode, String> texts = new HashMap<>();
    private final FontMetrics fm;
    private Map<RegionNode, Rectangle2D> boxes = Map.of();
    private double placedAt = Double.NaN;

    /**
     * @param where          the field position of every region
     * @param pixelsPerUnit  the map's scale when it opens, at which names are placed first
     * @param bounds         the field: a name must lie inside it to be seen
     * @param keepClear      other things drawn on the map (posts' queues and waits) that names should not cover
     * @param posts          where the posts' squares are drawn, which names never cover
     */
    LabelPlacer(
            Map<RegionNode, Double2D> where,
            double pixelsPerUnit,
            Rectangle2D bounds,
            List<Rectangle2D> keepClear,
            List<Double2D> posts) {
        this.where = Map.copyOf(where);
        this.bounds = bounds;
        this.keepClear = List.copyOf(keepClear);
        this.posts = List.copyOf(posts);
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        this.fm = g.getFontMetrics(RegionPortrayal.LABEL);
        g.dispose();
        where.keySet().forEach(r -> texts.put(r, shortName(r.spec().name())));
        atScale(pixelsPerUnit);
    }

    /** Places the names for a zoom of {@code pixelsPerUnit}, unless they are placed for it already. */
    synchronized void atScale(double pixelsPerUnit) {
        if (Math.abs(pixelsPerUnit - placedAt) < 1e-6 * pixelsPerUnit) {
            return;
        }
        placedAt = pixelsPerUnit;
        List<RegionNode> order = new ArrayList<>(where.keySet());
        order.sort(Comparator.comparingDouble(RegionPortrayal::diameter)
                .reversed()
                .thenComparing(r -> r.spec().id()));
        Map<RegionNode, Rectangle2D> placed = new HashMap<>();
        for (RegionNode r : order) {
            Rectangle2D box = place(r, pixelsPerUnit, placed.values());
            if (box != null) {
                placed.put(r, box);
            }
        }
        boxes = placed;
    }

    private Rectangle2D place(RegionNode r, double pixelsPerUnit, java.util.Collection<Rectangle2D> names) {
        double w = (fm.stringWidth(texts.get(r)) + 4) / pixelsPerUnit;
        double h = (fm.getAscent() + 2) / pixelsPerUnit;
        double[][] near = candidates(r, w, h, GAP);
        double[][] far = candidates(r, w, h, GAP + 1.5 * h);
        List<Rectangle2D> squares = postSquares(pixelsPerUnit);
        // Clear of everything if possible, near the disc, then a line further out; else over the rim of other
        // discs; else over the posts' queues too. Never over a name, a post's square or the middle of another
        // disc, where a click must find that disc.
        int[][] tries = {{0, 2}, {0, 1}, {1, 2}, {1, 1}, {0, 0}, {1, 0}};
        Double2D c = where.get(r);
        for (int[] t : tries) {
            int strictness = t[1];
            for (double[] off : t[0] == 0 ? near : far) {
                Rectangle2D box = new Rectangle2D.Double(c.x + off[0] - w / 2, c.y + off[1] - h / 2, w, h);
                if (bounds.contains(box)
                        && !hits(box, names)
                        && !hits(box, squares)
                        && (strictness < 1 || !hits(box, keepClear))
                        && !hitsDisc(box, r, strictness < 2 ? 1 - RIM : 1)) {
                    return box;
                }
            }
        }
        return null;
    }

    /** Centres of a name's box around its region, {@code gap} off the disc: below, above, beside, diagonally. */
    private static double[][] candidates(RegionNode r, double w, double h, double gap) {
        double radius = RegionPortrayal.diameter(r) / 2;
        double dx = radius + gap + w / 2;
        double dy = radius + gap + h / 2;
        double diag = (radius + gap) * Math.sqrt(0.5);
        return new double[][] {
            {0, dy},
            {0, -dy},
            {dx, 0},
            {-dx, 0},
            {diag + w / 2, diag + h / 2},
            {diag + w / 2, -diag - h / 2},
            {-diag - w / 2, diag + h / 2},
            {-diag - w / 2, -diag - h / 2}
        };
    }

    /** The posts' squares with a margin of a few pixels, in field units at this zoom. */
    private List<Rectangle2D> postSquares(double pixelsPerUnit) {
        double half = PostPortrayal.SIDE / 2 + POST_MARGIN / pixelsPerUnit;
        List<Rectangle2D> out = new ArrayList<>(posts.size());
        for (Double2D p : posts) {
            out.add(new Rectangle2D.Double(p.x - half, p.y - half, 2 * half, 2 * half));
        }
        return out;
    }

    private static boolean hits(Rectangle2D box, java.util.Collection<Rectangle2D> others) {
        for (Rectangle2D t : others) {
            if (t.intersects(box)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the box covers the inner {@code share} of another region's disc (by radius). */
    private boolean hitsDisc(Rectangle2D box, RegionNode self, double share) {
        for (Map.Entry<RegionNode, Double2D> e : where.entrySet()) {
            if (e.getKey() != self) {
                double d = RegionPortrayal.diameter(e.getKey()) * share;
                Double2D c = e.getValue();
                if (new Ellipse2D.Double(c.x - d / 2, c.y - d / 2, d, d).intersects(box)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the centre of the region's name goes, relative to the region, in field units; null: no name. */
    synchronized Point2D.Double offset(RegionNode r) {
        Rectangle2D b = boxes.get(r);
        Double2D c = where.get(r);
        return b == null ? null : new Point2D.Double(b.getCenterX() - c.x, b.getCenterY() - c.y);
    }

    /** The box of the region's name on the field at the current zoom; null: no name. */
    synchronized Rectangle2D box(RegionNode r) {
        Rectangle2D b = boxes.get(r);
        return b == null ? null : (Rectangle2D) b.clone();
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
