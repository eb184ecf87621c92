package org.callup.scenarios;

import java.nio.file.Path;

/**
 * Where a piece of scenario text came from: a library file or a file on disk. Relative references in a file
 * ({@code extends}, {@code regionsFile}) are resolved against its directory; library files refer to the library.
 *
 * @param label     the name shown in messages (the path as the user gave it, or the library file name)
 * @param directory directory of a file on disk, or null for library files and text given directly
 * @param library   whether the text is a shipped library file
 * @param key       identity used to detect cycles of {@code extends}
 */
record Origin(String label, Path directory, boolean library, String key) {

    static Origin library(String name) {
        return new Origin(name + ".yaml", null, true, "library:" + name);
    }

    static Origin file(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return new Origin(file.toString(), abs.getParent(), false, abs.toString());
    }

    static Origin text(String label) {
        return new Origin(label, null, false, "text:" + label);
    }
}
