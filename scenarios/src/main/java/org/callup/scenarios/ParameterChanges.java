package org.callup.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.model.timeline.PolicyEvent;
import org.callup.model.timeline.SetParameter;

/**
 * Checks {@code setParameter} events by applying them, in firing order, to the scenario they belong to, so that a
 * misspelt path or an out-of-range value fails when the file is loaded rather than mid-run. Values are converted
 * to the type of the parameter they set (an integer given for a real-valued parameter becomes a double), so the
 * engine receives what {@link ParamPaths#set} expects. Paths that would change who the population is
 * ({@code population.*}, {@code seed}, ids) or what the run is ({@code name}, {@code description}) cannot be set.
 */
final class ParameterChanges {
    private static final Set<String> FIXED_TOP = Set.of("name", "description", "seed", "population");

    private final Problems problems;
    private final Values values;

    ParameterChanges(Problems problems) {
        this.problems = problems;
        this.values = new Values(problems);
    }

    /** The events with setParameter values converted; problems reported for paths or values that do not apply. */
    List<PolicyEvent> check(Scenario scenario, List<EventsReader.Read> events) {
        Scenario current = scenario;
        List<PolicyEvent> out = new ArrayList<>();
        for (EventsReader.Read r : events) {
            if (r.event() instanceof SetParameter sp) {
                SetParameter converted = convert(current, sp, r.node());
                if (converted != null) {
                    current = apply(current, converted, r.node());
                    out.add(converted);
                    continue;
                }
            }
            out.add(r.event());
        }
        return out;
    }

    private SetParameter convert(Scenario s, SetParameter sp, YamlMap node) {
        YamlNode pathNode = node.get("path");
        String path = sp.path();
        String top = path.split("[.\\[]", 2)[0];
        if (FIXED_TOP.contains(top) || path.endsWith(".id") || path.endsWith("]id")) {
            problems.at(pathNode, "'" + path + "' is fixed for the whole run and cannot be set by an event");
            return null;
        }
        Object leaf;
        try {
            leaf = ParamPaths.get(s, path);
        } catch (IllegalArgumentException | IllegalStateException e) {
            problems.at(pathNode, "unknown parameter path '" + path + "'" + Suggest.didYouMean(path, candidates(s)));
            return null;
        }
        if (leaf == null || leaf instanceof Record || leaf instanceof List<?>) {
            List<String> inside = candidates(s).stream().filter(c -> c.startsWith(path + ".")).toList();
            problems.at(pathNode, "'" + path + "' is not a single parameter"
                    + (inside.isEmpty() ? "" : "; did you mean '" + inside.get(0) + "'?"));
            return null;
        }
        Object value = valueFor(leaf.getClass(), sp.value(), node.get("value"));
        return value == null ? null : new SetParameter(sp.date(), sp.when(), sp.note(), path, value);
    }

    private Object valueFor(Class<?> leafType, Object given, YamlNode node) {
        if (leafType == Double.class) {
            return given instanceof Number n ? (Object) n.doubleValue() : wrong(node, "a number");
        }
        if (leafType == Integer.class || leafType == Long.class) {
            if (given instanceof Long l) {
                if (leafType == Integer.class && (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE)) {
                    return wrong(node, "a whole number within the range of the parameter");
                }
                return leafType == Integer.class ? (Object) l.intValue() : l;
            }
            return wrong(node, "a whole number");
        }
        if (leafType == Boolean.class) {
            return given instanceof Boolean ? given : wrong(node, "true or false");
        }
        if (leafType.isEnum()) {
            return given instanceof String ? convertEnum(node, leafType) : wrong(node, "a value of " + leafType.getSimpleName());
        }
        return given instanceof String ? given : wrong(node, "text");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object convertEnum(YamlNode node, Class<?> type) {
        return values.enumValue(node, (Class) type);
    }

    private Object wrong(YamlNode node, String expected) {
        problems.at(node, "this parameter takes " + expected + ", got " + node.describe());
        return null;
    }

    private Scenario apply(Scenario s, SetParameter sp, YamlMap node) {
        try {
            return ParamPaths.set(s, sp.path(), sp.value());
        } catch (IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            String prefix = "'" + sp.path() + "': ";
            problems.at(node.get("value"), m.startsWith(prefix) ? m.substring(prefix.length()) : m);
            return s;
        }
    }

    /** Every path a setParameter event may name in this scenario. */
    static List<String> candidates(Scenario s) {
        List<String> out = new ArrayList<>();
        for (ParamPaths.Leaf leaf : ParamPaths.leaves(Scenario.class)) {
            if (!FIXED_TOP.contains(leaf.path().split("\\.")[0])) {
                out.add(leaf.path());
            }
        }
        for (BorderPostSpec p : s.borders().posts()) {
            for (ParamPaths.Leaf leaf : ParamPaths.leaves(BorderPostSpec.class)) {
                if (!leaf.path().equals("id")) {
                    out.add("borders.posts[" + p.id() + "]." + leaf.path());
                }
            }
        }
        return out;
    }
}
