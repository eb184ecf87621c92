package org.callup.model.params;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads and replaces one value inside the immutable parameter records by a dotted path, as used by
 * {@code setParameter} events and by the GUI's sliders: {@code protest.legitimacy},
 * {@code recruiters.channels.raid.intensity}, {@code borders.posts[upper_lars].capacityPersonsPerDay}.
 *
 * <p>Only scalar leaves (numbers, booleans, strings, enums) can be set. The new record is built through its
 * canonical constructor, so the usual validation applies.
 */
public final class ParamPaths {
    private ParamPaths() {}

    /** A settable scalar leaf: its path, Java type and documentation. */
    public record Leaf(String path, Class<?> type, Param param) {}

    /** Value at {@code path}. */
    public static Object get(Object root, String path) {
        Object cur = root;
        for (String step : split(path)) {
            cur = child(cur, step, path);
        }
        return cur;
    }

    /** A copy of {@code root} with the value at {@code path} replaced; throws IllegalArgumentException if invalid. */
    @SuppressWarnings("unchecked")
    public static <T> T set(T root, String path, Object value) {
        return (T) setIn(root, split(path), 0, value, path);
    }

    /**
     * Every scalar leaf under a record type whose path does not go through a list (list items are addressed by id
     * and depend on the scenario): the parameters a scenario event or a GUI slider may change.
     */
    public static List<Leaf> leaves(Class<?> recordType) {
        List<Leaf> out = new ArrayList<>();
        collect(recordType, "", out);
        return out;
    }

    /**
     * The scalar leaf at {@code path} under a record type, following list items addressed by id
     * ({@code borders.posts[upper_lars].capacityPersonsPerDay}); throws IllegalArgumentException naming the valid
     * names when a step does not exist or the path ends on a group.
     */
    public static Leaf leaf(Class<?> recordType, String path) {
        Class<?> type = recordType;
        RecordComponent last = null;
        for (String step : split(path)) {
            if (step.startsWith("[")) {
                if (last == null || !List.class.isAssignableFrom(last.getType())) {
                    throw new IllegalArgumentException("'" + path + "': " + step + " applies to a list only");
                }
                type = listItemType(last);
                continue;
            }
            if (type == null || !type.isRecord()) {
                throw new IllegalArgumentException("'" + path + "': '" + step + "' is not inside a parameter group");
            }
            last = component(type, step, path);
            type = last.getType();
        }
        if (last == null || !isScalar(last.getType())) {
            throw new IllegalArgumentException("'" + path + "' is a group of parameters, not one parameter");
        }
        return new Leaf(path, last.getType(), last.getAnnotation(Param.class));
    }

    private static Class<?> listItemType(RecordComponent rc) {
        java.lang.reflect.Type g = rc.getGenericType();
        if (g instanceof java.lang.reflect.ParameterizedType pt
                && pt.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    private static void collect(Class<?> type, String prefix, List<Leaf> out) {
        for (RecordComponent rc : type.getRecordComponents()) {
            String p = prefix.isEmpty() ? rc.getName() : prefix + "." + rc.getName();
            Class<?> t = rc.getType();
            if (t.isRecord()) {
                collect(t, p, out);
            } else if (isScalar(t)) {
                out.add(new Leaf(p, t, rc.getAnnotation(Param.class)));
            }
        }
    }

    static boolean isScalar(Class<?> t) {
        return t.isPrimitive()
                || t == String.class
                || t.isEnum()
                || Number.class.isAssignableFrom(t)
                || t == Boolean.class;
    }

    private static List<String> split(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("empty parameter path");
        }
        List<String> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int b = part.indexOf('[');
            if (b >= 0) {
                if (!part.endsWith("]")) {
                    throw new IllegalArgumentException("bad path '" + path + "'");
                }
                steps.add(part.substring(0, b));
                steps.add(part.substring(b)); // "[id]"
            } else {
                steps.add(part);
            }
        }
        return steps;
    }

