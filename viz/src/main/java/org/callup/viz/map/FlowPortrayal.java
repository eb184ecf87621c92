package org.callup.viz.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/**
 * Draws the day's flow from a region to a post as a translucent line whose width follows the number of persons
 * who set off, on the scale of the largest flow of the run. Flows cannot be clicked: a click on a region should
 * open the region, not the twenty lines leaving it.
 */
final class FlowPortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;
    /** Width of the largest flow of the run, in degrees of latitude. */
    static final double WIDEST = 0.7;

    static final Color COLOUR = new Color(0x1F, 0x5F, 0xA8, 90);
    private final MapState state;

    FlowPortrayal(MapState state) {
        this.state = state;
    }

    /** Persons who set off on the last day along this edge (from a region to a post). */
    double flow(Edge e) {
        MapSnapshot s = state.snapshot();
        if (s == null) {
            return 0;
        }
        FlowLink link = (FlowLink) e.info;
        return s.flows()[link.region()][link.post()];
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
        double max = state.maxFlow();
        double flow = flow((Edge) object);
        if (max <= 0 || flow <= 0) {
            return;
        }
        float width = (float) (WIDEST * info.draw.width * flow / max);
        if (width < 0.3f) {
            return;
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(COLOUR);
        g.setStroke(new BasicStroke(Math.max(1f, width), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(e.draw.x, e.draw.y, e.secondPoint.x, e.secondPoint.y));
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }

    /** Which region and post an edge joins, as indices into the scenario's lists. */
    record FlowLink(int region, int post) {}
}
