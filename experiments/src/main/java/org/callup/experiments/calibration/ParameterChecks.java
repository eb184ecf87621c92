package org.callup.experiments.calibration;

import java.util.ArrayList;
import java.util.List;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.Param;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.RegionSpec;
import org.callup.model.params.Scenario;
import org.callup.scenarios.Suggest;

/**
 * Checks a free parameter against a scenario: the path names a number of the parameter records (with the closest
 * valid path for a typo), the bounds lie within the range its {@code @Param} documents and the records accept them,
 * and the search has a start inside the bounds.
 */
final class ParameterChecks {
    /** Numbers that are not model parameters: the seed is the run's, the scale its resolution. */
    private static final List<String> NOT_CALIBRATABLE = List.of("seed", "population.scale");

    private final Scenario scenario;
    private final String label;
    private final List<String> candidates;

    ParameterChecks(Scenario scenario, String label) {
        this.scenario = scenario;
        this.label = label;
        this.candidates = numericPaths(scenario);
    }

    /** Every numeric parameter path of a scenario, list items by id: the names a typo is compared with. */
    static List<String> numericPaths(Scenario s) {
        List<String> out = new ArrayList<>();
        for (ParamPaths.Leaf l : ParamPaths.leaves(Scenario.class)) {
            if (isNumber(l.type())) {
                out.add(l.path());
            }
        }
        for (BorderPostSpec p : s.borders().posts()) {
            for (ParamPaths.Leaf l : ParamPaths.leaves(BorderPostSpec.class)) {
                if (isNumber(l.type())) {
                    out.add("borders.posts[" + p.id() + "]." + l.path());
                }
            }
        }
        for (RegionSpec r : s.population().regions()) {
            for (ParamPaths.Leaf l : ParamPaths.leaves(RegionSpec.class)) {
                if (isNumber(l.type())) {
                    out.add("population.regions[" + r.id() + "]." + l.path());
                }
            }
        }
        out.removeAll(NOT_CALIBRATABLE);
        return out;
    }

    private static boolean isNumber(Class<?> t) {
        return t == double.class
                || t == int.class
                || t == long.class
                || t == Double.class
                || t == Integer.class
                || t == Long.class;
    }

    private static boolean isWhole(Class<?> t) {
        return t == int.class || t == long.class || t == Integer.class || t == Long.class;
    }

    /** The parameter with its type and start resolved, or null after adding what is wrong to {@code problems}. */
    FreeParameter check(FreeParameter p, List<String> problems) {
        String where = label + ": parameters: " + p.path() + ": ";
        if (NOT_CALIBRATABLE.contains(p.path())) {
            problems.add(where + "not a model parameter (the seed and scale of the runs are settings of the "
                    + "calibration: seed, scale)");
            return null;
        }
        ParamPaths.Leaf leaf;
        Object current;
        try {
            leaf = ParamPaths.leaf(Scenario.class, p.path());
            current = ParamPaths.get(scenario, p.path());
        } catch (IllegalArgumentException e) {
            String near = Suggest.closest(p.path(), candidates);
            problems.add(where + "no such parameter"
                    + (near != null ? "; did you mean '" + near + "'?" : " (" + e.getMessage() + ")"));
            return null;
        }
        if (!isNumber(leaf.type()) || !(current instanceof Number value)) {
            problems.add(where + "not a number (" + leaf.type().getSimpleName() + "); only numeric parameters can be "
                    + "calibrated");
            return null;
        }
        Param doc = leaf.param();
        if (doc != null && (p.min() < doc.min() || p.max() > doc.max())) {
            problems.add(where + "bounds " + p.describeBounds() + " go outside its valid range ["
                    + Numbers.compact(doc.min()) + ", " + Numbers.compact(doc.max()) + "]");
            return null;
        }
        FreeParameter typed = p.withWhole(isWhole(leaf.type()));
        for (double bound : new double[] {typed.min(), typed.max()}) {
            try {
                set(scenario, typed, bound);
            } catch (IllegalArgumentException e) {
                problems.add(
                        where + "the scenario refuses the bound " + Numbers.compact(bound) + ": " + e.getMessage());
                return null;
            }
        }
        if (!Double.isNaN(typed.start())) {
            return typed;
        }
        double v = value.doubleValue();
        if (v < typed.min() || v > typed.max()) {
            problems.add(where + "the scenario's value " + Numbers.compact(v) + " is outside the bounds "
                    + typed.describeBounds() + "; widen them or give a start value");
            return null;
        }
        return typed.withStart(v);
    }

    /** The scenario with one parameter set, converted to its type; IllegalArgumentException if refused. */
    static Scenario set(Scenario s, FreeParameter p, double value) {
        Object v = value;
        if (p.whole()) {
            Object current = ParamPaths.get(s, p.path());
            v = current instanceof Long ? (Object) Math.round(value) : (Object) (int) Math.round(value);
        }
        return ParamPaths.set(s, p.path(), v);
    }
}
