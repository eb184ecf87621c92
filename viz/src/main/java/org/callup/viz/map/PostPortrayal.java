package org.callup.viz.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.callup.viz.inspect.PropertyGroup;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws a border post as a square (blue when open, grey and crossed out when closed) with its queue as a bar above
 * it, scaled to the longest queue of the run, and the expected wait written beside the bar.
 */
final class PostPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    /** Side of the square, in degrees of latitude. */
    static final double SIDE = 0.6;
    /** Height of the bar of the longest queue of the run, in degrees of latitude. */
    static final double BAR = 3.5;
    /** Length of a wait's text ("12 d"), in degrees of latitude at the scale the map opens at. */
    static final double WAIT_LABEL = 2.2;

    static final Color OPEN = new Color(0x1F, 0x5F, 0xA8);
    static final Color CLOSED = new Color(0x9A, 0x9A, 0x9A);
    static final Color QUEUE = new Color(0xE6, 0x6A, 0x00);
    private static final Color CROSS = new Color(0xC0, 0x10, 0x10);
    /** The dotted line from a post drawn in a row back to where it really is. */
    private static final Color LEADER = new Color(0x1F, 0x5F, 0xA8, 140);

    private static final BasicStroke DOTTED =
            new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {2f, 3f}, 0f);
    private static final Font WAIT = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    private final MapState state;

    PostPortrayal(MapState state) {
        this.state = state;
    }

    private static Rectangle2D.Double square(DrawInfo2D info) {
        double w = SIDE * info.draw.width;
        double h = SIDE * info.draw.height;
        return new Rectangle2D.Double(info.draw.x - w / 2, info.draw.y - h / 2, w, h);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        PostNode p = (PostNode) object;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Rectangle2D.Double sq = square(info);
        if (p.inRow()) {
            double[] shift = p.shift();
            g.setColor(LEADER);
            g.setStroke(DOTTED);
            g.draw(new Line2D.Double(
                    sq.getCenterX(),
                    sq.y,
                    info.draw.x - shift[0] * info.draw.width,
                    info.draw.y - shift[1] * info.draw.height));
        }
        double queue = p.queue();
        state.noteQueue(queue);
        if (queue > 0 && state.maxQueue() > 0) {
            double h = BAR * info.draw.height * queue / state.maxQueue();
            double w = sq.width * 0.5;
            g.setColor(QUEUE);
            g.fill(new Rectangle2D.Double(sq.getCenterX() - w / 2, sq.y - h, w, h));
            if (p.waitHours() >= 1) {
                g.setFont(WAIT);
                g.setColor(QUEUE.darker());
                if (p.inRow()) {
                    // Posts in a row are too close for labels side by side: write each one downwards, below it.
                    AffineTransform saved = g.getTransform();
                    g.translate(sq.getCenterX() - 4, sq.getMaxY() + 3);
                    g.rotate(Math.PI / 2);
                    g.drawString(wait(p.waitHours()), 0, 0);
                    g.setTransform(saved);
                } else {
                    g.drawString(wait(p.waitHours()), (float) (sq.getCenterX() + w), (float) (sq.y - h + 10));
                }
            }
        }
        boolean open = p.shownOpen();
        g.setColor(open ? OPEN : CLOSED);
        g.fill(sq);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(info.selected ? 2.5f : 1f));
        g.draw(sq);
        if (!open) {
            g.setColor(CROSS);
            g.setStroke(new BasicStroke(2f));
            g.draw(new Line2D.Double(sq.x, sq.y, sq.getMaxX(), sq.getMaxY()));
            g.draw(new Line2D.Double(sq.x, sq.getMaxY(), sq.getMaxX(), sq.y));
        }
    }

    /** "31 h" up to two days, then "5 d": waits of weeks are read in days. */
    static String wait(double hours) {
        return hours < 48
                ? String.format(Locale.ENGLISH, "%.0f h", hours)
                : String.format(Locale.ENGLISH, "%.0f d", hours / 24);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return square(range).intersects(range.clip);
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState gui) {
        PostNode p = (PostNode) wrapper.getObject();
        return new SimpleInspector(new PropertyGroup(p, PostNode.shown()), gui, p.getName());
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return "Border post: " + wrapper.getObject();
    }
}
