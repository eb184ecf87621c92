package org.callup.scenarios;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.callup.model.params.Param;
import org.callup.scenarios.yaml.StrictValues;
import org.callup.scenarios.yaml.YamlList;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlNode;
import org.callup.scenarios.yaml.YamlScalar;

/**
 * Builds the model's immutable parameter records from YAML mappings by reflection: the keys of a mapping are the
 * record's component names, values are converted by the component's type, numbers are checked against the
 * component's {@link Param} range, and finally the canonical constructor runs, so its own checks (e.g. "occupation
 * shares must add up to at most 1") are reported too. Components that are not plain values of the mapping (regions
 * read from a file, border posts completed from a table, events) are read by registered {@link Custom} readers.
 */
final class RecordBinder {

    /** Reads one component of a record from its owner mapping; reports problems and returns null on failure. */
    interface Custom {
        Object read(YamlMap owner);
    }

    private final Problems problems;
    private final StrictValues values;
    private final Map<String, Custom> custom = new HashMap<>();
    private final Map<Class<?>, Set<String>> extraKeys = new HashMap<>();

    RecordBinder(Problems problems) {
        this.problems = problems;
        this.values = new StrictValues(problems);
    }

    StrictValues values() {
        return values;
    }

    Problems problems() {
        return problems;
    }

    /** Registers a reader for {@code type.component}, which may also consume the given extra keys of the mapping. */
    void custom(Class<?> type, String component, Set<String> keys, Custom reader) {
        custom.put(type.getName() + "." + component, reader);
        extraKeys.computeIfAbsent(type, t -> new LinkedHashSet<>()).addAll(keys);
    }

