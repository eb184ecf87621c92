package org.callup.results;

import java.util.List;
import org.callup.scenarios.Suggest;

/**
 * Compares a run with calibration targets: takes each target's statistic of its simulated series over the
 * inclusive date window and checks it against the range. A target whose window is not within the simulated dates
 * is not applicable, by the rule calibration uses to choose the targets it counts ({@link Target#within}). An
 * applicable target the run cannot answer (a metric or scope it does not have, days without values) is not inside,
 * with the reason. For a replicated run the statistic is taken of the mean trajectory.
 */
public final class Validation {
    private Validation() {}

    public static List<ValidationResult> of(RunData run, List<Target> targets) {
        return targets.stream().map(t -> check(run, t)).toList();
    }

    /** Whether every applicable target is inside its range. */
    public static boolean allInside(List<ValidationResult> results) {
        return results.stream().filter(ValidationResult::applicable).allMatch(ValidationResult::inside);
    }

    static ValidationResult check(RunData run, Target t) {
        if (!t.within(run.startDate(), run.endDate())) {
            return ValidationResult.notApplicable(t, t.notWithin(run.startDate(), run.endDate()));
        }
        String missing = whyMissing(run, t);
        if (missing != null) {
            return ValidationResult.missing(t, missing);
        }
        DailyTable table = run.table();
        double[] series = run.series(t.scope(), t.metric());
        double simulated = t.statistic().over(series, table.dayOf(t.dateFrom()), table.dayOf(t.dateTo()));
        if (Double.isNaN(simulated)) {
            return ValidationResult.missing(
                    t, "the run has no value of " + t.metric() + " in " + t.scope() + " on some days of the window");
        }
        return ValidationResult.of(t, simulated);
    }

    private static String whyMissing(RunData run, Target t) {
        if (!run.metrics().contains(t.metric())) {
            return "the run has no metric '" + t.metric() + "'" + Suggest.didYouMean(t.metric(), run.metrics());
        }
        if (!run.scopes().contains(t.scope())) {
            return "the run has no scope '" + t.scope() + "'" + Suggest.didYouMean(t.scope(), run.scopes());
        }
        if (!run.has(t.scope(), t.metric())) {
            return "metric '" + t.metric() + "' is not observed in scope '" + t.scope() + "'";
        }
        return null;
    }
}
