package org.callup.scenarios.yaml;

/** A single value as the YAML parser typed it: quoted values are always text, and so are dates. */
public record YamlScalar(Kind kind, String text, Location location, String path) implements YamlNode {

    public enum Kind {
        TEXT,
        INTEGER,
        FLOAT,
        BOOLEAN,
        NULL
    }

    @Override
    public String describe() {
        return switch (kind) {
            case TEXT -> "text '" + abbreviate(text) + "'";
            case INTEGER, FLOAT -> "the number " + text;
            case BOOLEAN -> "the boolean " + text;
            case NULL -> "an empty value";
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
