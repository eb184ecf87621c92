package org.callup.model.params;

import java.lang.reflect.RecordComponent;

/**
 * Checks the numbers of a parameter record against the ranges their {@link Param} annotations document, so that a
 * range is written once, in the annotation, and read by the records, the scenario validator, the GUI and the docs.
 * The bounds of each record type are read once by reflection and kept.
 *
 * <p>Each compact constructor passes all its components, in declaration order:
 * {@code Ranges.check(ReviewParams.class, lagDays, days, capacityShare, errorFactor)}. Components that are not
 * numbers, or whose {@code @Param} gives no bound, are not checked.
 */
public final class Ranges {
    /** The bounds of one component; {@code whole} for integer types, whose bounds print without a decimal point. */
    private record Bound(String name, Class<?> boxed, double min, double max, boolean whole) {}

    private static final ClassValue<Bound[]> BOUNDS = new ClassValue<>() {
        @Override
        protected Bound[] computeValue(Class<?> type) {
            return bounds(type);
        }
    };

    private Ranges() {}

    /**
     * Throws IllegalArgumentException naming the first component outside its documented range ("legitimacy must
     * be between 0.0 and 1.0, was 2.0"); {@code values} are the record's components in declaration order.
     */
    public static void check(Class<? extends Record> type, Object... values) {
        Bound[] bounds = BOUNDS.get(type);
        if (values.length != bounds.length) {
            throw new IllegalStateException("Ranges.check(" + type.getSimpleName() + "): " + values.length
                    + " values for " + bounds.length + " components");
        }
        for (int k = 0; k < bounds.length; k++) {
            Bound b = bounds[k];
            Object v = values[k];
            if (v != null && b.boxed() != null && !b.boxed().isInstance(v)) {
                throw new IllegalStateException("Ranges.check(" + type.getSimpleName() + "): value " + k + " is a "
                        + v.getClass().getSimpleName() + ", component " + b.name() + " a "
                        + b.boxed().getSimpleName());
            }
            if (v instanceof Number n && (b.min() > Double.NEGATIVE_INFINITY || b.max() < Double.POSITIVE_INFINITY)) {
                within(b, n, b.min());
            }
        }
    }

    /**
     * Checks a component whose lower bound is another parameter of the same record (an oldest age not below the
     * youngest): {@code value} must lie between {@code lower} and the component's documented maximum.
     */
    public static void checkFrom(Class<? extends Record> type, String name, Number value, Number lower) {
        for (Bound b : BOUNDS.get(type)) {
            if (b.name().equals(name)) {
                within(b, value, lower.doubleValue());
                return;
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " has no component " + name);
    }

    private static void within(Bound b, Number n, double min) {
        double x = n.doubleValue();
        if (x >= min && x <= b.max()) {
            return;
        }
        String range;
        if (b.max() == Double.POSITIVE_INFINITY) {
            range = "at least " + format(min, b.whole());
        } else if (min == Double.NEGATIVE_INFINITY) {
            range = "at most " + format(b.max(), b.whole());
        } else {
            range = "between " + format(min, b.whole()) + " and " + format(b.max(), b.whole());
        }
        throw new IllegalArgumentException(b.name() + " must be " + range + ", was " + n);
    }

    private static String format(double bound, boolean whole) {
        return whole ? String.valueOf((long) bound) : String.valueOf(bound);
    }

    private static Bound[] bounds(Class<?> type) {
        RecordComponent[] rcs = type.getRecordComponents();
        if (rcs == null) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        Bound[] out = new Bound[rcs.length];
        for (int k = 0; k < rcs.length; k++) {
            RecordComponent rc = rcs[k];
            Param p = rc.getAnnotation(Param.class);
            Class<?> t = rc.getType();
            boolean whole = t == int.class
                    || t == long.class
                    || t == short.class
                    || t == byte.class
                    || t == Integer.class
                    || t == Long.class;
            out[k] = new Bound(
                    rc.getName(),
                    t.isPrimitive() ? boxed(t) : null,
                    p == null ? Double.NEGATIVE_INFINITY : p.min(),
                    p == null ? Double.POSITIVE_INFINITY : p.max(),
                    whole);
        }
        return out;
    }

    private static Class<?> boxed(Class<?> primitive) {
        if (primitive == double.class) {
            return Double.class;
        } else if (primitive == int.class) {
            return Integer.class;
        } else if (primitive == long.class) {
            return Long.class;
        } else if (primitive == boolean.class) {
            return Boolean.class;
        } else if (primitive == float.class) {
            return Float.class;
        } else if (primitive == short.class) {
            return Short.class;
        } else if (primitive == byte.class) {
            return Byte.class;
        }
        return Character.class;
    }
}
