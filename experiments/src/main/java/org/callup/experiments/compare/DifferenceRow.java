package org.callup.experiments.compare;

import org.callup.results.Statistic;

/**
 * One line of {@code differences.csv}: a headline (metric, statistic, window) in one scope, alternative against
 * baseline, with its paired difference.
 *
 * @param quotaBound whether both scenarios fill the quota in the window in every replication (then the difference
 *                   of a total mobilized is fixed by the quota, not a finding)
 * @param notes      caveats in words, empty when there are none
 */
public record DifferenceRow(
        String alternative,
        String scope,
        String metric,
        Statistic statistic,
        Window window,
        PairedDifference difference,
        boolean quotaBound,
        String notes) {}
