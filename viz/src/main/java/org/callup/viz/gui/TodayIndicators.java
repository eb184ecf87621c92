package org.callup.viz.gui;

import java.util.List;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.Metric;
import org.callup.viz.inspect.LiveScenario;
import org.callup.viz.inspect.Shown;

/**
 * Read-only numbers of the last simulated day, refreshed every day by the Console (the Model tab is volatile). Each
 * is a property, so MASON's per-property menu can chart or stream it.
 */
public final class TodayIndicators {
    private final LiveHistory history;
    private final LiveScenario params;

    public TodayIndicators(LiveHistory history, LiveScenario params) {
        this.history = history;
        this.params = params;
    }

    List<Shown> shown() {
        return List.of(
                new Shown("Date", "Day (as in the CSV files)"),
                new Shown("MobilizedSoFar", "Mobilized so far"),
                new Shown("QuotaFilledPercent", "Quota filled, %"),
                new Shown("Notified", "Holding a summons"),
                new Shown("Hiding", "Hiding"),
                new Shown("Abroad", "Abroad"),
                new Shown("AtTheBorder", "Travelling to or queueing at a border"),
                new Shown("CrossingsToday", "Border crossings today"),
                new Shown("LongestWaitHours", "Longest wait at a post, hours"),
                new Shown("ProtestersToday", "Joining a protest today"),
                new Shown("ArrestsSoFar", "Arrested at protests so far"),
                new Shown("OfficeAttacksSoFar", "Offices attacked so far"),
                new Shown("LastChange", "Last change"));
    }

    private double all(Metric m) {
        DayObservation d = history.latest();
        return d == null ? 0 : zeroIfNaN(d.all(m));
    }

    private double sumSoFar(Metric m) {
        double s = 0;
        for (double v : history.snapshot().series(m, "all")) {
            s += zeroIfNaN(v);
        }
        return s;
    }

    private static double zeroIfNaN(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    public String getDate() {
        DayObservation d = history.latest();
        return d == null ? "not started" : day(d);
    }

    /**
     * "day 12 · 2022-09-26": the day index and the date as the CSV files of a run write them, so that a number read
     * in the GUI is found in the files (the first day of a run is day 0).
     */
    static String day(DayObservation d) {
        return "day " + d.day() + " \u00b7 " + d.date();
    }

    public long getMobilizedSoFar() {
        return Math.round(all(Metric.MOBILIZED_CUMULATIVE));
    }

    public double getQuotaFilledPercent() {
        double quota = all(Metric.QUOTA);
        return quota > 0 ? Math.round(1000 * all(Metric.MOBILIZED_CUMULATIVE) / quota) / 10.0 : 0;
    }

    public long getNotified() {
        return Math.round(all(Metric.STATE_NOTIFIED));
    }

    public long getHiding() {
        return Math.round(all(Metric.STATE_HIDING));
    }

    public long getAbroad() {
        return Math.round(all(Metric.STATE_ABROAD));
    }

    public long getAtTheBorder() {
        return Math.round(all(Metric.STATE_TRAVELLING) + all(Metric.STATE_QUEUEING));
    }

    public long getCrossingsToday() {
        return Math.round(all(Metric.CROSSINGS_OUT));
    }

    /** The longest expected wait over all posts (the {@code all} scope of a wait is an average). */
    public double getLongestWaitHours() {
        DayObservation d = history.latest();
        if (d == null) {
            return 0;
        }
        double max = 0;
        for (int s = 0; s < d.space().scopeCount(); s++) {
            if (d.space().scopes().get(s).startsWith("post:")) {
                max = Math.max(max, zeroIfNaN(d.get(Metric.QUEUE_WAIT_HOURS, s)));
            }
        }
        return Math.round(10 * max) / 10.0;
    }

    public long getProtestersToday() {
        return Math.round(all(Metric.PROTESTERS));
    }

    public long getArrestsSoFar() {
        return Math.round(sumSoFar(Metric.PROTEST_ARRESTS));
    }

    public long getOfficeAttacksSoFar() {
        return Math.round(sumSoFar(Metric.OFFICE_ATTACKS));
    }

    public String getLastChange() {
        return params.lastChange();
    }

    /** MASON titles a chart of a property "<property> of <object>". */
    @Override
    public String toString() {
        return "the whole country";
    }
}
