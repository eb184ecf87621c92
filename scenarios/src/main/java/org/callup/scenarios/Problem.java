package org.callup.scenarios;

import java.util.Objects;

/**
 * One thing wrong with a scenario, located as precisely as the input allows.
 *
 * @param file     the file the problem is in, as the user named it (or a library file name); may be empty
 * @param yamlPath the dotted path of the value in that file, e.g. {@code recruiters.channels.raid.intensity} or
 *                 {@code timeline[3].post}; empty for problems with the file as a whole
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param message  what is wrong and what was expected, for a user
 */
public record Problem(String file, String yamlPath, int line, int column, String message) {

    public Problem {
        file = file == null ? "" : file;
        yamlPath = yamlPath == null ? "" : yamlPath;
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be 0 (unknown) or positive");
        }
    }

    /** {@code file:line:column: path: message}, leaving out the parts that are unknown. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (!file.isEmpty()) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
            sb.append(": ");
        }
        if (!yamlPath.isEmpty()) {
            sb.append(yamlPath).append(": ");
        }
        return sb.append(message).toString();
    }
}
