package org.callup.scenarios.yaml;

/**
 * A YAML text that cannot be read as a whole: not valid YAML, beyond one of the {@link YamlLimits}, using a tag or
 * an alias, empty, more than one document, or not a mapping at the top level. Its message is one line for a user;
 * the reader that caught it decides how to report it together with other problems.
 */
public final class UnreadableYamlException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Location location;

    UnreadableYamlException(Location location, String message) {
        super(message);
        this.location = location;
    }

    /** Where the problem is, as precisely as the parser knows; line and column 0 for the file as a whole. */
    public Location location() {
        return location;
    }
}
