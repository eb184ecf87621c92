package org.callup.experiments.calibration.abc;

import org.callup.experiments.calibration.AbcSection;

/**
 * The settings of an ABC-SMC calibration ({@link AbcSmc}). Those that decide which particles are proposed and
 * accepted ({@link #particles}, {@link #quantile}, {@link #seed}, {@link #replications}, {@link #seedPool}) are part of a calibration's setup; the stopping
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
 * @param replications      runs per candidate (1, as ABC usually has it: the model's noise is part of the
 *                          likelihood, and a candidate is accepted by one draw of it)
 * @param seedPool          seeds a candidate's runs are picked from by its values (at least the replications;
 *                          as many as the replications: the same seeds for every candidate, common random numbers)
 */
public record AbcSettings(
        int particles,
        double quantile,
        int maxGenerations,
        double minTolerance,
        double minAcceptanceRate,
        int maxEvaluations,
        int predictiveDraws,
        long seed,
        int replications,
        int seedPool) {
    public static final int DEFAULT_PARTICLES = 1000;
    public static final double DEFAULT_QUANTILE = 0.5;
    public static final int DEFAULT_GENERATIONS = 20;
    public static final double DEFAULT_MIN_ACCEPTANCE = 0.01;
    /**
     * Candidates at most: with one run each, about 25 minutes at 650 runs a minute on two cores
     * (docs/CALIBRATION.md), so that the default calibration ends within half an hour.
     */
    public static final int DEFAULT_MAX_EVALUATIONS = 16_000;

    public static final int DEFAULT_PREDICTIVE_DRAWS = 200;
    public static final int DEFAULT_REPLICATIONS = 1;
    /** Eight seeds: the run cache keeps a population and the daily draws of each (it keeps 16 populations). */
    public static final int DEFAULT_SEED_POOL = 8;

    public static final int MAX_PARTICLES = AbcSection.MAX_PARTICLES;
    public static final int MAX_GENERATIONS = AbcSection.MAX_GENERATIONS;
    public static final int MAX_EVALUATIONS = AbcSection.MAX_EVALUATIONS;
    public static final int MAX_PREDICTIVE_DRAWS = AbcSection.MAX_PREDICTIVE_DRAWS;
    public static final int MAX_REPLICATIONS = AbcSection.MAX_REPLICATIONS;
    public static final int MAX_SEED_POOL = AbcSection.MAX_SEED_POOL;

    public AbcSettings {
        if (particles < 2 || particles > MAX_PARTICLES) {
            throw new IllegalArgumentException(
                    "particles must be between 2 and " + MAX_PARTICLES + ", was " + particles);
        }
        if (!(quantile > 0 && quantile < 1)) {
            throw new IllegalArgumentException(
                    "the tolerance quantile (alpha) must be above 0 and below 1, was " + quantile);
        }
        if (maxGenerations < 1 || maxGenerations > MAX_GENERATIONS) {
            throw new IllegalArgumentException(
                    "generations must be between 1 and " + MAX_GENERATIONS + ", was " + maxGenerations);
        }
        if (!(minTolerance >= 0) || Double.isInfinite(minTolerance)) {
            throw new IllegalArgumentException("the minimum tolerance must be 0 or more, was " + minTolerance);
        }
        if (!(minAcceptanceRate > 0 && minAcceptanceRate <= 1)) {
            throw new IllegalArgumentException(
                    "the minimum acceptance rate must be above 0 and at most 1, was " + minAcceptanceRate);
        }
        if (maxEvaluations < particles || maxEvaluations > MAX_EVALUATIONS) {
            throw new IllegalArgumentException("the evaluation budget must be between the number of particles ("
                    + particles + ") and " + MAX_EVALUATIONS + ", was " + maxEvaluations);
        }
        if (predictiveDraws < 0 || predictiveDraws > MAX_PREDICTIVE_DRAWS) {
            throw new IllegalArgumentException(
                    "predictive draws must be between 0 and " + MAX_PREDICTIVE_DRAWS + ", was " + predictiveDraws);
        }
        if (seed < 0) {
            throw new IllegalArgumentException("the sampler's seed must be 0 or more, was " + seed);
        }
        if (replications < 1 || replications > MAX_REPLICATIONS) {
            throw new IllegalArgumentException(
                    "replications must be between 1 and " + MAX_REPLICATIONS + ", was " + replications);
        }
        if (seedPool < replications || seedPool > MAX_SEED_POOL) {
            throw new IllegalArgumentException("the seed pool must be between the replications (" + replications
                    + ") and " + MAX_SEED_POOL + ", was " + seedPool);
        }
    }

    /**
     * The defaults: 1,000 particles, the median as the next tolerance, one run per candidate with a seed of a pool
     * of eight, at most 16,000 candidates, seed 1.
     */
    public static AbcSettings defaults() {
        return new AbcSettings(
                DEFAULT_PARTICLES,
                DEFAULT_QUANTILE,
                DEFAULT_GENERATIONS,
                0,
                DEFAULT_MIN_ACCEPTANCE,
                DEFAULT_MAX_EVALUATIONS,
                DEFAULT_PREDICTIVE_DRAWS,
                1,
                DEFAULT_REPLICATIONS,
                DEFAULT_SEED_POOL);
    }

    public AbcSettings withParticles(int v) {
        return withParticlesAndBudget(v, null);
    }

    public AbcSettings withQuantile(double v) {
        return new AbcSettings(
                particles,
                v,
                maxGenerations,
                minTolerance,
                minAcceptanceRate,
                maxEvaluations,
                predictiveDraws,
                seed,
                replications,
                seedPool);
    }

    public AbcSettings withMaxGenerations(int v) {
        return new AbcSettings(
                particles,
                quantile,
                v,
                minTolerance,
                minAcceptanceRate,
                maxEvaluations,
                predictiveDraws,
                seed,
                replications,
                seedPool);
    }

    public AbcSettings withMinTolerance(double v) {
        return new AbcSettings(
                particles,
                quantile,
                maxGenerations,
                v,
                minAcceptanceRate,
                maxEvaluations,
                predictiveDraws,
                seed,
                replications,
                seedPool);
    }

    public AbcSettings withMinAcceptanceRate(double v) {
        return new AbcSettings(
                particles,
                quantile,
                maxGenerations,
                minTolerance,
                v,
                maxEvaluations,
                predictiveDraws,
                seed,
                replications,
                seedPool);
    }

    /**
     * The settings with the particles and the evaluation budget set together and checked once (a null keeps the
     * present value), so that raising both, particles above the old budget, does not fail on the budget not yet set.
     */
    public AbcSettings withParticlesAndBudget(Integer p, Integer e) {
        return new AbcSettings(
                p != null ? p : particles,
                quantile,
                maxGenerations,
                minTolerance,
                minAcceptanceRate,
                e != null ? e : maxEvaluations,
                predictiveDraws,
                seed,
                replications,
                seedPool);
    }

    public AbcSettings withMaxEvaluations(int v) {
        return withParticlesAndBudget(null, v);
    }

    public AbcSettings withPredictiveDraws(int v) {
        return new AbcSettings(
                particles,
                quantile,
                maxGenerations,
                minTolerance,
                minAcceptanceRate,
                maxEvaluations,
                v,
                seed,
                replications,
                seedPool);
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
                v,
                replications,
                seedPool);
    }

    /** Runs per candidate and the pool their seeds come from. */
    public AbcSettings withSeeds(int replications, int seedPool) {
        return new AbcSettings(
                particles,
                quantile,
                maxGenerations,
                minTolerance,
                minAcceptanceRate,
                maxEvaluations,
                predictiveDraws,
                seed,
                replications,
                seedPool);
    }

    /**
     * The settings with a calibration file's {@code abc:} values where it gives them; a value out of range or
     * settings that do not fit together throw IllegalArgumentException.
     */
    public AbcSettings with(AbcSection a) {
        AbcSettings s = this;
        if (a.particles() != null || a.maxEvaluations() != null) {
            s = s.withParticlesAndBudget(a.particles(), a.maxEvaluations());
        }
        if (a.toleranceQuantile() != null) {
            s = s.withQuantile(a.toleranceQuantile());
        }
        if (a.generations() != null) {
            s = s.withMaxGenerations(a.generations());
        }
        if (a.minTolerance() != null) {
            s = s.withMinTolerance(a.minTolerance());
        }
        if (a.minAcceptance() != null) {
            s = s.withMinAcceptanceRate(a.minAcceptance());
        }
        if (a.predictiveDraws() != null) {
            s = s.withPredictiveDraws(a.predictiveDraws());
        }
        if (a.replications() != null || a.seedPool() != null) {
            s = s.withSeeds(
                    a.replications() != null ? a.replications() : s.replications,
                    a.seedPool() != null ? a.seedPool() : s.seedPool);
        }
        return s;
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
