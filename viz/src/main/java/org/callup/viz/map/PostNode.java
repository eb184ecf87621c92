package org.callup.viz.map;

import java.util.List;
import java.util.Locale;
import org.callup.model.observe.Metric;
import org.callup.model.params.BorderPostSpec;
import org.callup.viz.inspect.LiveScenario;
import org.callup.viz.inspect.ParamDocs;
import org.callup.viz.inspect.Shown;

/**
 * A border post on the map. Its inspector shows the day's queue, wait and crossings, and lets a student open or
 * close this one post or change its capacity (from the next day).
 */
public final class PostNode {
    private final BorderPostSpec spec;
    private final int index;
    private final int scope;
    private final MapState state;
    private final LiveScenario params;
    private final double[] shift;

    /**
     * @param shift where the post is drawn relative to its true position, {dx, dy} in field units: posts that share
     *              a position (the air routes all leave from Sheremetyevo) are drawn in a row away from it
     */
    PostNode(BorderPostSpec spec, int index, int scope, MapState state, LiveScenario params, double[] shift) {
        this.shift = shift.clone();
        this.spec = spec;
        this.index = index;
        this.scope = scope;
        this.state = state;
        this.params = params;
    }

    static List<Shown> shown() {
        return List.of(
                new Shown("Name", "Post"),
                new Shown("Country", "Leads to"),
                new Shown("Mode", "Mode"),
                new Shown("Open", "Open"),
                new Shown("Capacity", "Capacity, persons per day"),
                new Shown("Queue", "Queueing now"),
                new Shown("WaitHours", "Expected wait, hours"),
                new Shown("CrossingsToday", "Crossings today (all travellers)"),
                new Shown("MenLeftToday", "Men of mobilization age who left today"),
                new Shown("TurnedBackToday", "Turned back today"),
                new Shown("SummonsServedToday", "Summons served in the queue today"));
    }

    private String path(String leaf) {
        return "borders.posts[" + spec.id() + "]." + leaf;
    }

    private BorderPostSpec now() {
        for (BorderPostSpec p : params.shown().borders().posts()) {
            if (p.id().equals(spec.id())) {
                return p;
            }
        }
        return spec;
    }

    private double today(Metric m) {
        MapSnapshot s = state.snapshot();
        if (s == null) {
            return 0;
        }
        double v = s.day().get(m, scope);
        return Double.isNaN(v) ? 0 : v;
    }

    BorderPostSpec spec() {
        return spec;
    }

    int index() {
        return index;
    }

    boolean inRow() {
        return shift[0] != 0 || shift[1] != 0;
    }

    /** How far the post is drawn from its true position, {dx, dy} in field units. */
    double[] shift() {
        return shift.clone();
    }

    /** Whether the post is open as the map should show it: as asked for, before the model's next day. */
    boolean shownOpen() {
        return now().open();
    }

    double queue() {
        return today(Metric.QUEUE_LENGTH);
    }

    double waitHours() {
        return today(Metric.QUEUE_WAIT_HOURS);
    }

    public String getName() {
        return spec.name();
    }

    public String getCountry() {
        return spec.destinationCountry();
    }

    public String getMode() {
        return spec.mode().name().toLowerCase(Locale.ROOT);
    }

    public boolean getOpen() {
        return now().open();
    }

    public void setOpen(boolean open) {
        params.change(path("open"), open);
    }

    public String desOpen() {
        return ParamDocs.tooltip(path("open"));
    }

    public double getCapacity() {
        return now().capacityPersonsPerDay();
    }

    public void setCapacity(double v) {
        params.change(path("capacityPersonsPerDay"), v);
    }

    public String desCapacity() {
        return ParamDocs.tooltip(path("capacityPersonsPerDay"));
    }

    public long getQueue() {
        return Math.round(queue());
    }

    public double getWaitHours() {
        return Math.round(waitHours() * 10) / 10.0;
    }

    public long getCrossingsToday() {
        return Math.round(today(Metric.CROSSINGS_OUT));
    }

    public long getMenLeftToday() {
        return Math.round(today(Metric.EMIGRANTS));
    }

    public long getTurnedBackToday() {
        return Math.round(today(Metric.TURNED_BACK));
    }

    public long getSummonsServedToday() {
        return Math.round(today(Metric.SUMMONS_DELIVERED_BORDER));
    }

    @Override
    public String toString() {
        return spec.name();
    }
}
