package org.callup.results;

import java.time.LocalDate;
import java.util.List;

/**
 * What one small panel of the validation chart shows for a target: the simulated series over the target's window
 * and a week either side (as the target reads it: the total since the window's first day for a sum over several
 * days, the daily value otherwise), with the 95% interval of the mean across replications. A target that is not
 * applicable, or whose series the run lacks, has no dates.
 *
 * @param dates     the days shown, consecutive
 * @param simulated the mean over replications (the run's value for a single run); NaN where not defined
 * @param low       lower bound of the 95% interval of the mean, or null for a single run
 * @param high      upper bound, or null
 */
public record ValidationPanel(
        ValidationResult result, Curve curve, List<LocalDate> dates, double[] simulated, double[] low, double[] high) {

    /** How the series is drawn. */
    public enum Curve {
        /** The daily value: for a peak, a mean, the value on a day, or a total over one day. */
        DAILY,
        /** The running total from the window's first day: for a total over several days. */
        CUMULATIVE
    }

    public ValidationPanel {
        dates = List.copyOf(dates);
    }

    public Target target() {
        return result.target();
    }

    public boolean hasSeries() {
        return !dates.isEmpty();
    }

    public boolean hasBand() {
        return low != null && high != null;
    }
}
