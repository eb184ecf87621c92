package org.callup.experiments.sweep;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.callup.scenarios.OutputSpec;
import org.callup.scenarios.ScenarioException;
import org.callup.scenarios.yaml.StrictValues;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlNode;

/**
 * Reads the top level of a sweep file into a {@link SweepSpec}, checking it against its base scenario and
 * collecting every problem. See {@code SweepFile} for the format.
 */
final class SweepFileReader {
    static final Set<String> KEYS = new LinkedHashSet<>(List.of(
            "name",
            "description",
            "scenario",
            "seed",
            "replications",
            "commonRandomNumbers",
            "design",
            "set",
            "parameters",
            "outputs",
            "dailySeries"));
    static final Set<String> REQUIRED = new LinkedHashSet<>(List.of("scenario", "design", "parameters", "outputs"));
    static final int MAX_REPLICATIONS = 1000;

    private final StrictValues in;
    private final SweepProblems problems;

    SweepFileReader(SweepProblems problems) {
        this.problems = problems;
        this.in = new StrictValues(problems);
    }

    /** The checked sweep; null when problems were found (they are in {@code problems}). */
    Sweep read(YamlMap root, Path file, byte[] bytes) throws ScenarioException {
        in.keys(root, KEYS, REQUIRED, "a sweep file");
        String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String name = root.get("name") == null ? stem : in.text(root.get("name"), "a name");
        if (name != null && !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            problems.at(
                    root.get("name"),
                    "'" + name + "' is not a valid name: letters, digits, '.', '_' or '-' "
                            + "(it names the output folder)");
        }
        String description = root.get("description") == null ? "" : in.text(root.get("description"), "text");
        Long seed = root.get("seed") == null ? Long.valueOf(1) : in.whole(root.get("seed"), 0, Long.MAX_VALUE);
        Long reps = root.get("replications") == null
                ? Long.valueOf(1)
                : in.whole(root.get("replications"), 1, MAX_REPLICATIONS);
        Boolean crn =
                root.get("commonRandomNumbers") == null ? Boolean.FALSE : in.bool(root.get("commonRandomNumbers"));
        DesignReader.Read design = root.get("design") == null ? null : new DesignReader(in).read(root.get("design"));
        BaseScenario base = root.get("scenario") == null
                ? null
                : BaseScenario.load(root.get("scenario"), file.toAbsolutePath().getParent(), in);
        if (base == null) {
            return null;
        }
        ParameterReader pr = new ParameterReader(
                in,
                new SlotResolver(base.resolved(), new EventIndex(base.resolved()), problems),
                design == null ? null : design.kind());
        List<FixedSetting> set = root.get("set") == null ? List.of() : pr.set(root.get("set"));
        List<SweepParameter> parameters =
                root.get("parameters") == null ? List.of() : pr.parameters(root.get("parameters"));
        OutputsReader or = new OutputsReader(in, base.resolved().scenario());
        List<SweepOutput> outputs = root.get("outputs") == null
                ? List.of()
                : or.outputs(
                        root.get("outputs"),
                        parameters.stream().map(SweepParameter::name).toList());
        OutputSpec daily = root.get("dailySeries") == null ? null : or.dailySeries(root.get("dailySeries"));
        if (problems.any()
                || design == null
                || name == null
                || description == null
                || seed == null
                || reps == null
                || crn == null) {
            return null;
        }
        int points = design.points(parameters, root.get("design"));
        if (points < 1) {
            problems.at(
                    root.get("design"),
                    "the design has more than " + DesignReader.MAX_POINTS + " points; use "
                            + "fewer values or samples, or split the sweep");
            return null;
        }
        if (!runsFit(points, reps, root.get("replications") == null ? root : root.get("replications"))) {
            return null;
        }
        SweepSpec spec = new SweepSpec(
                name,
                description,
                base.extendsRef(),
                seed,
                reps.intValue(),
                crn,
                design.kind(),
                design.samples(),
                design.bootstrap(),
                set,
                parameters,
                outputs,
                daily);
        ScenarioVariants variants = new ScenarioVariants(base.resolved(), set);
        ValueChecks.check(variants, pr.setNodes(), parameters, pr.parameterNodes(), problems);
        if (problems.any()) {
            return null;
        }
        return new Sweep(spec, file, bytes, base.resolved(), variants, design.build(parameters, seed));
    }

    private boolean runsFit(int points, long reps, YamlNode at) {
        if ((long) points * reps > RunPlan.MAX_RUNS) {
            problems.at(
                    at,
                    points + " points times " + reps + " replications is more than " + RunPlan.MAX_RUNS
                            + " runs; split the sweep");
            return false;
        }
        return true;
    }
}
