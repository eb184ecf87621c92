package org.callup.model.params;

/** Argument checks for the compact constructors of the parameter records; messages name the field. */
public final class Check {
    private Check() {}

    public static double range(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    public static int range(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    public static double share(String name, double value) {
        return range(name, value, 0.0, 1.0);
    }

    public static double nonNegative(String name, double value) {
        return range(name, value, 0.0, Double.MAX_VALUE);
    }

    public static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    public static String id(String name, String value) {
        notNull(name, value);
        if (!value.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException(
                    name + " must be lower-case letters, digits and '_', was '" + value + "'");
        }
        return value;
    }
}
