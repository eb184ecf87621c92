package org.callup.experiments.calibration;

import java.util.ArrayList;
import java.util.List;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.model.timeline.AnnounceWave;
import org.callup.model.timeline.PolicyEvent;
import org.callup.model.timeline.SetParameter;
import org.callup.model.timeline.SetQuota;
import org.callup.results.BadInputException;
import org.callup.results.ReplicationSeeds;
import org.callup.results.Target;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioBounds;

/**
 * A calibration ready to run: the scenario with the setup's scale, seed and end date applied, the free parameters
 * checked against it (with where each search starts), the targets the loss counts and those it leaves out with
 * the reason, and the seeds shared by every candidate (common random numbers). Everything a user can get wrong is
 * checked here at once, before any simulation, and reported as one {@link BadInputException}.
 */
public final class CalibrationProblem {
    private final ResolvedScenario source;
    private final Scenario base;
    private final List<FreeParameter> parameters;
    private final List<CalibrationTarget> targets;
    private final List<ExcludedTarget> excluded;
    private final List<Long> seeds;
    private final List<Long> seedPool;
    private final List<String> notes;
    private final String targetsLabel;

    private CalibrationProblem(
            ResolvedScenario source,
            Scenario base,
            List<FreeParameter> parameters,
            TargetSelection selection,
            List<Long> seeds,
            List<String> notes,
            String targetsLabel) {
        this(source, base, parameters, selection.counted(), selection.excluded(), seeds, seeds, notes, targetsLabel);
    }

    private CalibrationProblem(
            ResolvedScenario source,
            Scenario base,
            List<FreeParameter> parameters,
            List<CalibrationTarget> targets,
            List<ExcludedTarget> excluded,
            List<Long> seeds,
            List<Long> seedPool,
            List<String> notes,
            String targetsLabel) {
        this.source = source;
        this.base = base;
        this.parameters = List.copyOf(parameters);
        this.targets = List.copyOf(targets);
        this.excluded = List.copyOf(excluded);
        this.seeds = List.copyOf(seeds);
        this.seedPool = List.copyOf(seedPool);
        this.notes = List.copyOf(notes);
        this.targetsLabel = targetsLabel;
    }

    /**
     * The same problem with {@code replications} runs per candidate whose seeds a candidate draws from a pool of
     * {@code pool} seeds (the first of them the scenario's), chosen by its values ({@link #seedsFor}). With a pool
     * as large as the replications, every candidate runs with the same seeds: common random numbers, as {@link #of}
     * gives. A larger pool makes the run-to-run noise part of each candidate's distance, as ABC's likelihood wants,
     * while the few seeds keep the {@link org.callup.model.sim.RunCache} useful.
     */
    public CalibrationProblem withSeedPool(int replications, int pool) {
        if (replications < 1 || pool < replications) {
            throw new IllegalArgumentException("the seed pool (" + pool + ") must hold at least the replications ("
                    + replications + "), at least one");
        }
        return new CalibrationProblem(
                source,
                base,
                parameters,
                targets,
                excluded,
                ReplicationSeeds.of(base.seed(), replications),
                ReplicationSeeds.of(base.seed(), pool),
                notes,
                targetsLabel);
    }

