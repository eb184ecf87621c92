package org.callup.viz.map;

import java.util.List;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.Metric;
import org.callup.model.params.RegionSpec;
import org.callup.viz.inspect.Shown;

/**
 * A region of registration on the map. Its getters are what its inspector shows when a student clicks it: the
 * day's numbers for the region, in real persons.
 */
public final class RegionNode {
    private final RegionSpec spec;
    private final int scope;
    private final MapState state;

    RegionNode(RegionSpec spec, int scope, MapState state) {
        this.spec = spec;
        this.scope = scope;
        this.state = state;
    }

    static List<Shown> shown() {
        return List.of(
                new Shown("Name", "Region"),
                new Shown("Residents", "Residents (2021 census)"),
                new Shown("Men", "Men of mobilization age"),
                new Shown("MobilizedSoFar", "Mobilized so far"),
                new Shown("Quota", "Quota of the region"),
                new Shown("HoldingASummons", "Holding a summons"),
                new Shown("Hiding", "Hiding"),
                new Shown("Abroad", "Abroad"),
                new Shown("LeftToday", "Set off abroad today"),
                new Shown("SummonsToday", "Summons delivered today"),
                new Shown("ProtestersToday", "Joining a protest today"),
                new Shown("ArrestsToday", "Arrested at protests today"),
                new Shown("OfficeAttacksToday", "Office attacks today"),
                new Shown("ShownSharePercent", "Share coloured on the map, %"));
    }

    RegionSpec spec() {
        return spec;
    }

    int scope() {
        return scope;
    }

    /** The share of the map's measure today (0 before the first day). */
    double share() {
        MapSnapshot s = state.snapshot();
        return s == null ? 0 : state.measure().share(s.day(), scope);
    }

    private double today(Metric m) {
        MapSnapshot s = state.snapshot();
        if (s == null) {
            return 0;
        }
        double v = s.day().get(m, scope);
        return Double.isNaN(v) ? 0 : v;
    }

    public String getName() {
        return spec.name();
    }

    public long getResidents() {
        return spec.populationTotal();
    }

    public long getMen() {
        MapSnapshot s = state.snapshot();
        DayObservation d = s == null ? null : s.day();
        return d == null ? 0 : Math.round(MapMeasure.men(d, scope));
    }

    public long getMobilizedSoFar() {
        return Math.round(today(Metric.MOBILIZED_CUMULATIVE));
    }

    public long getQuota() {
        return Math.round(today(Metric.QUOTA));
    }

    public long getHoldingASummons() {
        return Math.round(today(Metric.STATE_NOTIFIED));
    }

    public long getHiding() {
        return Math.round(today(Metric.STATE_HIDING));
    }

    public long getAbroad() {
        return Math.round(today(Metric.STATE_ABROAD));
    }

    public long getLeftToday() {
        return Math.round(today(Metric.EMIGRANTS));
    }

    public long getSummonsToday() {
        return Math.round(today(Metric.SUMMONS_DELIVERED));
    }

    public long getProtestersToday() {
        return Math.round(today(Metric.PROTESTERS));
    }

    public long getArrestsToday() {
        return Math.round(today(Metric.PROTEST_ARRESTS));
    }

    public long getOfficeAttacksToday() {
        return Math.round(today(Metric.OFFICE_ATTACKS));
    }

    public double getShownSharePercent() {
        return Math.round(share() * 10_000) / 100.0;
    }

    @Override
    public String toString() {
        return spec.name();
    }
}
