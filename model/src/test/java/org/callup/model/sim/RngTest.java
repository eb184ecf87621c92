package org.callup.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The counter-based random numbers: uniform, independent across streams, citizens, days and seeds, reproducible,
 * and the Poisson and normal draws built on them. Tolerances are four standard errors of the sample statistic.
 */
class RngTest {
    private static final long SEED = 20220921L;
    private static final int N = 200_000;

    @Test
    void uniformsLieInTheUnitIntervalAndFillTenBinsEvenly() {
        int[] bins = new int[10];
        double sum = 0;
        for (int i = 0; i < N; i++) {
            double u = Rng.uniform(SEED, 3, i, Streams.EVENT);
            assertTrue(u >= 0 && u < 1, "uniform out of [0, 1): " + u);
            bins[(int) (u * 10)]++;
            sum += u;
        }
        double expected = N / 10.0;
        double sd = Math.sqrt(N * 0.1 * 0.9);
        double chi2 = 0;
        for (int b = 0; b < 10; b++) {
            assertEquals(expected, bins[b], 4 * sd, "bin " + b);
            chi2 += (bins[b] - expected) * (bins[b] - expected) / expected;
        }
        // 33.72 is the 0.9999 quantile of chi-square with 9 degrees of freedom
        assertTrue(chi2 < 33.72, "chi-square of ten bins: " + chi2);
        assertEquals(0.5, sum / N, 4 * Math.sqrt(1.0 / 12 / N), "mean of uniforms");
    }

    @Test
    void streamsCitizensDaysAndSeedsAreUncorrelated() {
        double[] self = new double[N];
        double[] otherStream = new double[N];
        double[] nextCitizen = new double[N];
        double[] nextDay = new double[N];
        double[] nextSeed = new double[N];
        for (int i = 0; i < N; i++) {
            self[i] = Rng.uniform(SEED, 5, i, Streams.EVENT);
            otherStream[i] = Rng.uniform(SEED, 5, i, Streams.CHOICE);
            nextCitizen[i] = Rng.uniform(SEED, 5, i + 1, Streams.EVENT);
            nextDay[i] = Rng.uniform(SEED, 6, i, Streams.EVENT);
            nextSeed[i] = Rng.uniform(SEED + 1, 5, i, Streams.EVENT);
        }
        // under independence the sample correlation has standard error 1/sqrt(N)
        double tol = 4 / Math.sqrt(N);
        assertEquals(0, correlation(self, otherStream), tol, "EVENT vs CHOICE stream");
        assertEquals(0, correlation(self, nextCitizen), tol, "citizen i vs i+1");
        assertEquals(0, correlation(self, nextDay), tol, "day d vs d+1");
        assertEquals(0, correlation(self, nextSeed), tol, "seed s vs s+1");
        // joint quadrant frequency: P(u < 1/2 and v < 1/2) = 1/4 under independence
        int both = 0;
        for (int i = 0; i < N; i++) {
            if (self[i] < 0.5 && otherStream[i] < 0.5) {
                both++;
            }
        }
        assertEquals(0.25 * N, both, 4 * Math.sqrt(N * 0.25 * 0.75), "joint quadrant of two streams");
    }

