package org.callup.scenarios;

/** Position of a YAML node in its source: 1-based line and column (0 when unknown). */
record Location(Origin origin, int line, int column) {

    String file() {
        return origin.label();
    }
}