    /**
     * The seeds of a candidate's replications: {@link #seeds()} with common random numbers; with a larger pool, as
     * many distinct seeds of the pool, picked by a hash of the values bit for bit. A function of the values alone,
     * so a candidate runs with the same seeds on any thread, in any batch, on any machine, and in a resumed run.
     */
    public List<Long> seedsFor(double[] values) {
        if (seedPool.size() == seeds.size()) {
            return seeds;
        }
        long h = base.seed() * 0x9E3779B97F4A7C15L;
        for (double v : values) {
            h = mix(h ^ Double.doubleToLongBits(v + 0.0));
        }
        int[] order = new int[seedPool.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        List<Long> out = new ArrayList<>(seeds.size());
        for (int k = 0; k < seeds.size(); k++) {
            h = mix(h + k);
            int j = k + (int) Long.remainderUnsigned(h, order.length - k);
            int swap = order[k];
            order[k] = order[j];
            order[j] = swap;
            out.add(seedPool.get(order[k]));
        }
        return out;
    }

    /** A 64-bit finaliser (the one of SplitMix64): every bit of the input moves every bit of the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The seeds candidates draw their replications from; the same as {@link #seeds()} with common seeds. */
    public List<Long> seedPool() {
        return seedPool;
    }

    /**
     * Checks a setup against its scenario and targets.
     *
     * @param targetsLabel how messages and reports name the targets file
     */
    public static CalibrationProblem of(
            CalibrationSetup setup, ResolvedScenario source, List<Target> allTargets, String targetsLabel)
            throws BadInputException {
        List<String> problems = new ArrayList<>();
        Scenario base = applyOverrides(setup, source.scenario(), problems);
        List<FreeParameter> params = new ArrayList<>();
        if (base != null) {
            ParameterChecks checks = new ParameterChecks(base, setup.label());
            for (FreeParameter p : setup.parameters()) {
                FreeParameter checked = checks.check(p, problems);
                if (checked != null) {
                    params.add(checked);
                }
            }
        }
        TargetSelection selection =
                base == null ? null : TargetSelection.of(base, allTargets, setup, targetsLabel, problems);
        if (!problems.isEmpty()) {
            throw BadInputException.of(problems);
        }
        long seed = setup.seed() >= 0 ? setup.seed() : base.seed();
        return new CalibrationProblem(
                source,
                ParamPaths.set(base, "seed", seed),
                params,
                selection,
                ReplicationSeeds.of(seed, setup.replications()),
                notes(base, params),
                targetsLabel);
    }

    private static Scenario applyOverrides(CalibrationSetup setup, Scenario s, List<String> problems) {
        Scenario out = s;
        try {
            if (setup.scale() > 0) {
                out = ParamPaths.set(out, "population.scale", setup.scale());
            }
        } catch (IllegalArgumentException e) {
            problems.add(setup.label() + ": scale: " + e.getMessage());
        }
        if (setup.endDate() != null) {
            if (setup.endDate().isBefore(out.startDate())) {
                problems.add(setup.label() + ": endDate " + setup.endDate() + " is before the start of scenario '"
                        + s.name() + "' (" + out.startDate() + ")");
                return null;
            }
            String bound = ScenarioBounds.dateProblem(setup.endDate());
            bound = bound != null ? bound : ScenarioBounds.spanProblem(out.startDate(), setup.endDate());
            if (bound != null) {
                problems.add(setup.label() + ": endDate: " + bound);
                return null;
            }
            out = ParamPaths.set(out, "endDate", setup.endDate());
        }
        return out;
    }

    /** Parameters that an event of the timeline sets: the value found applies only until that event. */
    private static List<String> notes(Scenario s, List<FreeParameter> params) {
        List<String> out = new ArrayList<>();
        for (FreeParameter p : params) {
            for (PolicyEvent e : s.timeline()) {
                boolean sets = e instanceof SetParameter sp && sp.path().equals(p.path())
                        || (e instanceof AnnounceWave || e instanceof SetQuota)
                                && (p.path().equals("recruiters.planDays")
                                        || p.path().equals("recruiters.nationalQuotaPersons"));
                if (sets) {
                    out.add(p.path() + ": the event of " + e.date() + " (" + e.describe() + ") sets it; the calibrated "
                            + "value applies only before that day");
                    break;
                }
            }
        }
        return out;
    }

    /** The scenario with a candidate's values set; IllegalArgumentException if the records refuse them. */
    public Scenario scenarioAt(double[] values) {
        Scenario s = base;
        for (int i = 0; i < parameters.size(); i++) {
            FreeParameter p = parameters.get(i);
            s = ParameterChecks.set(s, p, values[i]);
        }
        return s;
    }

    /**
     * The values at a point of the unit cube. A coordinate at the start's position gives the start value exactly
     * (mapping it to the cube and back could miss it by a rounding error), so the search's first candidate is the
     * scenario as given.
     */
    public double[] valuesAt(double[] unit) {
        double[] v = new double[parameters.size()];
        for (int i = 0; i < v.length; i++) {
            FreeParameter p = parameters.get(i);
            v[i] = unit[i] == p.toUnit(p.start()) ? p.start() + 0.0 : p.fromUnit(unit[i]);
        }
        return v;
    }

    /** Where the search starts, on the unit cube. */
    public double[] startUnit() {
        double[] u = new double[parameters.size()];
        for (int i = 0; i < u.length; i++) {
            u[i] = parameters.get(i).toUnit(parameters.get(i).start());
        }
        return u;
    }

    public double[] startValues() {
        return parameters.stream().mapToDouble(FreeParameter::start).toArray();
    }

    public ResolvedScenario source() {
        return source;
    }

    /** The scenario every candidate starts from: the source with the setup's scale, seed and end date. */
    public Scenario base() {
        return base;
    }

    public List<FreeParameter> parameters() {
        return parameters;
    }

    public List<CalibrationTarget> targets() {
        return targets;
    }

    public List<ExcludedTarget> excluded() {
        return excluded;
    }

    /**
     * Seeds of the replications, the same for every candidate with common random numbers; with a larger
     * {@linkplain #seedPool() pool}, their number only (each candidate's are {@link #seedsFor}).
     */
    public List<Long> seeds() {
        return seeds;
    }

    /** Things worth telling the user that are not errors. */
    public List<String> notes() {
        return notes;
    }

    public String targetsLabel() {
        return targetsLabel;
    }

    /**
     * A target of the file that the loss does not count, and why.
     *
     * @param outsideDates whether it is left out because its window is not within the simulated dates (else the
     *                     setup excludes it)
     */
    public record ExcludedTarget(Target target, String reason, boolean outsideDates) {}
}