    @Test
    void theSameArgumentsGiveTheSameNumberAndAnyChangeGivesAnother() {
        double u = Rng.uniform(SEED, 12, 345, Streams.ROUTE);
        assertEquals(u, Rng.uniform(SEED, 12, 345, Streams.ROUTE));
        assertNotEquals(u, Rng.uniform(SEED + 1, 12, 345, Streams.ROUTE));
        assertNotEquals(u, Rng.uniform(SEED, 13, 345, Streams.ROUTE));
        assertNotEquals(u, Rng.uniform(SEED, 12, 346, Streams.ROUTE));
        assertNotEquals(u, Rng.uniform(SEED, 12, 345, Streams.CHOICE));
        assertEquals(Rng.unit(Rng.key(SEED, 12, 345, Streams.ROUTE)), u);
        // a day's stream key drawn per citizen gives the same numbers as the four-argument form
        long key = Rng.stream(SEED, 12, Streams.ROUTE);
        for (int i = 0; i < 1000; i++) {
            assertEquals(Rng.uniform(SEED, 12, i, Streams.ROUTE), Rng.uniform(key, i));
        }
        assertEquals(
                Rng.normalQuantile(Rng.uniform(SEED, 4, 77, Streams.INCOME)),
                Rng.normalQuantile(Rng.uniform(Rng.stream(SEED, 4, Streams.INCOME), 77)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.02, 0.7, 4.0, 18.5, 49.0, 120.0})
    void poissonDrawsHaveTheRequestedMeanAndVariance(double mean) {
        int n = 100_000;
        double sum = 0;
        double sumSq = 0;
        for (int k = 0; k < n; k++) {
            int x = Rng.poisson(Rng.key(SEED, 7, k, Streams.ATTACK), mean);
            assertTrue(x >= 0);
            sum += x;
            sumSq += (double) x * x;
        }
        double m = sum / n;
        double var = sumSq / n - m * m;
        assertEquals(mean, m, 4 * Math.sqrt(mean / n), "sample mean");
        // the variance of a sample variance of a Poisson(mu) is about (mu + 2 mu^2) / n; above a mean of 50 the
        // draw is a rounded normal, whose rounding adds a variance of 1/12
        double rounding = mean > 50 ? 1.0 / 12 : 0;
        assertEquals(mean + rounding, var, 4 * Math.sqrt((mean + 2 * mean * mean) / n), "sample variance");
    }

    @Test
    void poissonOfNoMeanIsZero() {
        assertEquals(0, Rng.poisson(Rng.key(SEED, 0, 0, Streams.ATTACK), 0));
        assertEquals(0, Rng.poisson(Rng.key(SEED, 0, 0, Streams.ATTACK), -1));
    }

    @Test
    void normalsHaveMeanZeroAndVarianceOne() {
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < N; i++) {
            double z = Rng.normalQuantile(Rng.uniform(SEED, Streams.BUILD_DAY, i, Streams.INCOME));
            sum += z;
            sumSq += z * z;
        }
        double m = sum / N;
        assertEquals(0, m, 4 / Math.sqrt(N), "mean");
        assertEquals(1, sumSq / N - m * m, 4 * Math.sqrt(2.0 / N), "variance");
    }

    static double correlation(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
    /**
     * The first pass of the sweep compares a man's draw with his bound as integers: this must say "below" for
     * exactly the draws whose uniform is below the bound, at the bound's edges too (a uniform equal to the bound
     * is not below it).
     */
    @Test
    void integerDrawComparisonAgreesWithTheUniform() {
        long key = Rng.stream(SEED, 5, Streams.EVENT);
        double[] bounds = new double[64];
        for (int k = 0; k < 40; k++) {
            bounds[k] = Rng.uniform(SEED, 9, k, Streams.CHOICE) * (k < 20 ? 1e-3 : 1);
        }
        // bounds that equal a draw exactly, or lie one step of a double either side of it
        for (int k = 40; k < 52; k++) {
            double u = Rng.uniform(key, k);
            bounds[k] = k % 3 == 0 ? u : k % 3 == 1 ? Math.nextUp(u) : Math.nextDown(u);
        }
        double[] edges = {
            0,
            -0.0,
            -1,
            1,
            2,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE,
            0x1.0p-53,
            Math.nextDown(1.0),
            0.5
        };
        System.arraycopy(edges, 0, bounds, 52, edges.length);
        for (double b : bounds) {
            long below = Rng.bitsBelow(b);
            assertTrue(below >= 0 && below <= 1L << 53, "limit out of [0, 2^53]: " + below);
            for (int i = 0; i < 60; i++) {
                long x = Rng.bits(key, i);
                double u = Rng.uniform(key, i);
                assertEquals(u, x * 0x1.0p-53, "the uniform is its bits times 2^-53");
                assertEquals(u < b, x < below, "draw " + u + " against bound " + b);
            }
            // the largest and smallest draws that can occur
            assertEquals(0 < b, 0 < below, "draw 0 against " + b);
            double top = ((1L << 53) - 1) * 0x1.0p-53;
            assertEquals(top < b, (1L << 53) - 1 < below, "largest draw against " + b);
        }
    }
}
