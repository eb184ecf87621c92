package org.callup.experiments.sweep;

import java.util.List;
import java.util.stream.Collectors;
import org.callup.scenarios.Problem;
import org.callup.scenarios.ScenarioException;
import org.callup.scenarios.yaml.YamlNode;

/**
 * Loads the base scenario with the sweep's fixed settings, then with each parameter at each end of its values,
 * before anything runs: a value that breaks a rule of the scenario (a range, {@code targetAgeMin} above
 * {@code targetAgeMax}, an event outside the run) is a problem of the sweep file, at the line of the value. A rule
 * broken only by a combination of values is caught when that run starts, and recorded as its error.
 */
final class ValueChecks {
    private ValueChecks() {}

    static void check(
            ScenarioVariants variants,
            List<YamlNode> setNodes,
            List<SweepParameter> parameters,
            List<YamlNode> parameterNodes,
            SweepProblems problems) {
        String broken = failure(variants, List.of(), new Object[0]);
        if (broken != null) {
            YamlNode at = setNodes.isEmpty() ? null : setNodes.get(0);
            String message = "the values under 'set' make the base scenario invalid: " + broken;
            if (at == null) {
                problems.file(message);
            } else {
                problems.at(at, message);
            }
            return;
        }
        for (int i = 0; i < parameters.size(); i++) {
            SweepParameter p = parameters.get(i);
            for (Object v : p.domain().extremes()) {
                String why = failure(variants, List.of(p), new Object[] {v});
                if (why != null) {
                    problems.at(
                            parameterNodes.get(i),
                            (p.multiply() ? "factor " : "value ") + ValueText.of(v) + " makes the scenario invalid: "
                                    + why);
                    break;
                }
            }
        }
    }

    private static String failure(ScenarioVariants variants, List<SweepParameter> ps, Object[] values) {
        try {
            variants.build(ps, values, "sweep check");
            return null;
        } catch (ScenarioException e) {
            return describe(e.problems());
        }
    }

    /** The loader's problems without the positions in generated text, which the user never sees. */
    static String describe(List<Problem> problems) {
        String s = problems.stream()
                .limit(3)
                .map(p -> (p.yamlPath().isEmpty() ? "" : p.yamlPath() + ": ") + p.message())
                .collect(Collectors.joining("; "));
        return problems.size() > 3 ? s + " (and " + (problems.size() - 3) + " more)" : s;
    }
}
