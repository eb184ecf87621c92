package org.callup.results.sweep;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A value of a sweep file that remembers where it was written (1-based line and column) and its path in the file
 * ({@code parameters[2].range.min}), so that every problem can name both.
 */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    int line();

    int column();

    /** Path of the node in the file; empty for the top level. */
    String path();

    /** How a message names the node: "a mapping", "a list", "the number 1.5", "text 'abc'". */
    String describe();

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String item(String path, int index) {
        return path + "[" + index + "]";
    }

    /** One key of a mapping, with the key's own position for messages about the key. */
    record Entry(String key, int line, int column, YamlNode value) {
    }

    /** A mapping with text keys, in file order; a key given twice is refused while reading. */
    record Mapping(List<Entry> entries, int line, int column, String path) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        YamlNode get(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return e.value();
                }
            }
            return null;
        }

        Set<String> keys() {
            Set<String> keys = new LinkedHashSet<>();
            entries.forEach(e -> keys.add(e.key()));
            return keys;
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A list. */
    record Sequence(List<YamlNode> items, int line, int column, String path) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A single value as the parser typed it: quoted values are always text; dates are text. */
    record Scalar(Kind kind, String text, int line, int column, String path) implements YamlNode {
        enum Kind { TEXT, INTEGER, FLOAT, BOOLEAN, NULL }

        @Override
        public String describe() {
            return switch (kind) {
                case TEXT -> "text '" + (text.length() <= 40 ? text : text.substring(0, 37) + "...") + "'";
                case INTEGER, FLOAT -> "the number " + text;
                case BOOLEAN -> "the boolean " + text;
                case NULL -> "an empty value";
            };
        }
    }
}
