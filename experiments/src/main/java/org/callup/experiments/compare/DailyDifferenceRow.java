package org.callup.experiments.compare;

import java.time.LocalDate;

/**
 * One line of {@code differences-daily.csv}: the paired difference of a metric on one day in one scope.
 *
 * @param series {@code daily} (the day's value) or {@code cumulative} (for flows: the sum from the run's first day
 *               to this day, which is what the charts show)
 */
public record DailyDifferenceRow(
        String alternative,
        String scope,
        String metric,
        String series,
        LocalDate date,
        int day,
        PairedDifference difference) {
    public static final String DAILY = "daily";
    public static final String CUMULATIVE = "cumulative";
}
