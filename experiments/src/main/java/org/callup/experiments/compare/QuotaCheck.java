package org.callup.experiments.compare;

import java.time.LocalDate;
import org.callup.model.observe.Metric;
import org.callup.results.SeriesKey;

/**
 * Whether a scenario fills its quota within a window, read from the data: the men mobilized since the quota in
 * force on the window's last day was set ({@code mobilized_cumulative} from that wave's first day) reach the quota
 * ({@code quota}, the national figure or the region's share). Commissariats stop at the quota, so when both
 * scenarios fill it, the total mobilized is fixed by the quota, an assumption of the model, and its difference is
 * not a finding: a policy can then change only when the quota is filled and who fills it.
 *
 * <p>Filled means within {@link #TOLERANCE} of the quota: men are simulated in units of the scale, and each region
 * stops at its own share, so a national total can stop a little short of the national quota.
 */
final class QuotaCheck {
    /** Share of the quota that counts as filled. */
    static final double TOLERANCE = 0.99;

    /** Replications that filled the quota, and the mean day on which they did (NaN if none). */
    record Filled(int replications, int of, double meanDay) {
        boolean all() {
            return replications == of;
        }
    }

    private QuotaCheck() {}

    /** Whether {@code s} has what the check needs in {@code scope}. */
    static boolean possible(Samples s, String scope) {
        return s.has(key(scope, Metric.MOBILIZED_CUMULATIVE)) && s.has(key(scope, Metric.QUOTA));
    }

    static SeriesKey key(String scope, Metric m) {
        return new SeriesKey(scope, m.key());
    }

    /** How many replications of {@code s} fill the quota in scope {@code scope} by day {@code to} (from {@code from}). */
    static Filled filled(Samples s, String scope, int from, int to) {
        int count = 0;
        double daySum = 0;
        for (int r = 0; r < s.replications(); r++) {
            int day = fillDay(
                    s.values(key(scope, Metric.MOBILIZED_CUMULATIVE), r),
                    s.values(key(scope, Metric.QUOTA), r),
                    from,
                    to);
            if (day >= 0) {
                count++;
                daySum += day;
            }
        }
        return new Filled(count, s.replications(), count == 0 ? Double.NaN : daySum / count);
    }

    /**
     * The first day in {@code from..to} on which the wave in force on day {@code to} has filled its quota, or -1.
     * A wave starts on the day a quota is set after a day without one or with a larger one (or on day 0); a staged
     * quota, whose rest is released later, stays one wave.
     */
    static int fillDay(double[] cumulative, double[] quota, int from, int to) {
        double q = quota[to];
        if (!(q > 0)) {
            return -1;
        }
        // a wave runs back over days of the same quota or of a smaller part of it (a staged quota releases its
        // rest later: ODD 7.2); it starts after a day without a quota or with a larger one (a new call-up)
        int wave = to;
        while (wave > 0 && quota[wave - 1] > 0 && quota[wave - 1] <= quota[wave]) {
            wave--;
        }
        double before = wave > 0 ? cumulative[wave - 1] : 0;
        for (int d = Math.max(wave, from); d <= to; d++) {
            if (cumulative[d] - before >= TOLERANCE * q) {
                return d;
            }
        }
        return -1;
    }

    /** Mean fill day as a date (rounded to the day). */
    static LocalDate date(LocalDate start, double meanDay) {
        return start.plusDays(Math.round(meanDay));
    }
}
