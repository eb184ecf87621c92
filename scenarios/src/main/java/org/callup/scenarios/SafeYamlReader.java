package org.callup.scenarios;

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
 * Parses scenario text into a {@link YamlNode} tree with positions, refusing what a scenario never needs and an
 * attacker might use: tags ({@code !!java.net.URL}: the tree holds plain values only, nothing is ever
 * constructed from a tag), anchors and aliases (the billion-laughs bomb; {@code extends} is the way to share values),
 * nesting deeper than {@value #MAX_DEPTH} levels, more than {@value #MAX_NODES} values, and more than one document.
 * Any of these fails the file with one problem.
 */
final class SafeYamlReader {
    static final int MAX_DEPTH = 32;
    static final int MAX_NODES = 200_000;
    static final int MAX_ALIASES = 50;

    private static final YAMLFactory FACTORY = factory();

    private final Origin origin;
    private final YAMLParser parser;
    private final Problems problems;
    private int nodes;

    private SafeYamlReader(Origin origin, YAMLParser parser, Problems problems) {
        this.origin = origin;
        this.parser = parser;
        this.problems = problems;
    }

    /**
     * The top-level mapping of a scenario file. A file that cannot be read as a whole fails with one problem; a key
     * given twice is added to {@code problems} (the first value is kept) so that it is reported with the rest.
     */
    static YamlMap read(String text, Origin origin, Problems problems) throws ScenarioException {
        try (YAMLParser parser = (YAMLParser) FACTORY.createParser(text)) {
            SafeYamlReader reader = new SafeYamlReader(origin, parser, problems);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ScenarioException(new Problem(origin.label(), "", 0, 0,
                        "the file is empty; a scenario is a mapping of keys such as name, startDate and population"));
            }
            YamlNode root = reader.node(first, "", 1);
            if (!(root instanceof YamlMap map)) {
                throw reader.hostile(root.location(), "expected a mapping of scenario keys (name, startDate, "
                        + "population, ...) at the top level, found " + root.describe());
            }
            JsonToken next = parser.nextToken();
            if (next != null) {
                throw reader.hostile(reader.here(), "only one YAML document per file is allowed");
            }
            return map;
        } catch (JsonProcessingException e) {
            throw new ScenarioException(syntaxProblem(origin, e));
        } catch (IOException e) {
            throw SourceText.fail(origin, "cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            // SnakeYAML signals some limits (code points, bad characters) with unchecked exceptions.
            throw SourceText.fail(origin, "not valid YAML: " + firstLine(e.getMessage()));
        }
    }

    private YamlNode node(JsonToken token, String path, int depth) throws IOException, ScenarioException {
        Location at = here();
        if (depth > MAX_DEPTH) {
            throw hostile(at, "nested more than " + MAX_DEPTH + " levels deep; a scenario needs far fewer");
        }
        if (++nodes > MAX_NODES) {
            throw hostile(at, "more than " + MAX_NODES + " values; a scenario needs far fewer");
        }
        if (parser.getTypeId() != null) {
            throw hostile(at, "YAML tags such as '!!" + shortTag(parser.getTypeId())
                    + "' are not allowed; write plain values");
        }
        if (parser.isCurrentAlias()) {
            throw hostile(at, "YAML aliases ('*" + parser.getText() + "') are not allowed; use 'extends' to share values");
        }
        return switch (token) {
            case START_OBJECT -> map(at, path, depth);
            case START_ARRAY -> list(at, path, depth);
            case VALUE_STRING -> new YamlScalar(YamlScalar.Kind.TEXT, parser.getText(), at, path);
            case VALUE_NUMBER_INT -> new YamlScalar(YamlScalar.Kind.INTEGER, parser.getText(), at, path);
            case VALUE_NUMBER_FLOAT -> new YamlScalar(YamlScalar.Kind.FLOAT, parser.getText(), at, path);
            case VALUE_TRUE, VALUE_FALSE -> new YamlScalar(YamlScalar.Kind.BOOLEAN, parser.getText(), at, path);
            case VALUE_NULL -> new YamlScalar(YamlScalar.Kind.NULL, parser.getText(), at, path);
            default -> throw hostile(at, "unexpected YAML content (" + token + ")");
        };
    }

    private YamlMap map(Location at, String path, int depth) throws IOException, ScenarioException {
        List<YamlMap.Entry> entries = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location keyAt = here();
            Location first = seen.putIfAbsent(key, keyAt);
            YamlNode value = node(parser.nextToken(), YamlNode.child(path, key), depth + 1);
            if (first == null) {
                entries.add(new YamlMap.Entry(key, keyAt, value));
            } else {
                problems.at(keyAt, YamlNode.child(path, key), "key given twice in the same mapping (first on line "
                        + first.line() + "); remove one");
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw hostile(here(), "a mapping key must be text");
        }
        return new YamlMap(entries, at, path);
    }

    private YamlList list(Location at, String path, int depth) throws IOException, ScenarioException {
        List<YamlNode> items = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw hostile(here(), "the list is not closed");
            }
            items.add(node(t, YamlNode.item(path, items.size()), depth + 1));
        }
        return new YamlList(items, at, path);
    }

    private Location here() {
        JsonLocation l = parser.currentTokenLocation();
        return new Location(origin, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
    }

    private ScenarioException hostile(Location at, String message) {
        return new ScenarioException(new Problem(origin.label(), "", at.line(), at.column(), message));
    }

    private static Problem syntaxProblem(Origin origin, JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        int line = l == null ? 0 : Math.max(0, l.getLineNr());
        int column = l == null ? 0 : Math.max(0, l.getColumnNr());
        String message = e.getOriginalMessage();
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblem() != null) {
            message = m.getProblem() + (m.getContext() == null ? "" : " (" + m.getContext() + ")");
            if (m.getProblemMark() != null) {
                line = m.getProblemMark().getLine() + 1;
                column = m.getProblemMark().getColumn() + 1;
            }
        }
        return new Problem(origin.label(), "", line, column, "not valid YAML: " + firstLine(message));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    private static String shortTag(String tag) {
        return tag.startsWith("tag:yaml.org,2002:") ? tag.substring("tag:yaml.org,2002:".length()) : tag;
    }

    private static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        // Aliases are refused while reading; the SnakeYAML limits are a second line of defence.
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setCodePointLimit((int) SourceText.MAX_BYTES + 1);
        YAMLFactory f = YAMLFactory.builder().loaderOptions(options).build();
        f.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH + 1).maxNumberLength(100).maxStringLength((int) SourceText.MAX_BYTES).build());
        return f;
    }
}
