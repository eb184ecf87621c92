package org.callup.experiments.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.callup.results.ConfidenceInterval;
import org.junit.jupiter.api.Test;

/** The paired difference against a computation by hand. */
class PairedDifferenceTest {
    private final ConfidenceInterval ci = new ConfidenceInterval(0.95);

    @Test
    void matchesAHandComputationOnFourPairs() {
        // b = 10, 12, 14, 16; a = 13, 14, 18, 19; d = 3, 2, 4, 3.
        // mean(b) = 13, mean(a) = 16, mean(d) = 3; var(d) = (0 + 1 + 1 + 0) / 3 = 2/3;
        // var(b) = (9 + 1 + 1 + 9) / 3 = 20/3; var(a) = (9 + 4 + 4 + 9) / 3 = 26/3.
        // t(0.975, 3) = 3.182446305; half width = 3.182446305 * sqrt(2/3) / 2 = 1.299224.
        // variance reduction = (20/3 + 26/3) / (2/3) = 23.
        PairedDifference d = PairedDifference.of(new double[] {10, 12, 14, 16}, new double[] {13, 14, 18, 19}, ci);
        assertEquals(4, d.n());
        assertEquals(13, d.baselineMean(), 1e-12);
        assertEquals(16, d.alternativeMean(), 1e-12);
        assertEquals(3, d.meanDifference(), 1e-12);
        assertEquals(Math.sqrt(2.0 / 3), d.sdDifference(), 1e-12);
        double h = 3.182446305 * Math.sqrt(2.0 / 3) / 2;
        assertEquals(3 - h, d.ciLow(), 1e-6);
        assertEquals(3 + h, d.ciHigh(), 1e-6);
        assertEquals(3.0 / 13, d.relativeDifference(), 1e-12);
        assertEquals(23, d.varianceReduction(), 1e-9);
        assertTrue(d.excludesZero());
    }

    @Test
    void constantDifferencesHaveNoVarianceReductionAndAZeroWidthInterval() {
        PairedDifference d = PairedDifference.of(new double[] {1, 5, 9}, new double[] {2, 6, 10}, ci);
        assertEquals(1, d.meanDifference(), 1e-12);
        assertEquals(1, d.ciLow(), 1e-12);
        assertEquals(1, d.ciHigh(), 1e-12);
        assertTrue(Double.isNaN(d.varianceReduction()));
    }

    @Test
    void oneReplicationHasNoIntervalAndAZeroBaselineNoRelativeDifference() {
        PairedDifference d = PairedDifference.of(new double[] {0}, new double[] {4}, ci);
        assertEquals(4, d.meanDifference());
        assertTrue(Double.isNaN(d.ciLow()) && Double.isNaN(d.ciHigh()));
        assertTrue(Double.isNaN(d.relativeDifference()));
        assertThrows(IllegalArgumentException.class, () -> PairedDifference.of(new double[] {1}, new double[0], ci));
    }

    @Test
    void quotaFillDayIsTheFirstDayTheWaveReachesItsQuota() {
        double[] quota = {0, 0, 100, 100, 100, 100};
        double[] cumulative = {5, 5, 40, 80, 104.5, 105}; // 99.5 men in the wave by day 4
        assertEquals(4, QuotaCheck.fillDay(cumulative, quota, 0, 5), "99.5 of 100 counts as filled (1% tolerance)");
        assertEquals(-1, QuotaCheck.fillDay(cumulative, quota, 0, 3));
        assertEquals(-1, QuotaCheck.fillDay(cumulative, quota, 0, 1), "no quota in force");
    }
}
