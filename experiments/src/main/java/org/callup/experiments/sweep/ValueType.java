package org.callup.experiments.sweep;

import java.time.LocalDate;

/**
 * The kind of value a swept parameter takes, from the Java type of the scenario field it addresses. Numbers are
 * handled on a line ({@link #numeric}): reals as they are, whole numbers as integers, dates as days since 1970.
 */
enum ValueType {
    REAL,
    WHOLE,
    BOOLEAN,
    TEXT,
    CHOICE,
    DATE;

    static ValueType of(Class<?> t) {
        if (t == double.class || t == Double.class || t == float.class || t == Float.class) {
            return REAL;
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            return WHOLE;
        }
        if (t == boolean.class || t == Boolean.class) {
            return BOOLEAN;
        }
        if (t.isEnum()) {
            return CHOICE;
        }
        if (t == LocalDate.class) {
            return DATE;
        }
        return TEXT;
    }

    /** Whether ranges and distributions apply (they do not to booleans, text and choices). */
    boolean numeric() {
        return this == REAL || this == WHOLE || this == DATE;
    }

    /** A value of this type from its position on the number line. */
    Object fromNumber(double x) {
        return switch (this) {
            case REAL -> x;
            case WHOLE -> (long) Math.floor(x);
            case DATE -> LocalDate.ofEpochDay((long) Math.floor(x));
            default -> throw new IllegalStateException(this + " is not numeric");
        };
    }

    /** The position of a value of this type on the number line. */
    static double toNumber(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof LocalDate d) {
            return d.toEpochDay();
        }
        throw new IllegalArgumentException("not a number or date: " + v);
    }

    String describe() {
        return switch (this) {
            case REAL -> "a number";
            case WHOLE -> "a whole number";
            case BOOLEAN -> "true or false";
            case TEXT -> "text";
            case CHOICE -> "one of the listed names";
            case DATE -> "a date YYYY-MM-DD";
        };
    }
}
