package org.callup.experiments.compare;

import org.callup.model.observe.Metric;
import org.callup.results.Statistic;

/**
 * A quantity to compare: a metric reduced over a window by a statistic. Written {@code metric[:statistic][@window]}
 * on the command line and in a compare file, e.g. {@code mobilized@callup}, {@code abroad:last}; the statistic
 * defaults to {@code sum} for a flow and {@code last} for a stock or level. A headline with a window is measured
 * over that window only; without one, over every window of the comparison.
 *
 * @param window the window's name, or null for every window
 */
public record Headline(Metric metric, Statistic statistic, String window) {

    public Headline {
        if (metric == null || statistic == null) {
            throw new IllegalArgumentException("a headline needs a metric and a statistic");
        }
    }

    /** The default statistic of a metric: totals of flows, end values of stocks and levels. */
    public static Statistic defaultStatistic(Metric m) {
        return m.kind() == Metric.Kind.FLOW ? Statistic.SUM : Statistic.LAST;
    }

    public boolean measuredOver(Window w) {
        return window == null || window.equals(w.name());
    }

    /** As it would be written: {@code mobilized@callup}, {@code abroad:last} when the default is not the statistic. */
    public String spec() {
        return metric.key()
                + (statistic == defaultStatistic(metric) ? "" : ":" + statistic.key())
                + (window == null ? "" : "@" + window);
    }
}
