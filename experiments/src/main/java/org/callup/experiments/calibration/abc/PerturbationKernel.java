package org.callup.experiments.calibration.abc;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The perturbation kernel of ABC-SMC: a multivariate normal around a particle with twice the weighted covariance
 * of the population (Beaumont et al. 2009; Filippi et al. 2013 show it is the optimal global covariance for a
 * Gaussian kernel in the sense of the Kullback-Leibler divergence). It works on the unit cube of the free
 * parameters, where the prior is uniform. A covariance that is singular (a parameter whose particles all share a
 * value, e.g. a whole number) gets a small ridge, so that the kernel can still move in every direction.
 */
final class PerturbationKernel {
    /** Smallest variance along a coordinate of the unit cube: a standard deviation of 0.1% of the range. */
    private static final double RIDGE = 1e-6;

    private final int dim;
    private final double[][] lower;

    private PerturbationKernel(double[][] lower) {
        this.dim = lower.length;
        this.lower = lower;
    }

    /** Twice the weighted covariance of the particles (normalised weights), made positive definite. */
    static PerturbationKernel of(List<double[]> points, double[] weights) {
        int d = points.get(0).length;
        double[] mean = new double[d];
        double sumSq = 0;
        for (int j = 0; j < points.size(); j++) {
            sumSq += weights[j] * weights[j];
            for (int a = 0; a < d; a++) {
                mean[a] += weights[j] * points.get(j)[a];
            }
        }
        double[][] cov = new double[d][d];
        for (int j = 0; j < points.size(); j++) {
            double[] x = points.get(j);
            for (int a = 0; a < d; a++) {
                for (int b = 0; b <= a; b++) {
                    cov[a][b] += weights[j] * (x[a] - mean[a]) * (x[b] - mean[b]);
                }
            }
        }
        // The unbiased weighted covariance; with one effective particle, the biased one.
        double norm = sumSq < 1 ? 1 - sumSq : 1;
        for (int a = 0; a < d; a++) {
            for (int b = 0; b <= a; b++) {
                cov[a][b] = 2 * cov[a][b] / norm;
                cov[b][a] = cov[a][b];
            }
        }
        return new PerturbationKernel(cholesky(cov));
    }

    private static double[][] cholesky(double[][] cov) {
        int d = cov.length;
        double ridge = RIDGE;
        for (int attempt = 0; ; attempt++) {
            double[][] c = new double[d][];
            for (int a = 0; a < d; a++) {
                c[a] = cov[a].clone();
                c[a][a] = Math.max(c[a][a], 0) + ridge;
            }
            try {
                RealMatrix l = new CholeskyDecomposition(new Array2DRowRealMatrix(c, false), 1e-12, 1e-14).getL();
                return l.getData();
            } catch (NonPositiveDefiniteMatrixException e) {
                if (attempt > 20) {
                    throw new IllegalStateException("the population's covariance cannot be made positive definite", e);
                }
                ridge *= 10;
            }
        }
    }

    /** A draw around {@code centre}. */
    double[] sample(double[] centre, RandomGenerator rng) {
        double[] z = new double[dim];
        for (int a = 0; a < dim; a++) {
            z[a] = rng.nextGaussian();
        }
        double[] x = centre.clone();
        for (int a = 0; a < dim; a++) {
            for (int b = 0; b <= a; b++) {
                x[a] += lower[a][b] * z[b];
            }
        }
        return x;
    }

    /**
     * The logarithm of the kernel's density at {@code x} around {@code centre}, up to a constant common to all pairs
     * (the weights are normalised afterwards): -|L^-1 (x - centre)|^2 / 2.
     */
    double logDensity(double[] x, double[] centre) {
        double[] y = new double[dim];
        double q = 0;
        for (int a = 0; a < dim; a++) {
            double s = x[a] - centre[a];
            for (int b = 0; b < a; b++) {
                s -= lower[a][b] * y[b];
            }
            y[a] = s / lower[a][a];
            q += y[a] * y[a];
        }
        return -0.5 * q;
    }
}
