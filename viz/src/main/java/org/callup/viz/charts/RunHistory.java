package org.callup.viz.charts;

import java.time.LocalDate;
import java.util.List;
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

    /** The border posts of the scenario, in scenario order. */
    List<PostRef> posts();

    /** The policy events that fired, in date order. */
    List<MarkedEvent> events();

    /** A border post as charts name it: its id (for the {@code post:<id>} scope) and a short label for legends. */
    record PostRef(String id, String label) {
        public String scope() {
            return "post:" + id;
        }
    }
}
