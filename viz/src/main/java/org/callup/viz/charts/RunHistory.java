package org.callup.viz.charts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.callup.model.observe.Metric;

/**
 * The daily series of one run as the charts read them, whether the run is finished (a run folder) or still going
 * (the GUI). Charts only read through this view, so the live and the static charts are drawn by the same code.
 */
public interface RunHistory {
    /** One line that says what run this is, e.g. {@code smoke, seed 7}. */
    String caption();

    /** Dates of the days observed so far, from day 0, consecutive. */
    List<LocalDate> dates();

    /**
     * Daily values of a metric in a scope ({@code all}, {@code region:<id>}, {@code post:<id>}), one per date; NaN
     * where the run did not define the value (an unknown scope gives all NaN).
     */
    double[] series(Metric metric, String scope);

    /**
     * The interval around {@link #series} of a run of several replications (the confidence interval of the mean
     * across replications), or empty where the run has none: a single run, or a series the run does not have.
     */
    default Optional<Band> band(Metric metric, String scope) {
        return Optional.empty();
    }

    /** What the shaded bands of {@link #band} are, e.g. {@code 95% confidence interval of the mean}; null if none. */
    default String bandLabel() {
        return null;
    }

    /** The border posts of the scenario, in scenario order. */
    List<PostRef> posts();

    /** The policy events that fired, in date order. */
    List<MarkedEvent> events();

    /** Lower and upper bounds of an interval, one of each per date; NaN where undefined. */
    record Band(double[] low, double[] high) {
        public Band {
            if (low.length != high.length) {
                throw new IllegalArgumentException("low and high differ in length: " + low.length + ", " + high.length);
            }
        }
    }

    /** A border post as charts name it: its id (for the {@code post:<id>} scope) and a short label for legends. */
    record PostRef(String id, String label) {
        public String scope() {
            return "post:" + id;
        }
    }
}
