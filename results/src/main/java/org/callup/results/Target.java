package org.callup.results;

import java.time.LocalDate;

/**
 * One calibration target: a figure from a source that a statistic of a simulated series should match, over an
 * inclusive date window, within {@code [low, high]}. A NaN bound is open (a one-sided target such as "more than
 * 300,000 left").
 *
 * @param line line of the targets file the target was read from, for messages
 */
public record Target(
        String id,
        String metric,
        String scope,
        Statistic statistic,
        LocalDate dateFrom,
        LocalDate dateTo,
        double value,
        double low,
        double high,
        String trust,
        String source,
        long line) {

    public Target {
        if (dateTo.isBefore(dateFrom)) {
            throw new IllegalArgumentException("date_to " + dateTo + " is before date_from " + dateFrom);
        }
        if (Double.isNaN(low) && Double.isNaN(high)) {
            throw new IllegalArgumentException("low and high are both empty: give at least one bound");
        }
        if (low > high) {
            throw new IllegalArgumentException(
                    "low " + CsvValues.format(low) + " is above high " + CsvValues.format(high));
        }
    }

    /** Whether a simulated value is within the range (bounds included); false for NaN. */
    public boolean accepts(double simulated) {
        return !Double.isNaN(simulated)
                && (Double.isNaN(low) || simulated >= low)
                && (Double.isNaN(high) || simulated <= high);
    }

    /**
     * Whether the window lies within the simulated dates {@code first} to {@code last} (inclusive). Only then does
     * a run or scenario over those dates say anything about the target (a figure of 2024 says nothing about a run
     * of 2022): calibration counts only such targets, and validation reports the others as not applicable.
     */
    public boolean within(LocalDate first, LocalDate last) {
        return !dateFrom.isBefore(first) && !dateTo.isAfter(last);
    }

    /** Why the target does not apply to simulated dates its window is not {@linkplain #within within}. */
    public String notWithin(LocalDate first, LocalDate last) {
        return "its window " + dateFrom + " to " + dateTo + " is not within the simulated dates " + first + " to "
                + last;
    }

    /** The range as text: {@code [low, high]}, with an open side shown as {@code ..}. */
    public String range() {
        return "[" + (Double.isNaN(low) ? ".." : CsvValues.format(low)) + ", "
                + (Double.isNaN(high) ? ".." : CsvValues.format(high)) + "]";
    }
}
