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
        this.source = source;
        this.base = base;
        this.parameters = List.copyOf(parameters);
        this.targets = selection.counted();
        this.excluded = selection.excluded();
        this.seeds = List.copyOf(seeds);
        this.notes = List.copyOf(notes);
        this.targetsLabel = targetsLabel;
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

    /** Seeds of the replications, the same for every candidate. */
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
