package org.callup.scenarios.yaml;

import java.util.Objects;

/**
 * The words a {@link SafeYamlReader} uses for the kind of file it reads, so that a refusal speaks of scenarios in a
 * scenario and of sweeps in a sweep file.
 *
 * @param document    the file as a message names it, e.g. {@code a scenario}: "... levels deep; a scenario needs
 *                    far fewer"
 * @param emptyFile   the whole message for a file without any value
 * @param topLevel    what the top level must be, e.g. {@code a mapping of scenario keys (name, ...)}: "expected ... at
 *                    the top level, found a list"
 * @param aliasAdvice what to write instead of an alias, e.g. {@code use 'extends' to share values}
 */
public record YamlWording(String document, String emptyFile, String topLevel, String aliasAdvice) {

    public YamlWording {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(emptyFile, "emptyFile");
        Objects.requireNonNull(topLevel, "topLevel");
        Objects.requireNonNull(aliasAdvice, "aliasAdvice");
    }
}
