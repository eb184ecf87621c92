package org.callup.results;

/**
 * Mean and variance of many quantities at once, updated one sample vector at a time with Welford's algorithm
 * (stable for large counts, one pass, no need to keep the samples). NaN entries are skipped, so each quantity has
 * its own count.
 */
final class RunningMoments {
    private final int[] count;
    private final double[] mean;
    private final double[] m2;

    RunningMoments(int size) {
        count = new int[size];
        mean = new double[size];
        m2 = new double[size];
    }

    void add(double[] x) {
        if (x.length != mean.length) {
            throw new IllegalArgumentException("expected " + mean.length + " values, got " + x.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                continue;
            }
            int n = ++count[i];
            double delta = x[i] - mean[i];
            mean[i] += delta / n;
            m2[i] += delta * (x[i] - mean[i]);
        }
    }

    int count(int i) {
        return count[i];
    }

    /** NaN when no sample had a value. */
    double mean(int i) {
        return count[i] == 0 ? Double.NaN : mean[i];
    }

    /** Sample standard deviation (n - 1 in the denominator); NaN below two values. */
    double sd(int i) {
        return count[i] < 2 ? Double.NaN : Math.sqrt(m2[i] / (count[i] - 1));
    }
}
