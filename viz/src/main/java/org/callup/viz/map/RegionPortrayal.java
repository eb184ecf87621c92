package org.callup.viz.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import org.callup.viz.inspect.PropertyGroup;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws a region as a disc whose area follows its population and whose colour follows the chosen share, with its
 * short name beside it where {@link LabelPlacer} found room.
 */
final class RegionPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    /** Diameter, in degrees of latitude, of a region of one million residents. */
    static final double DIAMETER_PER_SQRT_MILLION = 0.9;

    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Color OUTLINE = new Color(0x55, 0x55, 0x55);
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private final MapState state;
    private final LabelPlacer labels;

    RegionPortrayal(MapState state, LabelPlacer labels) {
        this.state = state;
        this.labels = labels;
    }

    LabelPlacer labels() {
        return labels;
    }

    static double diameter(RegionNode r) {
        return DIAMETER_PER_SQRT_MILLION * Math.sqrt(r.spec().populationTotal() / 1e6);
    }

    private static Ellipse2D.Double disc(RegionNode r, DrawInfo2D info) {
        double w = diameter(r) * info.draw.width;
        double h = diameter(r) * info.draw.height;
        return new Ellipse2D.Double(info.draw.x - w / 2, info.draw.y - h / 2, w, h);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        RegionNode r = (RegionNode) object;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Ellipse2D.Double disc = disc(r, info);
        Color fill = state.colour(r.share());
        g.setColor(new Color(fill.getRed(), fill.getGreen(), fill.getBlue(), 215));
        g.fill(disc);
        g.setColor(OUTLINE);
        g.setStroke(new BasicStroke(info.selected ? 3f : 1f));
        g.draw(disc);
        labels.atScale(info.draw.width);
        Point2D.Double at = labels.offset(r);
        if (at != null) {
            g.setFont(LABEL);
            FontMetrics fm = g.getFontMetrics();
            String text = labels.text(r);
            double x = info.draw.x + at.x * info.draw.width;
            double y = info.draw.y + at.y * info.draw.height;
            int tx = (int) Math.round(x - fm.stringWidth(text) / 2.0);
            int ty = (int) Math.round(y + fm.getAscent() / 2.0 - 1);
            g.setColor(new Color(255, 255, 255, 200));
            g.fillRect(tx - 2, ty - fm.getAscent() + 1, fm.stringWidth(text) + 4, fm.getAscent() + 2);
            g.setColor(TEXT);
            g.drawString(text, tx, ty);
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return disc((RegionNode) object, range).intersects(range.clip);
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState gui) {
        RegionNode r = (RegionNode) wrapper.getObject();
        return new SimpleInspector(new PropertyGroup(r, RegionNode.shown()), gui, r.getName());
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return "Region: " + wrapper.getObject();
    }
}
