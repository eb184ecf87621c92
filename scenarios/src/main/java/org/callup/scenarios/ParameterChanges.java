package org.callup.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.model.timeline.PolicyEvent;
import org.callup.model.timeline.SetParameter;
import org.callup.scenarios.yaml.StrictValues;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlNode;

/**
 * Checks {@code setParameter} events so that a misspelt path or an out-of-range value fails when the file is
 * loaded rather than mid-run. A path must name one settable parameter (see {@link ParamPaths#leaves}, and
 * {@code borders.posts[<id>].<parameter>} for a post of the scenario); the value is converted to that parameter's
 * type (an integer given for a real-valued parameter becomes a double), so the engine receives what
 * {@link ParamPaths#set} expects. When the rest of the scenario is valid the events are also applied, in firing
 * order, so the records' own checks run on the changed values. Parameters that fix who the population is
 * ({@code population.*}, {@code seed}, ids) or what the run is ({@code name}, {@code description}) cannot be set.
 */
final class ParameterChanges {
    private static final Set<String> FIXED_TOP = Set.of("name", "description", "seed", "population");

    private final Problems problems;
    private final StrictValues values;

    ParameterChanges(Problems problems) {
        this.problems = problems;
        this.values = new StrictValues(problems);
    }

    /**
     * The events, with setParameter values converted.
     *
     * @param scenario the scenario the events belong to, or null when it did not bind (then only paths, types and
     *                 ranges are checked)
     * @param postIds  the scenario's post ids, or null if unknown (then post paths are not checked)
     */
    List<PolicyEvent> check(Scenario scenario, List<String> postIds, List<EventsReader.Read> events) {
        Map<String, ParamPaths.Leaf> leaves = settable(postIds);
        Scenario current = scenario;
        List<PolicyEvent> out = new ArrayList<>();
        for (EventsReader.Read r : events) {
            PolicyEvent e = r.event();
            if (e instanceof SetParameter sp) {
                SetParameter converted = convert(sp, r.node(), leaves, postIds != null);
                if (converted != null && current != null) {
                    current = apply(current, converted, r.node());
                }
                e = converted == null ? sp : converted;
            }
            out.add(e);
        }
        return out;
    }

    private SetParameter convert(
            SetParameter sp, YamlMap node, Map<String, ParamPaths.Leaf> leaves, boolean postsKnown) {
        YamlNode pathNode = node.get("path");
        String path = sp.path();
        String top = path.split("[.\\[]", 2)[0];
        if (FIXED_TOP.contains(top) || path.endsWith(".id")) {
            problems.at(pathNode, "'" + path + "' is fixed for the whole run and cannot be set by an event");
            return null;
        }
        ParamPaths.Leaf leaf = leaves.get(path);
        if (leaf == null) {
            if (path.startsWith("borders.posts[") && !postsKnown) {
                return null; // the posts could not be read; their problems are reported already
            }
            List<String> inside = leaves.keySet().stream()
                    .filter(c -> c.startsWith(path + "."))
                    .toList();
            problems.at(
                    pathNode,
                    inside.isEmpty()
                            ? "unknown parameter path '" + path + "'" + Suggest.didYouMean(path, leaves.keySet())
                            : "'" + path + "' is a group of parameters, not one; did you mean '" + inside.get(0)
                                    + "'?");
            return null;
        }
        Object value = valueFor(leaf, sp.value(), node.get("value"));
        return value == null ? null : new SetParameter(sp.date(), sp.when(), sp.note(), path, value);
    }

    private Object valueFor(ParamPaths.Leaf leaf, Object given, YamlNode node) {
        Class<?> t = leaf.type();
        if (t == double.class || t == Double.class) {
            return given instanceof Number n ? inRange(node, leaf, n.doubleValue()) : wrong(node, "a number");
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            if (!(given instanceof Long l)) {
                return wrong(node, "a whole number");
            }
            boolean isInt = t == int.class || t == Integer.class;
            if (isInt && (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE)) {
                return wrong(node, "a whole number within the range of the parameter");
            }
            return inRange(node, leaf, l) == null ? null : isInt ? (Object) l.intValue() : l;
        }
        if (t == boolean.class || t == Boolean.class) {
            return given instanceof Boolean ? given : wrong(node, "true or false");
        }
        if (t.isEnum()) {
            return given instanceof String ? convertEnum(node, t) : wrong(node, "one of its named values");
        }
        return given instanceof String ? given : wrong(node, "text");
    }

    private Object inRange(YamlNode node, ParamPaths.Leaf leaf, double v) {
        return ParamRange.holds(problems, node, v, leaf.param()) ? v : null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object convertEnum(YamlNode node, Class<?> type) {
        return values.choice(node, (Class) type);
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

    /** Every parameter a setParameter event may name, by path. */
    static Map<String, ParamPaths.Leaf> settable(List<String> postIds) {
        Map<String, ParamPaths.Leaf> out = new LinkedHashMap<>();
        for (ParamPaths.Leaf leaf : ParamPaths.leaves(Scenario.class)) {
            if (!FIXED_TOP.contains(leaf.path().split("\\.")[0])) {
                out.put(leaf.path(), leaf);
            }
        }
        for (String id : postIds == null ? List.<String>of() : postIds) {
            for (ParamPaths.Leaf leaf : ParamPaths.leaves(BorderPostSpec.class)) {
                if (!leaf.path().equals("id")) {
                    String p = "borders.posts[" + id + "]." + leaf.path();
                    out.put(p, new ParamPaths.Leaf(p, leaf.type(), leaf.param()));
                }
            }
        }
        return out;
    }
}
