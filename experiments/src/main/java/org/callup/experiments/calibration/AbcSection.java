package org.callup.experiments.calibration;

import java.util.List;

/**
 * The {@code abc:} section of a calibration file: the settings of {@code callup calibrate --method abc} that the
 * file gives (null for those it leaves to the defaults). Options on the command line override them. The ranges are
 * checked when the file is read; settings that must fit together (the budget and the particles, the pool and the
 * replications) when the sampler's settings are made of them.
 */
public record AbcSection(
        Integer particles,
        Double toleranceQuantile,
        Integer generations,
        Double minTolerance,
        Double minAcceptance,
        Integer maxEvaluations,
        Integer predictiveDraws,
        Integer replications,
        Integer seedPool) {
    public static final int MAX_PARTICLES = 1_000_000;
    public static final int MAX_GENERATIONS = 1000;
    public static final int MAX_EVALUATIONS = 100_000_000;
    public static final int MAX_PREDICTIVE_DRAWS = 100_000;
    public static final int MAX_REPLICATIONS = 100;
    public static final int MAX_SEED_POOL = 1000;

    /** No {@code abc:} section. */
    public static final AbcSection NONE = new AbcSection(null, null, null, null, null, null, null, null, null);

    /** The keys of the section, in the order of the record. */
    public static final List<String> KEYS = List.of(
            "particles",
            "toleranceQuantile",
            "generations",
            "minTolerance",
            "minAcceptance",
            "maxEvaluations",
            "predictiveDraws",
            "replications",
            "seedPool");
}
