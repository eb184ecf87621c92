package org.callup.experiments.sweep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.callup.scenarios.yaml.StrictValues;
import org.callup.scenarios.yaml.YamlList;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlNode;
import org.callup.scenarios.yaml.YamlScalar;

/**
 * Reads {@code set} (values every run gets) and {@code parameters} (the varied ones). A parameter names its field
 * with {@code path}, several fields that share its value with {@code paths}, or fields it scales with
 * {@code multiply}; and its values with {@code values}, {@code range} or {@code distribution}.
 */
final class ParameterReader {
    static final Set<String> KEYS =
            new LinkedHashSet<>(List.of("name", "path", "paths", "multiply", "values", "range", "distribution"));
    private static final List<String> TARGETS = List.of("path", "paths", "multiply");
    private static final List<String> DOMAINS = List.of("values", "range", "distribution");

    private final StrictValues in;
    private final SlotResolver slots;
    private final DomainReader domains;
    /** Who already sets each field, so that no field is given two values. */
    private final Map<String, String> owners = new HashMap<>();

    private final DesignKind design;
    /** Where each value of {@code set} and each accepted parameter's values were written, for later checks. */
    private final List<YamlNode> setNodes = new ArrayList<>();

    private final List<YamlNode> parameterNodes = new ArrayList<>();

    /** @param design the sweep's design, or null when it is not known (its own problem is reported) */
    ParameterReader(StrictValues in, SlotResolver slots, DesignKind design) {
        this.in = in;
        this.slots = slots;
        this.domains = new DomainReader(in);
        this.design = design;
    }

    List<YamlNode> setNodes() {
        return setNodes;
    }

    List<YamlNode> parameterNodes() {
        return parameterNodes;
    }

    List<FixedSetting> set(YamlNode node) {
        List<FixedSetting> out = new ArrayList<>();
        YamlMap m = in.mapping(node, "a mapping of parameter paths to values, e.g. {population.scale: 500}");
        if (m == null) {
            return out;
        }
        for (YamlMap.Entry e : m.entries()) {
            YamlScalar where =
                    new YamlScalar(YamlScalar.Kind.TEXT, e.key(), e.keyLocation(), YamlNode.child(m.path(), e.key()));
            Slot slot = slots.resolve(where, e.key());
            if (slot == null || !own(where, slot)) {
                continue;
            }
            Object v = domains.value(e.value(), slot.type(), slot.javaType());
            if (v != null && inRange(e.value(), slot, v)) {
                out.add(new FixedSetting(slot, v));
                setNodes.add(e.value());
            }
        }
        return out;
    }

    List<SweepParameter> parameters(YamlNode node) {
        List<SweepParameter> out = new ArrayList<>();
        YamlList s = in.list(node, "a list of parameters, each with a path and its values");
        if (s == null) {
            return out;
        }
        if (s.items().isEmpty()) {
            in.at(node, "no parameters: a sweep varies at least one");
        }
        for (YamlNode item : s.items()) {
            YamlMap m = in.mapping(item, "a mapping with a path and values, range or distribution");
            SweepParameter p = m == null ? null : parameter(m);
            if (p != null
                    && !Names.unique(
                            in,
                            item,
                            p.name(),
                            out.stream().map(SweepParameter::name).toList())) {
                p = null;
            }
            if (p != null) {
                out.add(p);
                parameterNodes.add(m.get(DOMAINS.stream()
                        .filter(k -> m.get(k) != null)
                        .findFirst()
                        .orElseThrow()));
            }
        }
        return out;
    }

