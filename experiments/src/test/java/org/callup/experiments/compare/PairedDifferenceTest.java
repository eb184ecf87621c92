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

    @Test
    void aStagedQuotaIsOneWaveAndANewLowerQuotaStartsAnother() {
        // 70 released at once, the rest from day 4: one wave of 100, filled on day 5
        double[] staged = {0, 70, 70, 70, 100, 100, 100};
        double[] cumulative = {0, 30, 60, 70, 80, 100, 100};
        assertEquals(5, QuotaCheck.fillDay(cumulative, staged, 0, 6), "the staged rest belongs to the same wave");
        // a call-up of 100 ends, and a new one of 40 starts on day 4 (the conscription after the mobilization)
        double[] next = {0, 100, 100, 100, 40, 40, 40};
        double[] men = {0, 50, 100, 100, 120, 130, 140};
        assertEquals(6, QuotaCheck.fillDay(men, next, 0, 6), "the new wave counts its own men: 40 by day 6");
    }
}
