package org.callup.scenarios.yaml;

import java.nio.file.Path;

/**
 * Where a piece of YAML text came from: a library file shipped with the program, a file on disk or text given
 * directly. Relative references in a file ({@code extends}, {@code regionsFile}, a sweep's {@code scenario}) are
 * resolved against its directory; library files refer to the library.
 *
 * @param label     the name shown in messages (the path as the user gave it, or the library file name)
 * @param directory directory of a file on disk, or null for library files and text given directly
 * @param library   whether the text is a shipped library file
 * @param key       identity used to detect cycles of {@code extends}
 */
public record Origin(String label, Path directory, boolean library, String key) {

    public static Origin library(String name) {
        return new Origin(name + ".yaml", null, true, "library:" + name);
    }

    public static Origin file(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return new Origin(file.toString(), abs.getParent(), false, abs.toString());
    }

    public static Origin text(String label) {
        return new Origin(label, null, false, "text:" + label);
    }
}