    private SweepParameter parameter(YamlMap m) {
        in.keys(m, KEYS, Set.of(), "a parameter");
        String target = exactlyOne(
                m,
                TARGETS,
                "a field to vary: path (one field), paths (fields sharing the "
                        + "value) or multiply (fields scaled by the value)");
        String kind = exactlyOne(m, DOMAINS, "its values: values: [...], range: {min, max} or distribution: {...}");
        if (target == null) {
            return null;
        }
        List<Slot> targets = targets(m.get(target), target);
        String name = m.get("name") != null
                ? Names.identifier(in, m.get("name"))
                : targets.isEmpty() || targets.get(0) == null
                        ? null
                        : defaultName(targets.get(0).path(), target.equals("multiply"));
        if (kind == null || targets.isEmpty() || targets.contains(null) || name == null) {
            return null;
        }
        boolean multiply = target.equals("multiply");
        ValueType type = multiply ? ValueType.REAL : commonType(m.get(target), targets);
        if (type == null) {
            return null;
        }
        Class<?> javaType = multiply ? double.class : targets.get(0).javaType();
        double min =
                multiply ? 0 : targets.stream().mapToDouble(Slot::min).max().orElseThrow();
        double max = multiply
                ? Double.POSITIVE_INFINITY
                : targets.stream().mapToDouble(Slot::max).min().orElseThrow();
        YamlNode dn = m.get(kind);
        Domain d = switch (kind) {
            case "values" -> domains.values(dn, type, javaType);
            case "range" -> domains.range(dn, type);
            default -> domains.distribution(dn, type, min, max);
        };
        if (d == null) {
            return null;
        }
        if (design == DesignKind.GRID && !(d instanceof Domain.Listed)) {
            in.at(
                    dn,
                    "a grid takes every value of each parameter: give values, or a range with a step "
                            + "(latin-hypercube and sobol designs sample ranges and distributions)");
            return null;
        }
        if (!multiply) {
            for (Object v : d.extremes()) {
                for (Slot slot : targets) {
                    if (!inRange(dn, slot, v)) {
                        return null;
                    }
                }
            }
        }
        return new SweepParameter(name, targets, multiply, d);
    }

    private List<Slot> targets(YamlNode n, String key) {
        List<Slot> out = new ArrayList<>();
        if (key.equals("path")) {
            String path = in.text(n, "a parameter path such as recruiters.channels.raid.intensity");
            Slot s = path == null ? null : slots.resolve(n, path);
            out.add(s != null && own(n, s) ? s : null);
            return out;
        }
        YamlList seq = in.list(n, "a list of parameter paths");
        if (seq == null) {
            return out;
        }
        if (seq.items().isEmpty()) {
            in.at(n, "the list of paths is empty");
        }
        for (YamlNode item : seq.items()) {
            String path = in.text(item, "a parameter path");
            Slot s = path == null ? null : slots.resolve(item, path);
            if (s != null && key.equals("multiply") && s.type() != ValueType.REAL && s.type() != ValueType.WHOLE) {
                in.at(item, "'" + path + "' takes " + s.type().describe() + "; multiply scales numbers only");
                s = null;
            }
            out.add(s != null && own(item, s) ? s : null);
        }
        return out;
    }

    private ValueType commonType(YamlNode n, List<Slot> targets) {
        ValueType t = targets.get(0).type();
        for (Slot s : targets) {
            if (s.type() != t || s.javaType() != targets.get(0).javaType() && t == ValueType.CHOICE) {
                in.at(
                        n,
                        "'" + targets.get(0).path() + "' takes " + t.describe() + " but '" + s.path() + "' takes "
                                + s.type().describe() + "; paths that share a value must take the same kind");
                return null;
            }
        }
        return t;
    }

    /** The one of {@code keys} the mapping gives, or null after a problem when it gives none or several. */
    private String exactlyOne(YamlMap m, List<String> keys, String what) {
        List<String> given = keys.stream().filter(k -> m.get(k) != null).toList();
        if (given.size() == 1) {
            return given.get(0);
        }
        in.at(m, given.isEmpty() ? "a parameter needs " + what : "give only one of " + String.join(", ", given));
        return null;
    }

    private boolean own(YamlNode n, Slot slot) {
        String key = String.join(".", slot.steps());
        String previous = owners.putIfAbsent(key, n.path());
        if (previous != null) {
            in.at(n, "'" + slot.path() + "' is already given a value at " + previous + "; a field can have only one");
            return false;
        }
        return true;
    }

    private boolean inRange(YamlNode n, Slot slot, Object v) {
        if (!slot.type().numeric() || slot.accepts(ValueType.toNumber(v))) {
            return true;
        }
        in.at(
                n,
                "value " + ValueText.of(v) + " is outside the valid range " + slot.range() + " of '" + slot.path()
                        + "'");
        return false;
    }

    /** {@code recruiters.channels.raid.intensity} becomes {@code recruiters_channels_raid_intensity}. */
    static String defaultName(String path, boolean factor) {
        String s = path.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return factor ? s + "_factor" : s;
    }
}
