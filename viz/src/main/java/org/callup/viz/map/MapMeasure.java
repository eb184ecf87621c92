package org.callup.viz.map;

import org.callup.model.citizens.CitizenState;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.Metric;

/** What the colour of a region says: a share of its men of mobilization age. */
public enum MapMeasure {
    MOBILIZED("Share mobilized so far", Metric.MOBILIZED_CUMULATIVE),
    ABROAD("Share who fled abroad", Metric.STATE_ABROAD),
    HIDING("Share hiding", Metric.STATE_HIDING),
    NOTIFIED("Share holding a summons", Metric.STATE_NOTIFIED);

    private final String label;
    private final Metric metric;

    MapMeasure(String label, Metric metric) {
        this.label = label;
        this.metric = metric;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** The share in a region scope, 0 when the region has no men or the day has no value. */
    public double share(DayObservation day, int regionScope) {
        double men = men(day, regionScope);
        double v = day.get(metric, regionScope);
        return men > 0 && !Double.isNaN(v) ? v / men : 0;
    }

    /** Men of mobilization age registered in the region: every one of them is in exactly one state. */
    static double men(DayObservation day, int regionScope) {
        double men = 0;
        for (CitizenState s : CitizenState.values()) {
            double v = day.get(Metric.of(s), regionScope);
            men += Double.isNaN(v) ? 0 : v;
        }
        return men;
    }
}
