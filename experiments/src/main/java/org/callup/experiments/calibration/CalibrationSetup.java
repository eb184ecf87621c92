package org.callup.experiments.calibration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to calibrate and how, as read from a calibration file and the command line: the scenario, the targets, the
 * free parameters with their bounds, and the settings of the simulations and of the search. Validated as far as
 * it can be without the scenario; {@link CalibrationProblem} checks the rest against it.
 *
 * @param scenario              a library scenario name or a path to a scenario file
 * @param targets               a targets file, or null for the shipped {@code calibration-targets.csv}
 * @param exclude               ids of targets the loss leaves out
 * @param parameters            the free parameters, in the order the optimizer sees them
 * @param replications          runs per candidate, with common random numbers
 * @param budget                candidates the search may evaluate (the start point included)
 * @param populationSize        candidates per generation of CMA-ES; 0 for its default, 4 + 3 ln(n)
 * @param initialStep           CMA-ES's initial step, as a share of each parameter's range
 * @param optimizerSeed         seed of the optimizer's own random draws
 * @param weights               loss weight of each trust level
 * @param scale                 real men per simulated citizen, or 0 for the scenario's
 * @param seed                  seed of the first replication, or -1 for the scenario's
 * @param endDate               last simulated day, or null for the scenario's
 * @param identifiabilityPoints positions per parameter at which identifiability is measured (0: skip)
 * @param series                whether daily targets form series ({@link TargetSelection}); false: every target
 *                              alone, the loss as it was before series
 * @param softEdge              multiple of the reported value at which one-sided targets get a soft edge
 *                              ({@link Loss}); 0 for none
 * @param groups                target ids whose group is not the one of their metric, with their group
 * @param leaveOut              a group the loss leaves out (for the out-of-sample check), or null
 * @param abc                   the settings of an ABC-SMC calibration the file gives ({@link AbcSection#NONE}: none)
 * @param label                 where the setup came from, for messages
 */
public record CalibrationSetup(
        String scenario,
        String targets,
        List<String> exclude,
        List<FreeParameter> parameters,
        int replications,
        int budget,
        int populationSize,
        double initialStep,
        long optimizerSeed,
        TrustWeights weights,
        int scale,
        long seed,
        LocalDate endDate,
        int identifiabilityPoints,
        boolean series,
        double softEdge,
        Map<String, String> groups,
        String leaveOut,
        AbcSection abc,
        String label) {
    public static final int MAX_REPLICATIONS = 100;
    public static final int MAX_BUDGET = 1_000_000;
    public static final int MAX_IDENTIFIABILITY_POINTS = 50;
    /** The default soft edge of one-sided targets: three times the reported value (an assumption). */
    public static final double DEFAULT_SOFT_EDGE = 3;

    public static final double MAX_SOFT_EDGE = 1000;

    public CalibrationSetup {
        if (scenario == null || scenario.isBlank()) {
            throw new IllegalArgumentException("scenario: a library scenario or a scenario file is required");
        }
        exclude = List.copyOf(exclude);
        parameters = List.copyOf(parameters);
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("parameters: give at least one free parameter with its bounds");
        }
        List<String> paths = new ArrayList<>();
        for (FreeParameter p : parameters) {
            if (paths.contains(p.path())) {
                throw new IllegalArgumentException("parameters: " + p.path() + " is given twice");
            }
            paths.add(p.path());
        }
        check("replications", replications, 1, MAX_REPLICATIONS);
        check("budget", budget, 1, MAX_BUDGET);
        if (populationSize != 0) {
            check("populationSize", populationSize, 2, 1000);
        }
        if (!(initialStep > 0 && initialStep <= 1)) {
            throw new IllegalArgumentException(
                    "initialStep must be above 0 and at most 1 (a share of each range), was " + initialStep);
        }
        if (scale != 0) {
            check("scale", scale, 1, 100_000);
        }
        if (seed < -1) {
            throw new IllegalArgumentException("seed must be 0 or more, was " + seed);
        }
        check("identifiabilityPoints", identifiabilityPoints, 0, MAX_IDENTIFIABILITY_POINTS);
        if (identifiabilityPoints == 1) {
            throw new IllegalArgumentException("identifiabilityPoints must be 0 (skip) or at least 2 (both bounds)");
        }
        if (weights == null) {
            throw new IllegalArgumentException("trust weights are required");
        }
        if (!(softEdge == 0 || softEdge >= 1 && softEdge <= MAX_SOFT_EDGE)) {
            throw new IllegalArgumentException("oneSidedSoftEdge must be 0 (none) or a multiple from 1 to "
                    + Numbers.compact(MAX_SOFT_EDGE) + ", was " + Numbers.compact(softEdge));
        }
        groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        for (Map.Entry<String, String> g : groups.entrySet()) {
            if (!TargetGroups.validName(g.getValue())) {
                throw new IllegalArgumentException("groups: " + g.getKey() + ": '" + g.getValue() + "' is not a group "
                        + "name (lower-case letters, digits, - and _, starting with a letter)");
            }
        }
        if (abc == null) {
            throw new IllegalArgumentException("the abc section is required (AbcSection.NONE for none)");
        }
        if (leaveOut != null && !TargetGroups.validName(leaveOut)) {
            throw new IllegalArgumentException("leave-out: '" + leaveOut + "' is not a group name (e.g. "
                    + String.join(", ", TargetGroups.GROUPS) + ")");
        }
    }

    private static void check(String name, long v, long min, long max) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + v);
        }
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Defaults for everything but the scenario and the parameters. */
    public static Builder builder(String scenario) {
        return new Builder(scenario);
    }

    /** Variants of a setup, e.g. a calibration file with command-line options applied. */
    public static final class Builder {
        private String scenario;
        private String targets;
        private List<String> exclude = List.of();
        private final Map<String, FreeParameter> parameters = new LinkedHashMap<>();
        private int replications = 4;
        private int budget = 400;
        private int populationSize;
        private double initialStep = 0.3;
        private long optimizerSeed = 1;
        private TrustWeights weights = TrustWeights.DEFAULT;
        private int scale;
        private long seed = -1;
        private LocalDate endDate;
        private int identifiabilityPoints = 5;
        private boolean series = true;
        private double softEdge = DEFAULT_SOFT_EDGE;
        private Map<String, String> groups = Map.of();
        private String leaveOut;
        private AbcSection abc = AbcSection.NONE;
        private String label = "command line";

        private Builder(String scenario) {
            this.scenario = scenario;
        }

        private Builder(CalibrationSetup s) {
            this(s.scenario);
            targets = s.targets;
            exclude = s.exclude;
            s.parameters.forEach(this::parameter);
            replications = s.replications;
            budget = s.budget;
            populationSize = s.populationSize;
            initialStep = s.initialStep;
            optimizerSeed = s.optimizerSeed;
            weights = s.weights;
            scale = s.scale;
            seed = s.seed;
            endDate = s.endDate;
            identifiabilityPoints = s.identifiabilityPoints;
            series = s.series;
            softEdge = s.softEdge;
            groups = s.groups;
            leaveOut = s.leaveOut;
            abc = s.abc;
            label = s.label;
        }

        public Builder scenario(String v) {
            scenario = v;
            return this;
        }

        public Builder targets(String v) {
            targets = v;
            return this;
        }

        public Builder exclude(List<String> v) {
            exclude = List.copyOf(v);
            return this;
        }
        /** Adds a free parameter, or replaces the one with the same path. */
        public Builder parameter(FreeParameter p) {
            parameters.put(p.path(), p);
            return this;
        }

        public Builder replications(int v) {
            replications = v;
            return this;
        }

        public Builder budget(int v) {
            budget = v;
            return this;
        }

        public Builder populationSize(int v) {
            populationSize = v;
            return this;
        }

        public Builder initialStep(double v) {
            initialStep = v;
            return this;
        }

        public Builder optimizerSeed(long v) {
            optimizerSeed = v;
            return this;
        }

        public Builder weights(TrustWeights v) {
            weights = v;
            return this;
        }

        public Builder scale(int v) {
            scale = v;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public Builder endDate(LocalDate v) {
            endDate = v;
            return this;
        }

        public Builder identifiabilityPoints(int v) {
            identifiabilityPoints = v;
            return this;
        }

        public Builder series(boolean v) {
            series = v;
            return this;
        }

        public Builder softEdge(double v) {
            softEdge = v;
            return this;
        }
        /** Groups of targets that differ from their metric's, by target id. */
        public Builder groups(Map<String, String> v) {
            groups = new LinkedHashMap<>(v);
            return this;
        }

        public Builder leaveOut(String v) {
            leaveOut = v;
            return this;
        }

        public Builder abc(AbcSection v) {
            abc = v;
            return this;
        }

        public Builder label(String v) {
            label = v;
            return this;
        }

        /** The setup; a value out of range is bad input naming where the setup came from. */
        public CalibrationSetup buildChecked() throws org.callup.results.BadInputException {
            try {
                return build();
            } catch (IllegalArgumentException e) {
                throw new org.callup.results.BadInputException(label + ": " + e.getMessage());
            }
        }

        public CalibrationSetup build() {
            return new CalibrationSetup(
                    scenario,
                    targets,
                    exclude,
                    List.copyOf(parameters.values()),
                    replications,
                    budget,
                    populationSize,
                    initialStep,
                    optimizerSeed,
                    weights,
                    scale,
                    seed,
                    endDate,
                    identifiabilityPoints,
                    series,
                    softEdge,
                    groups,
                    leaveOut,
                    abc,
                    label);
        }
    }
}
