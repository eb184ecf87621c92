package org.callup.experiments.calibration.abc;

/**
 * The settings of an ABC-SMC calibration ({@link AbcSmc}). Those that decide which particles are proposed and
 * accepted ({@link #particles}, {@link #quantile}, {@link #seed}) are part of a calibration's setup; the stopping
 * rules only decide how far it goes, so a calibration resumed with looser ones retraces its generations and goes on.
 *
 * @param particles         accepted particles per generation (the size of the posterior sample)
 * @param quantile          the next tolerance is this weighted quantile of the current population's distances
 *                          (alpha; 0.5 is pyABC's default, the median)
 * @param maxGenerations    generations at most, the prior sample (generation 0) included
 * @param minTolerance      stop once a generation's tolerance is at or below this
 * @param minAcceptanceRate stop once a generation accepts fewer than this share of its proposals; a generation
 *                          that cannot reach it is abandoned after particles / rate proposals
 * @param maxEvaluations    model evaluations (candidates, each of every replication) at most, over all generations
 * @param predictiveDraws   posterior draws, one run each with its own seed, for the predictive intervals (0: none)
 * @param seed              seed of the sampler's own random draws (prior draws, resampling, perturbation)
 */
public record AbcSettings(
        int particles,
        double quantile,
        int maxGenerations,
        double minTolerance,
        double minAcceptanceRate,
        int maxEvaluations,
        int predictiveDraws,
        long seed) {
    public static final int DEFAULT_PARTICLES = 1000;
    public static final double DEFAULT_QUANTILE = 0.5;
    public static final int DEFAULT_GENERATIONS = 20;
    public static final double DEFAULT_MIN_ACCEPTANCE = 0.01;
    public static final int DEFAULT_MAX_EVALUATIONS = 50_000;
    public static final int DEFAULT_PREDICTIVE_DRAWS = 200;

    public AbcSettings {
        if (particles < 2 || particles > 1_000_000) {
            throw new IllegalArgumentException("particles must be between 2 and 1000000, was " + particles);
        }
        if (!(quantile > 0 && quantile < 1)) {
            throw new IllegalArgumentException(
                    "the tolerance quantile (alpha) must be above 0 and below 1, was " + quantile);
        }
        if (maxGenerations < 1 || maxGenerations > 1000) {
            throw new IllegalArgumentException("generations must be between 1 and 1000, was " + maxGenerations);
        }
        if (!(minTolerance >= 0) || Double.isInfinite(minTolerance)) {
            throw new IllegalArgumentException("the minimum tolerance must be 0 or more, was " + minTolerance);
        }
        if (!(minAcceptanceRate > 0 && minAcceptanceRate <= 1)) {
            throw new IllegalArgumentException(
                    "the minimum acceptance rate must be above 0 and at most 1, was " + minAcceptanceRate);
        }
        if (maxEvaluations < particles || maxEvaluations > 100_000_000) {
            throw new IllegalArgumentException("the evaluation budget must be between the number of particles ("
                    + particles + ") and 100000000, was " + maxEvaluations);
        }
        if (predictiveDraws < 0 || predictiveDraws > 100_000) {
            throw new IllegalArgumentException("predictive draws must be between 0 and 100000, was " + predictiveDraws);
        }
        if (seed < 0) {
            throw new IllegalArgumentException("the sampler's seed must be 0 or more, was " + seed);
        }
    }

    /** The defaults: 1,000 particles, the median as the next tolerance, seed 1. */
    public static AbcSettings defaults() {
        return new AbcSettings(
                DEFAULT_PARTICLES,
                DEFAULT_QUANTILE,
                DEFAULT_GENERATIONS,
                0,
                DEFAULT_MIN_ACCEPTANCE,
                DEFAULT_MAX_EVALUATIONS,
                DEFAULT_PREDICTIVE_DRAWS,
                1);
    }

    public AbcSettings withParticles(int v) {
        return new AbcSettings(
                v, quantile, maxGenerations, minTolerance, minAcceptanceRate, maxEvaluations, predictiveDraws, seed);
    }

    public AbcSettings withQuantile(double v) {
        return new AbcSettings(
                particles, v, maxGenerations, minTolerance, minAcceptanceRate, maxEvaluations, predictiveDraws, seed);
    }

    public AbcSettings withMaxGenerations(int v) {
        return new AbcSettings(
                particles, quantile, v, minTolerance, minAcceptanceRate, maxEvaluations, predictiveDraws, seed);
    }

    public AbcSettings withMinTolerance(double v) {
        return new AbcSettings(
                particles, quantile, maxGenerations, v, minAcceptanceRate, maxEvaluations, predictiveDraws, seed);
    }

    public AbcSettings withMinAcceptanceRate(double v) {
        return new AbcSettings(
                particles, quantile, maxGenerations, minTolerance, v, maxEvaluations, predictiveDraws, seed);
    }

    public AbcSettings withMaxEvaluations(int v) {
        return new AbcSettings(
                particles, quantile, maxGenerations, minTolerance, minAcceptanceRate, v, predictiveDraws, seed);
    }

    public AbcSettings withPredictiveDraws(int v) {
        return new AbcSettings(
                particles, quantile, maxGenerations, minTolerance, minAcceptanceRate, maxEvaluations, v, seed);
    }

    public AbcSettings withSeed(long v) {
        return new AbcSettings(
                particles,
                quantile,
                maxGenerations,
                minTolerance,
                minAcceptanceRate,
                maxEvaluations,
                predictiveDraws,
                v);
    }

    /** The settings that decide the particles, for the setup text. */
    public String setupLine() {
        return "search: ABC-SMC (Beaumont et al. 2009, adaptive tolerance), " + particles + " particles, tolerance "
                + "quantile " + quantile + ", kernel multivariate normal with twice the weighted covariance on the "
                + "unit cube, priors uniform on each range (log-uniform on log ranges), seed " + seed + "\n";
    }

    /** The settings that decide only how far it goes, for the settings file. */
    public String stoppingText() {
        return "generations: " + maxGenerations + "\nminimum tolerance: " + minTolerance + "\nminimum acceptance rate: "
                + minAcceptanceRate + "\nevaluation budget: " + maxEvaluations + "\npredictive draws: "
                + predictiveDraws + "\n";
    }
}
