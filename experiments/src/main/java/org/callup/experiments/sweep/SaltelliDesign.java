package org.callup.experiments.sweep;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling scheme for Sobol' sensitivity indices (Saltelli et al. 2010, Computer Physics
 * Communications 181:259-270). Two matrices A and B of {@code n} rows and {@code k} columns are the two halves of
 * a {@code 2k}-dimensional Sobol' sequence; for each parameter i the matrix
 * AB_i is A with column i taken from B. Point {@code j (k + 2) + c} is row j of A for c = 0, of AB_c for c = 1..k,
 * and of B for c = k + 1, so that the {@code k + 2} evaluations an estimate needs sit together.
 */
public final class SaltelliDesign implements Design {
    /** Dimensions of the direction numbers shipped with commons-math (Joe and Kuo). */
    static final int MAX_PARAMETERS = 500;

    private final int n;
    private final int k;
    private final double[][] ab;

    public SaltelliDesign(int n, int k) {
        if (k < 1 || k > MAX_PARAMETERS) {
            throw new IllegalArgumentException("a Sobol design takes 1 to " + MAX_PARAMETERS + " parameters, got " + k);
        }
        this.n = n;
        this.k = k;
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        // The first points of the sequence are degenerate (all 0, then all 1/2: rows of A equal to rows of B, which
        // carry no information). Starting at a power of two at least n keeps the n points a balanced block of the
        // sequence, as SALib's default skip does.
        sobol.skipTo(Integer.highestOneBit(Math.max(1, n - 1)) << 1);
        ab = new double[n][];
        for (int j = 0; j < n; j++) {
            ab[j] = sobol.nextVector();
        }
    }

    /** Points for {@code n} base samples of {@code k} parameters. */
    static long sizeOf(long n, int k) {
        return n * (k + 2);
    }

    public int baseSamples() {
        return n;
    }

    public int parameters() {
        return k;
    }

    @Override
    public int size() {
        return n * (k + 2);
    }

    @Override
    public double[] coordinates(int index) {
        int j = index / (k + 2);
        int c = index % (k + 2);
        double[] u = new double[k];
        for (int i = 0; i < k; i++) {
            boolean fromB = c == k + 1 || c == i + 1;
            u[i] = ab[j][fromB ? k + i : i];
        }
        return u;
    }
}
