package org.callup.viz.map;

import java.awt.Color;

/**
 * The map's shared state: the latest snapshot, the measure regions are coloured by, and the largest flow and queue
 * seen in the run, which fix the scale of line widths and bars so that a shrinking exodus looks smaller from day to
 * day instead of being stretched to full width again.
 */
public final class MapState {
    private volatile MapSnapshot snapshot;
    private volatile MapMeasure measure = MapMeasure.MOBILIZED;
    private volatile double maxFlow;
    private volatile double maxQueue;
    private volatile double maxShare;

    /** Called on the simulation thread after each day. */
    void publish(MapSnapshot s, int[] regionScopes) {
        double f = maxFlow;
        for (double[] row : s.flows()) {
            for (double v : row) {
                f = Math.max(f, v);
            }
        }
        maxFlow = f;
        snapshot = s;
        maxShare = maxShare(s, regionScopes, measure);
    }

    /** Forgets the previous run. */
    void clear() {
        snapshot = null;
        maxFlow = 0;
        maxQueue = 0;
        maxShare = 0;
    }

    void noteQueue(double q) {
        if (q > maxQueue) {
            maxQueue = q;
        }
    }

    public MapSnapshot snapshot() {
        return snapshot;
    }

    public MapMeasure measure() {
        return measure;
    }

    public void setMeasure(MapMeasure m, int[] regionScopes) {
        measure = m;
        MapSnapshot s = snapshot;
        maxShare = s == null ? 0 : maxShare(s, regionScopes, m);
    }

    public double maxFlow() {
        return maxFlow;
    }

    public double maxQueue() {
        return maxQueue;
    }

    /** The largest share of the measure among regions today: the top of the colour scale. */
    public double maxShare() {
        return maxShare;
    }

    /** Colour of a share: pale yellow at zero, through orange, to dark red at today's largest share. */
    public Color colour(double share) {
        double top = maxShare;
        return ShareColours.at(top > 0 ? share / top : 0);
    }

    private static double maxShare(MapSnapshot s, int[] regionScopes, MapMeasure m) {
        double top = 0;
        for (int scope : regionScopes) {
            top = Math.max(top, m.share(s.day(), scope));
        }
        return top;
    }
}
