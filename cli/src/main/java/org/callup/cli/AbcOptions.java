package org.callup.cli;

import org.callup.experiments.calibration.CalibrationSetup;
import org.callup.experiments.calibration.abc.AbcSettings;
import org.callup.results.BadInputException;
import picocli.CommandLine.Option;

/**
 * The options of {@code callup calibrate --method abc}: the size of the posterior sample, when to stop, the runs per
 * candidate and their seeds, and the synthetic-recovery check. Each overrides the calibration file's {@code abc:}
 * section.
 */
final class AbcOptions {
    @Option(
            names = "--particles",
            paramLabel = "N",
            converter = Particles.class,
            description =
                    "ABC: particles per generation, the size of the posterior sample (2 to 1000000; default: the file's abc section, else "
                            + AbcSettings.DEFAULT_PARTICLES + ").")
    Integer particles;

    @Option(
            names = "--tolerance-quantile",
            paramLabel = "ALPHA",
            description = "ABC: the next tolerance is this weighted quantile of the current distances (above 0 and "
                    + "below 1; default: the file's abc section, else " + AbcSettings.DEFAULT_QUANTILE
                    + ", the median).")
    Double quantile;

    @Option(
            names = "--generations",
            paramLabel = "N",
            converter = Generations.class,
            description =
                    "ABC: generations at most, the prior sample included (1 to 1000; default: the file's abc section, else "
                            + AbcSettings.DEFAULT_GENERATIONS + ").")
    Integer generations;

    @Option(
            names = "--min-tolerance",
            paramLabel = "X",
            description =
                    "ABC: stop once a generation's tolerance (a loss) is at or below this (default: the file's abc section, else 0).")
    Double minTolerance;

    @Option(
            names = "--min-acceptance",
            paramLabel = "RATE",
            description =
                    "ABC: stop once a generation accepts less than this share of its proposals (default: the file's abc section, else "
                            + AbcSettings.DEFAULT_MIN_ACCEPTANCE + ").")
    Double minAcceptance;

    @Option(
            names = "--max-evaluations",
            paramLabel = "N",
            converter = Evaluations.class,
            description = "ABC: candidates evaluated at most over all generations, each of --replications runs "
                    + "(2 to 100000000, at least --particles; default: the file's abc section, else "
                    + AbcSettings.DEFAULT_MAX_EVALUATIONS + ").")
    Integer maxEvaluations;

    @Option(
            names = "--predictive-draws",
            paramLabel = "N",
            converter = Draws.class,
            description = "ABC: posterior draws, one run each with a fresh seed, for posterior-predictive.csv "
                    + "(0 to 100000; default: the file's abc section, else " + AbcSettings.DEFAULT_PREDICTIVE_DRAWS
                    + ").")
    Integer predictiveDraws;

    @Option(
            names = "--seed-pool",
            paramLabel = "N",
            converter = SeedPool.class,
            description = "ABC: seeds each candidate's runs are picked from by its values (1 to 1000, at least "
                    + "--replications; as many as --replications: the same seeds for every candidate; default: the file's abc section, else "
                    + AbcSettings.DEFAULT_SEED_POOL + ", with " + AbcSettings.DEFAULT_REPLICATIONS
                    + " run per candidate).")
    Integer seedPool;

    @Option(
            names = "--recovery",
            paramLabel = "TRUTH",
            description = "ABC: the check on synthetic data. Run the model at known values (shipped: the scenario's "
                    + "own; or a posterior.csv, or a folder with one, with :N for its particle N, default the closest), "
                    + "make every counted target from those runs with the calibration's seeds, calibrate against them "
                    + "and write recovery.csv (per parameter: the truth, the posterior's 5/50/95%% quantiles, whether "
                    + "the truth is inside the 90%% interval). Default folder: runs/recovery-<scenario>.")
    String recovery;

    @Option(
            names = "--recovery-range",
            paramLabel = "SHARE",
            description = "ABC --recovery: each synthetic target's range is its value +- SHARE of it (above 0 and "
                    + "below 1; default: the reported range's width relative to the reported value).")
    Double recoveryRange;

    static final class SeedPool extends NumberOptions.IntIn {
        SeedPool() {
            super(1, 1000);
        }
    }

    static final class Particles extends NumberOptions.IntIn {
        Particles() {
            super(2, 1_000_000);
        }
    }

    static final class Generations extends NumberOptions.IntIn {
        Generations() {
            super(1, 1000);
        }
    }

    static final class Evaluations extends NumberOptions.IntIn {
        Evaluations() {
            super(2, 100_000_000);
        }
    }

    static final class Draws extends NumberOptions.IntIn {
        Draws() {
            super(0, 100_000);
        }
    }

    /**
     * The settings: the defaults, then the calibration file's {@code abc:} section, then these options (and
     * {@code --replications}, which with --method abc is the runs per candidate); the sampler's seed is the setup's
     * optimizer seed.
     *
     * @param replications the --replications option, or null
     */
    AbcSettings settings(long seed, CalibrationSetup setup, Integer replications) throws BadInputException {
        AbcSettings s = AbcSettings.defaults().withSeed(seed);
        try {
            s = s.with(setup.abc());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(setup.label() + ": abc: " + e.getMessage());
        }
        try {
            if (particles != null || maxEvaluations != null) {
                s = s.withParticlesAndBudget(particles, maxEvaluations);
            }
            if (quantile != null) {
                s = s.withQuantile(quantile);
            }
            if (generations != null) {
                s = s.withMaxGenerations(generations);
            }
            if (minTolerance != null) {
                s = s.withMinTolerance(minTolerance);
            }
            if (minAcceptance != null) {
                s = s.withMinAcceptanceRate(minAcceptance);
            }
            if (predictiveDraws != null) {
                s = s.withPredictiveDraws(predictiveDraws);
            }
            if (replications != null || seedPool != null) {
                s = s.withSeeds(
                        replications != null ? replications : s.replications(),
                        seedPool != null ? seedPool : s.seedPool());
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--method abc: " + e.getMessage());
        }
        return s;
    }

    boolean anyGiven() {
        return particles != null
                || quantile != null
                || generations != null
                || minTolerance != null
                || minAcceptance != null
                || maxEvaluations != null
                || predictiveDraws != null
                || seedPool != null
                || recovery != null
                || recoveryRange != null;
    }
}
