package org.callup.experiments.sweep;

import java.util.List;

/**
 * One scenario field a sweep sets, found in the base scenario: its path as the sweep file wrote it, the steps to
 * it in the scenario's YAML tree, its type and its valid range (from the {@code @Param} documentation of the field,
 * or the scenario's dates for an event date).
 *
 * @param path  as written: {@code recruiters.channels.raid.intensity}, {@code borders.posts[upper_lars].open},
 *              {@code timeline[announce].quotaPersons}
 * @param steps keys of mappings, {@code [id]} for an item of a list by its id, {@code #n} for the n-th item
 * @param min   smallest valid value on the number line ({@link ValueType#toNumber}), or -infinity
 * @param max   largest valid value, or +infinity
 */
record Slot(String path, List<String> steps, ValueType type, Class<?> javaType, double min, double max) {
    Slot {
        steps = List.copyOf(steps);
    }

    boolean accepts(double x) {
        return x >= min && x <= max;
    }

    /** The valid range as text, for messages. */
    String range() {
        return "[" + bound(min) + ", " + bound(max) + "]";
    }

    private String bound(double b) {
        if (Double.isInfinite(b)) {
            return "..";
        }
        return type == ValueType.DATE ? java.time.LocalDate.ofEpochDay((long) b).toString() : ValueText.of(b);
    }
}
