package org.callup.results.sweep;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses the text of a sweep file into {@link YamlNode}s with positions. It refuses what a sweep file never needs
 * and a hostile file might use, as scenario files do: tags (nothing is ever constructed from a tag), anchors and
 * aliases, nesting deeper than {@value #MAX_DEPTH} levels, more than {@value #MAX_NODES} values and more than one
 * document. A key given twice is a problem; the rest of the file is still read so that all problems are listed.
 */
final class SweepYamlReader {
    static final int MAX_DEPTH = 16;
    static final int MAX_NODES = 100_000;
    static final int MAX_BYTES = 1 << 20;

    private static final YAMLFactory FACTORY = factory();

    private final YAMLParser parser;
    private final SweepProblems problems;
    private int nodes;

    private SweepYamlReader(YAMLParser parser, SweepProblems problems) {
        this.parser = parser;
        this.problems = problems;
    }

    /** The top-level mapping, or null when the file cannot be read as one (the reason is in {@code problems}). */
    static YamlNode.Mapping read(String text, SweepProblems problems) {
        try (YAMLParser parser = FACTORY.createParser(text)) {
            SweepYamlReader reader = new SweepYamlReader(parser, problems);
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.file("the file is empty; a sweep file is a mapping with scenario, design, parameters and "
                        + "outputs");
                return null;
            }
            YamlNode root = reader.node(first, "", 1);
            if (root == null) {
                return null;
            }
            if (!(root instanceof YamlNode.Mapping map)) {
                problems.at(root, "expected a mapping of sweep keys (scenario, design, parameters, outputs, ...) at "
                        + "the top level, found " + root.describe());
                return null;
            }
            if (parser.nextToken() != null) {
                reader.refuse("only one YAML document per file is allowed");
                return null;
            }
            return map;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            int line = l == null ? 0 : Math.max(0, l.getLineNr());
            int column = l == null ? 0 : Math.max(0, l.getColumnNr());
            String message = e.getOriginalMessage();
            if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblem() != null) {
                message = m.getProblem() + (m.getContext() == null ? "" : " (" + m.getContext() + ")");
                if (m.getProblemMark() != null) {
                    // Where the problem is, rather than where the parser was: 0-based in SnakeYAML.
                    line = m.getProblemMark().getLine() + 1;
                    column = m.getProblemMark().getColumn() + 1;
                }
            }
            problems.at(line, column, "", "not valid YAML: " + firstLine(message) + flowHint(message));
            return null;
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports some limits (code points, bad characters) with unchecked exceptions.
            problems.file("not valid YAML: " + firstLine(e.getMessage()));
            return null;
        }
    }

    /** A node, or null after a problem that makes the rest of the file unreadable. */
    private YamlNode node(JsonToken token, String path, int depth) throws IOException {
        int line = line();
        int column = column();
        if (depth > MAX_DEPTH) {
            return refuse("nested more than " + MAX_DEPTH + " levels deep; a sweep file needs far fewer");
        }
        if (++nodes > MAX_NODES) {
            return refuse("more than " + MAX_NODES + " values; a sweep file needs far fewer");
        }
        if (parser.getTypeId() != null) {
            return refuse("YAML tags such as '!" + parser.getTypeId() + "' are not allowed; write plain values");
        }
        if (parser.isCurrentAlias()) {
            return refuse("YAML aliases ('*" + parser.getText() + "') are not allowed; write the values out");
        }
        return switch (token) {
            case START_OBJECT -> mapping(line, column, path, depth);
            case START_ARRAY -> sequence(line, column, path, depth);
            case VALUE_STRING -> scalar(YamlNode.Scalar.Kind.TEXT, line, column, path);
            case VALUE_NUMBER_INT -> scalar(YamlNode.Scalar.Kind.INTEGER, line, column, path);
            case VALUE_NUMBER_FLOAT -> scalar(YamlNode.Scalar.Kind.FLOAT, line, column, path);
            case VALUE_TRUE, VALUE_FALSE -> scalar(YamlNode.Scalar.Kind.BOOLEAN, line, column, path);
            case VALUE_NULL -> scalar(YamlNode.Scalar.Kind.NULL, line, column, path);
            default -> refuse("unexpected YAML content (" + token + ")");
        };
    }

    private YamlNode scalar(YamlNode.Scalar.Kind kind, int line, int column, String path) throws IOException {
        return new YamlNode.Scalar(kind, parser.getText(), line, column, path);
    }

    private YamlNode mapping(int line, int column, String path, int depth) throws IOException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = line();
            int keyColumn = column();
            Integer first = seen.putIfAbsent(key, keyLine);
            YamlNode value = node(parser.nextToken(), YamlNode.child(path, key), depth + 1);
            if (value == null) {
                return null;
            }
            if (first == null) {
                entries.add(new YamlNode.Entry(key, keyLine, keyColumn, value));
            } else {
                problems.at(keyLine, keyColumn, YamlNode.child(path, key),
                        "key given twice in the same mapping (first on line " + first + "); remove one");
            }
        }
        if (t != JsonToken.END_OBJECT) {
            return refuse("a mapping key must be text");
        }
        return new YamlNode.Mapping(entries, line, column, path);
    }

    private YamlNode sequence(int line, int column, String path, int depth) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                return refuse("the list is not closed");
            }
            YamlNode item = node(t, YamlNode.item(path, items.size()), depth + 1);
            if (item == null) {
                return null;
            }
            items.add(item);
        }
        return new YamlNode.Sequence(items, line, column, path);
    }

    private YamlNode refuse(String message) {
        problems.at(line(), column(), "", message);
        return null;
    }

    private int line() {
        return Math.max(0, parser.currentTokenLocation().getLineNr());
    }

    private int column() {
        return Math.max(0, parser.currentTokenLocation().getColumnNr());
    }

    /** Paths such as timeline[announce].date need quotes inside {...}, where YAML reads '[' as a list. */
    private static String flowHint(String message) {
        return message != null && message.contains("flow") && message.contains("got [")
                ? " (inside {...}, put a path with [id] in quotes: \"timeline[announce].date\")" : "";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    private static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setCodePointLimit(MAX_BYTES + 1);
        YAMLFactory f = YAMLFactory.builder().loaderOptions(options).build();
        f.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH + 1).maxNumberLength(100).maxStringLength(MAX_BYTES).build());
        return f;
    }
}