    /**
     * The record built from {@code node}, or null if anything was wrong (all problems reported).
     *
     * @param defaults    values of components the mapping may leave out (a null value is allowed)
     * @param alsoAllowed further keys the caller handles itself (e.g. an event's {@code type} and {@code id})
     */
    <R> R bind(Class<R> type, YamlNode node, Map<String, Object> defaults, Set<String> alsoAllowed) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        if (!(node instanceof YamlMap map)) {
            problems.at(node, "expected a mapping with keys such as " + preview(type) + ", got " + node.describe());
            return null;
        }
        int before = problems.count();
        RecordComponent[] rcs = type.getRecordComponents();
        checkKeys(map, allowedKeys(type, alsoAllowed));
        Object[] args = new Object[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            args[i] = component(type, rcs[i], map, defaults);
        }
        if (problems.count() > before) {
            return null;
        }
        return construct(type, rcs, args, map);
    }

    <R> R bind(Class<R> type, YamlNode node) {
        return bind(type, node, Map.of(), Set.of());
    }

    Set<String> allowedKeys(Class<?> type, Set<String> alsoAllowed) {
        Set<String> allowed = new LinkedHashSet<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            if (!custom.containsKey(type.getName() + "." + rc.getName())) {
                allowed.add(rc.getName());
            }
        }
        allowed.addAll(extraKeys.getOrDefault(type, Set.of()));
        allowed.addAll(alsoAllowed);
        return allowed;
    }

    /** Reports every key of {@code map} that is not in {@code allowed}, with the closest valid key. */
    void checkKeys(YamlMap map, Set<String> allowed) {
        values.keys(map, allowed, List.of(), "");
    }

    private Object component(Class<?> type, RecordComponent rc, YamlMap map, Map<String, Object> defaults) {
        Custom reader = custom.get(type.getName() + "." + rc.getName());
        if (reader != null) {
            return reader.read(map);
        }
        YamlNode node = map.get(rc.getName());
        if (node == null) {
            if (defaults.containsKey(rc.getName())) {
                return defaults.get(rc.getName());
            }
            problems.at(map.location(), YamlNode.child(map.path(), rc.getName()), "missing; expected " + expected(rc));
            return null;
        }
        return convert(node, rc.getGenericType(), rc.getAnnotation(Param.class));
    }

    /** Converts a node to a value of {@code type}; reports a problem and returns null if it does not fit. */
    Object convert(YamlNode node, Type type, Param param) {
        if (type instanceof ParameterizedType pt && pt.getRawType() == List.class) {
            return list(node, pt.getActualTypeArguments()[0]);
        }
        Class<?> c = (Class<?>) type;
        if (c == double.class || c == Double.class) {
            Double v = values.number(node, ParamRange.hint(param));
            return v != null && ParamRange.holds(problems, node, v, param) ? v : null;
        } else if (c == int.class || c == Integer.class) {
            Long l = whole(node, param, Integer.MIN_VALUE, Integer.MAX_VALUE);
            return l == null ? null : l.intValue();
        } else if (c == long.class || c == Long.class) {
            return whole(node, param, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (c == boolean.class || c == Boolean.class) {
            return values.bool(node);
        } else if (c == String.class) {
            return values.text(node);
        } else if (c == LocalDate.class) {
            return values.date(node);
        } else if (c.isEnum()) {
            return enumValue(node, c);
        } else if (c.isRecord()) {
            return bind(c, node);
        } else if (c == Object.class) {
            return scalar(node);
        }
        throw new IllegalStateException("no YAML conversion for " + type);
    }

    /** A whole number within the narrower of the Java type's range and the {@link Param} range. */
    private Long whole(YamlNode node, Param param, long lo, long hi) {
        Long l = values.whole(node, lo, hi, ParamRange.hint(param));
        return l != null && ParamRange.holds(problems, node, l, param) ? l : null;
    }

    private List<Object> list(YamlNode node, Type itemType) {
        if (!(node instanceof YamlList list)) {
            problems.at(node, "expected a list (e.g. [a, b]), got " + node.describe());
            return null;
        }
        int before = problems.count();
        List<Object> out = new ArrayList<>();
        for (YamlNode item : list.items()) {
            out.add(convert(item, itemType, null));
        }
        return problems.count() > before ? null : out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object enumValue(YamlNode node, Class<?> c) {
        return values.choice(node, (Class) c);
    }

    /** A single number, boolean or text, as typed in the file. */
    private Object scalar(YamlNode node) {
        if (node instanceof YamlScalar s) {
            switch (s.kind()) {
                case TEXT:
                    return s.text();
                case INTEGER:
                    return values.whole(node, Long.MIN_VALUE, Long.MAX_VALUE);
                case FLOAT:
                    return values.number(node, "");
                case BOOLEAN:
                    return values.bool(node);
                default:
                    break;
            }
        }
        problems.at(node, "expected a single number, true/false or text, got " + node.describe());
        return null;
    }

    private <R> R construct(Class<R> type, RecordComponent[] rcs, Object[] args, YamlMap map) {
        try {
            Constructor<R> ctor = type.getDeclaredConstructor(
                    Arrays.stream(rcs).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            String message = e.getCause() == null
                    ? "invalid"
                    : String.valueOf(e.getCause().getMessage());
            reportAtComponent(map, rcs, message);
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getSimpleName(), e);
        }
    }

    /** Attaches a constructor's message to the key it names ("planDays must be ..."), else to the mapping. */
    private void reportAtComponent(YamlMap map, RecordComponent[] rcs, String message) {
        for (RecordComponent rc : rcs) {
            YamlMap.Entry e = map.entry(rc.getName());
            if (e != null && message.startsWith(rc.getName() + " ")) {
                problems.at(e.value(), message.substring(rc.getName().length() + 1));
                return;
            }
        }
        problems.at(map, message);
    }

    /** What a component expects, for a "missing" message: type, range and meaning. */
    static String expected(RecordComponent rc) {
        Param p = rc.getAnnotation(Param.class);
        String what = typeName(rc.getGenericType());
        if (p != null
                && rc.getType().isPrimitive()
                && rc.getType() != boolean.class
                && !(Double.isInfinite(p.min()) && Double.isInfinite(p.max()))) {
            what += " " + ParamRange.of(p);
        }
        return p == null ? what : what + " (" + p.doc() + ")";
    }

    static String typeName(Type t) {
        if (t instanceof ParameterizedType pt) {
            return "a list";
        }
        Class<?> c = (Class<?>) t;
        if (c == double.class || c == Double.class) {
            return "a number";
        } else if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return "a whole number";
        } else if (c == boolean.class || c == Boolean.class) {
            return "true or false";
        } else if (c == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        } else if (c.isEnum()) {
            return "one of "
                    + String.join(
                            ", ",
                            Arrays.stream(c.getEnumConstants())
                                    .map(x -> StrictValues.yamlName((Enum<?>) x))
                                    .toList());
        } else if (c.isRecord()) {
            return "a mapping";
        }
        return "text";
    }

    private static String preview(Class<?> type) {
        RecordComponent[] rcs = type.getRecordComponents();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(3, rcs.length); i++) {
            names.add(rcs[i].getName());
        }
        return String.join(", ", names);
    }
}
