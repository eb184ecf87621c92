package org.callup.experiments.sweep;

import java.util.SplittableRandom;

/**
 * A Latin hypercube of {@code n} points (McKay, Beckman and Conover 1979): each parameter's unit interval is cut
 * into {@code n} equal strata and every stratum is used by exactly one point, at a uniform position inside it.
 * The strata are paired at random from the given seed, so the same seed gives the same points.
 */
final class LatinHypercubeDesign implements Design {
    private final double[][] points;

    LatinHypercubeDesign(int n, int dimensions, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        points = new double[n][dimensions];
        int[] perm = new int[n];
        for (int j = 0; j < dimensions; j++) {
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int k = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[k];
                perm[k] = t;
            }
            for (int i = 0; i < n; i++) {
                points[i][j] = (perm[i] + rng.nextDouble()) / n;
            }
        }
    }

    @Override
    public int size() {
        return points.length;
    }

    @Override
    public double[] coordinates(int index) {
        return points[index].clone();
    }
}
