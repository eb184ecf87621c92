package org.callup.experiments.sweep;

import java.util.Arrays;
import java.util.List;

/** How the points of a sweep are chosen. */
enum DesignKind {
    /** Every combination of every parameter's values. */
    GRID("grid"),
    /** {@code points} points, each parameter's range cut into as many strata, each stratum used once. */
    LATIN_HYPERCUBE("latin-hypercube"),
    /** Saltelli's sampling of a Sobol sequence: {@code points * (parameters + 2)} points, for sensitivity indices. */
    SOBOL("sobol");

    private final String key;

    DesignKind(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(DesignKind::key).toList();
    }

    static DesignKind byKey(String key) {
        return Arrays.stream(values())
                .filter(d -> d.key.equals(key))
                .findFirst()
                .orElse(null);
    }
}
