package org.callup.experiments.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioException;
import org.callup.scenarios.ScenarioLibrary;

/**
 * Makes the scenario of a design point: the base scenario's resolved YAML with the sweep's fixed settings and the
 * point's values written into it, loaded again so that every check of a scenario file applies (a combination of
 * values that breaks a rule fails like a file would). Thread-safe: each call edits its own copy of the tree.
 */
final class ScenarioVariants {
    private final ScenarioTree base;
    private final List<FixedSetting> set;

    ScenarioVariants(ResolvedScenario base, List<FixedSetting> set) {
        this.base = ScenarioTree.parse(base.resolvedYaml());
        this.set = List.copyOf(set);
    }

    /** The scenario with {@code values[i]} given to {@code parameters.get(i)}. */
    ResolvedScenario build(List<SweepParameter> parameters, Object[] values, String label) throws ScenarioException {
        return ScenarioLibrary.shipped().loadText(yaml(parameters, values), label);
    }

    /** The YAML text of that scenario. */
    String yaml(List<SweepParameter> parameters, Object[] values) {
        if (values.length != parameters.size()) {
            throw new IllegalArgumentException(parameters.size() + " values expected, got " + values.length);
        }
        ScenarioTree t = base.copy();
        for (FixedSetting s : set) {
            t.set(s.slot().steps(), s.value());
        }
        for (int i = 0; i < values.length; i++) {
            SweepParameter p = parameters.get(i);
            for (Slot slot : p.slots()) {
                t.set(slot.steps(), p.multiply() ? scaled(t, slot, ((Number) values[i]).doubleValue()) : values[i]);
            }
        }
        return t.toYaml();
    }

    /** The slot's value (after the fixed settings) times a factor; whole numbers are rounded. */
    private static Object scaled(ScenarioTree t, Slot slot, double factor) {
        JsonNode n = t.get(slot.steps());
        if (n == null || !n.isNumber()) {
            throw new IllegalStateException(slot.path() + " is not a number in the base scenario");
        }
        double v = n.doubleValue() * factor;
        return slot.type() == ValueType.WHOLE ? (Object) Math.round(v) : (Object) v;
    }
}
