package org.callup.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The inverse normal CDF used to draw the population's normal attributes. */
class NormalQuantileTest {
    @Test
    void matchesKnownQuantilesInTheCentreAndTheTails() {
        assertEquals(0.0, Rng.normalQuantile(0.5), 1e-12);
        assertEquals(1.959963984540054, Rng.normalQuantile(0.975), 1e-8);
        assertEquals(-1.959963984540054, Rng.normalQuantile(0.025), 1e-8);
        assertEquals(-2.326347874040841, Rng.normalQuantile(0.01), 1e-8);
        assertEquals(3.090232306167813, Rng.normalQuantile(0.999), 1e-8);
        assertEquals(-4.753424308822899, Rng.normalQuantile(1e-6), 1e-7);
    }

    @Test
    void isMonotoneAndFiniteOverTheUnitInterval() {
        double prev = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= 100_000; k++) {
            double z = Rng.normalQuantile(k / 100_000.0);
            assertTrue(Double.isFinite(z), "finite at " + k);
            assertTrue(z >= prev, "monotone at " + k);
            prev = z;
        }
    }

    @Test
    void drawsHaveMeanZeroAndVarianceOne() {
        int n = 400_000;
        double s = 0;
        double s2 = 0;
        long key = Rng.stream(3, Streams.BUILD_DAY, Streams.INCOME);
        for (int i = 0; i < n; i++) {
            double z = Rng.normalQuantile(Rng.uniform(key, i));
            s += z;
            s2 += z * z;
        }
        double mean = s / n;
        // 4 standard errors: sd of the mean 1/sqrt(n), of the variance sqrt(2/n)
        assertEquals(0, mean, 4 / Math.sqrt(n));
        assertEquals(1, s2 / n - mean * mean, 4 * Math.sqrt(2.0 / n));
    }
}