    private static Object child(Object cur, String step, String path) {
        if (step.startsWith("[")) {
            String id = step.substring(1, step.length() - 1);
            if (!(cur instanceof List<?> list)) {
                throw new IllegalArgumentException("'" + path + "': " + step + " applies to a list only");
            }
            for (Object item : list) {
                if (id.equals(idOf(item))) {
                    return item;
                }
            }
            throw new IllegalArgumentException("'" + path + "': no item with id '" + id + "'");
        }
        if (cur == null || !cur.getClass().isRecord()) {
            throw new IllegalArgumentException("'" + path + "': '" + step + "' is not inside a parameter group");
        }
        RecordComponent rc = component(cur.getClass(), step, path);
        try {
            return rc.getAccessor().invoke(cur);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object setIn(Object cur, List<String> steps, int i, Object value, String path) {
        if (i == steps.size()) {
            return value;
        }
        String step = steps.get(i);
        if (step.startsWith("[")) {
            List<?> list = (List<?>) cur;
            String id = step.substring(1, step.length() - 1);
            List<Object> copy = new ArrayList<>(list);
            for (int k = 0; k < copy.size(); k++) {
                if (id.equals(idOf(copy.get(k)))) {
                    copy.set(k, setIn(copy.get(k), steps, i + 1, value, path));
                    return copy;
                }
            }
            throw new IllegalArgumentException("'" + path + "': no item with id '" + id + "'");
        }
        if (cur == null || !cur.getClass().isRecord()) {
            throw new IllegalArgumentException("'" + path + "': '" + step + "' is not inside a parameter group");
        }
        RecordComponent[] rcs = cur.getClass().getRecordComponents();
        RecordComponent target = component(cur.getClass(), step, path);
        Object[] args = new Object[rcs.length];
        try {
            for (int k = 0; k < rcs.length; k++) {
                args[k] = rcs[k].getAccessor().invoke(cur);
                if (rcs[k].getName().equals(target.getName())) {
                    Object inner = setIn(args[k], steps, i + 1, value, path);
                    if (i + 1 == steps.size()) {
                        inner = coerce(inner, rcs[k].getType(), path);
                    }
                    args[k] = inner;
                }
            }
            Constructor<?> ctor = cur.getClass()
                    .getDeclaredConstructor(
                            Arrays.stream(rcs).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IllegalArgumentException("'" + path + "': " + cause.getMessage(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RecordComponent component(Class<?> type, String name, String path) {
        for (RecordComponent rc : type.getRecordComponents()) {
            if (rc.getName().equals(name)) {
                return rc;
            }
        }
        String valid = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(java.util.stream.Collectors.joining(", "));
        throw new IllegalArgumentException(
                "'" + path + "': " + type.getSimpleName() + " has no parameter '" + name + "' (valid: " + valid + ")");
    }

    private static String idOf(Object item) {
        if (item != null && item.getClass().isRecord()) {
            for (RecordComponent rc : item.getClass().getRecordComponents()) {
                if (rc.getName().equals("id")) {
                    try {
                        return String.valueOf(rc.getAccessor().invoke(item));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return null;
    }

    /** Converts a value given in a scenario (number, boolean, string) to the Java type of the leaf. */
    public static Object coerce(Object v, Class<?> t, String path) {
        if (v == null) {
            throw new IllegalArgumentException("'" + path + "': a value is required");
        }
        if (t == double.class || t == Double.class) {
            if (v instanceof Number n) {
                return n.doubleValue();
            }
        } else if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            if (v instanceof Number n
                    && n.doubleValue() == Math.rint(n.doubleValue())
                    && !(v instanceof Double || v instanceof Float)) {
                return t == int.class || t == Integer.class ? (Object) n.intValue() : (Object) n.longValue();
            }
            throw new IllegalArgumentException("'" + path + "': expected a whole number, got " + v);
        } else if (t == boolean.class || t == Boolean.class) {
            if (v instanceof Boolean) {
                return v;
            }
        } else if (t == String.class) {
            if (v instanceof String) {
                return v;
            }
        } else if (t.isEnum() && v instanceof String s) {
            for (Object c : t.getEnumConstants()) {
                if (((Enum<?>) c).name().equalsIgnoreCase(s)) {
                    return c;
                }
            }
            throw new IllegalArgumentException(
                    "'" + path + "': expected one of " + Arrays.toString(t.getEnumConstants()) + ", got " + v);
        } else if (t.isInstance(v)) {
            return v;
        }
        throw new IllegalArgumentException("'" + path + "': expected " + t.getSimpleName() + ", got " + v);
    }
}
