package org.callup.scenarios.yaml;

/**
 * A node of a parsed YAML file that remembers where it was written: its file, line and column, and its path in
 * that file ({@code recruiters.channels.raid}, {@code timeline[3]}), so that every message can name both. After a
 * scenario's {@code extends} is resolved, nodes from different files sit in one tree and each still points at its
 * own file.
 */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {

    Location location();

    /** Path of the node in the file it was written in; empty for the top level. */
    String path();

    /** How a message names this node: "a mapping", "a list", "the number 1.5", "text 'abc'". */
    String describe();

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String item(String path, int index) {
        return path + "[" + index + "]";
    }
}
