package org.callup.results.calibration;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a small YAML file as a tree of nodes with positions (nothing is ever constructed from it) and turns values
 * into numbers, text and dates strictly: plain decimal numbers only, whole numbers without a decimal point, no
 * tags, anchors or aliases. Each mistake is added to a list as {@code file:line:column: path: message}, so that a
 * file's problems are reported together.
 */
final class StrictYaml {
    private static final String NUMBER = "-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?";
    private static final String WHOLE = "-?[0-9]+";

    private final String file;
    private final List<String> problems;

    StrictYaml(String file, List<String> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The top-level mapping, or null (with a problem) if the text is not one readable mapping. */
    MappingNode read(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(16);
        options.setCodePointLimit(1_000_000);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                problems.add(file + ": the file is empty; a calibration names a scenario and its free parameters");
                return null;
            }
            if (!(root instanceof MappingNode m)) {
                problem(root, "", "expected a mapping of calibration keys at the top level");
                return null;
            }
            return m;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(file + (mark == null ? "" : ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1))
                    + ": not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            problems.add(file + ": not valid YAML: " + e.getMessage());
        }
        return null;
    }

    void problem(Node n, String path, String message) {
        Mark m = n.getStartMark();
        problems.add(file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1) + ": "
                + (path.isEmpty() ? "" : path + ": ") + message);
    }

    /** Whether a node is plain data (no tag, anchor or alias); adds a problem if not. */
    boolean plain(Node n, String path) {
        if (n.getAnchor() != null) {
            problem(n, path, "anchors and aliases are not allowed");
            return false;
        }
        Tag t = n.getTag();
        if (!List.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ, Tag.TIMESTAMP).contains(t)) {
            problem(n, path, "tags such as " + t.getValue() + " are not allowed");
            return false;
        }
        return true;
    }

    /** The key-value pairs of a mapping, keys as text; null with a problem if the node is not a mapping. */
    List<NodeTuple> mapping(Node n, String path) {
        if (!plain(n, path)) {
            return null;
        }
        if (!(n instanceof MappingNode m)) {
            problem(n, path, "expected a mapping");
            return null;
        }
        List<NodeTuple> out = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode && plain(t.getKeyNode(), path)) {
                out.add(t);
            } else {
                problem(t.getKeyNode(), path, "keys must be plain text");
            }
        }
        return out;
    }

    static String key(NodeTuple t) {
        return ((ScalarNode) t.getKeyNode()).getValue();
    }

    String text(Node n, String path) {
        if (!plain(n, path)) {
            return null;
        }
        if (!(n instanceof ScalarNode s) || s.getTag().equals(Tag.NULL) || s.getValue().isBlank()) {
            problem(n, path, "expected text");
            return null;
        }
        return s.getValue();
    }

    /** A number; NaN with a problem if the node is not a plain decimal number. */
    double number(Node n, String path) {
        String s = plainScalar(n, path, "a number");
        if (s == null) {
            return Double.NaN;
        }
        if (!s.matches(NUMBER)) {
            problem(n, path, "expected a number, got '" + s + "'");
            return Double.NaN;
        }
        return Double.parseDouble(s);
    }

    /** A whole number; null with a problem if the node is not one. */
    Long whole(Node n, String path) {
        String s = plainScalar(n, path, "a whole number");
        if (s == null) {
            return null;
        }
        if (!s.matches(WHOLE) || s.length() > 18) {
            problem(n, path, "expected a whole number, got '" + s + "'"
                    + (s.matches(NUMBER) ? " (write it without a decimal point or exponent)" : ""));
            return null;
        }
        return Long.parseLong(s);
    }

    LocalDate date(Node n, String path) {
        String s = plainScalar(n, path, "a date YYYY-MM-DD");
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problem(n, path, "expected a date YYYY-MM-DD, got '" + s + "'");
            return null;
        }
    }

    /** Items of a list of text. */
    List<String> texts(Node n, String path) {
        if (!plain(n, path)) {
            return List.of();
        }
        if (!(n instanceof SequenceNode seq)) {
            problem(n, path, "expected a list, e.g. [a, b]");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            String s = text(seq.getValue().get(i), path + "[" + i + "]");
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private String plainScalar(Node n, String path, String expected) {
        if (!plain(n, path)) {
            return null;
        }
        if (!(n instanceof ScalarNode s) || s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
            problem(n, path, "expected " + expected + (n instanceof ScalarNode ? " (without quotes)" : ""));
            return null;
        }
        return s.getValue().strip();
    }
}
