package org.callup.scenarios.yaml;

/** Position of a YAML node in its source: 1-based line and column (0 when unknown). */
public record Location(Origin origin, int line, int column) {

    /** The start of a file as a whole, for problems that have no better position. */
    public static Location of(Origin origin) {
        return new Location(origin, 0, 0);
    }

    public String file() {
        return origin.label();
    }
}
