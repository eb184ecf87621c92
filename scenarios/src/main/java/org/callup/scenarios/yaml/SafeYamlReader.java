package org.callup.scenarios.yaml;

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
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses YAML text into a {@link YamlNode} tree with positions, refusing what a configuration file never needs and
 * a hostile file might use: tags ({@code !!java.net.URL}: the tree holds plain values only, nothing is ever
 * constructed from a tag), anchors (even unused) and aliases (the billion-laughs bomb), nesting deeper and more values than its
 * {@link YamlLimits}, and more than one document. Any of these makes the file unreadable with one problem; a key
 * given twice is reported to a {@link ProblemSink} instead (the first value is kept), so that it is listed with
 * the problems found later. A reader is immutable and can be shared between threads.
 */
public final class SafeYamlReader {
    private static final String CORE_TAG = "tag:yaml.org,2002:";

    private final YamlLimits limits;
    private final YamlWording wording;
    private final YAMLFactory factory;

    public SafeYamlReader(YamlLimits limits, YamlWording wording) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.wording = Objects.requireNonNull(wording, "wording");
        this.factory = factory(limits);
    }

    public YamlLimits limits() {
        return limits;
    }

    /** The top-level mapping of {@code text}; a key given twice goes to {@code problems}. */
    public YamlMap read(String text, Origin origin, ProblemSink problems) throws UnreadableYamlException {
        try (YAMLParser parser = factory.createParser(text)) {
            return new TreeReader(origin, parser, problems).root();
        } catch (JsonProcessingException e) {
            throw syntaxError(origin, e);
        } catch (IOException e) {
            throw new UnreadableYamlException(
                    Location.of(origin), "cannot be read: " + withoutClassNames(firstLine(e.getMessage())));
        } catch (RuntimeException e) {
            // SnakeYAML signals some limits (code points, bad characters) with unchecked exceptions.
            throw new UnreadableYamlException(
                    Location.of(origin), "not valid YAML: " + withoutClassNames(firstLine(e.getMessage())));
        }
    }

    /** The state of one reading: the parser's position and the number of values so far. */
    private final class TreeReader {
        private final Origin origin;
        private final YAMLParser parser;
        private final ProblemSink problems;
        private int values;

        TreeReader(Origin origin, YAMLParser parser, ProblemSink problems) {
            this.origin = origin;
            this.parser = parser;
            this.problems = problems;
        }

        YamlMap root() throws IOException, UnreadableYamlException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new UnreadableYamlException(Location.of(origin), wording.emptyFile());
            }
            YamlNode root = node(first, "", 1);
            if (!(root instanceof YamlMap map)) {
                throw new UnreadableYamlException(
                        root.location(),
                        "expected " + wording.topLevel() + " at the top level, found " + root.describe());
            }
            if (parser.nextToken() != null) {
                throw refused(here(), "only one YAML document per file is allowed");
            }
            return map;
        }

        private YamlNode node(JsonToken token, String path, int depth) throws IOException, UnreadableYamlException {
            Location at = here();
            if (depth > limits.maxDepth()) {
                throw refused(
                        at,
                        "nested more than " + limits.maxDepth() + " levels deep; " + wording.document()
                                + " needs far fewer");
            }
            if (++values > limits.maxValues()) {
                throw refused(
                        at, "more than " + limits.maxValues() + " values; " + wording.document() + " needs far fewer");
            }
            if (parser.getTypeId() != null) {
                throw refused(
                        at,
                        "YAML tags such as '" + tag(parser.getTypeId()) + "' are not allowed; " + "write plain values");
            }
            if (parser.getObjectId() != null) {
                throw refused(
                        at, "YAML anchors ('&" + parser.getObjectId() + "') are not allowed; " + wording.aliasAdvice());
            }
            if (parser.isCurrentAlias()) {
                throw refused(
                        at, "YAML aliases ('*" + parser.getText() + "') are not allowed; " + wording.aliasAdvice());
            }
            return switch (token) {
                case START_OBJECT -> map(at, path, depth);
                case START_ARRAY -> list(at, path, depth);
                case VALUE_STRING -> scalar(YamlScalar.Kind.TEXT, at, path);
                case VALUE_NUMBER_INT -> scalar(YamlScalar.Kind.INTEGER, at, path);
                case VALUE_NUMBER_FLOAT -> scalar(YamlScalar.Kind.FLOAT, at, path);
                case VALUE_TRUE, VALUE_FALSE -> scalar(YamlScalar.Kind.BOOLEAN, at, path);
                case VALUE_NULL -> scalar(YamlScalar.Kind.NULL, at, path);
                default -> throw refused(at, "unexpected YAML content (" + token + ")");
            };
        }

        private YamlScalar scalar(YamlScalar.Kind kind, Location at, String path) throws IOException {
            return new YamlScalar(kind, parser.getText(), at, path);
        }

        private YamlMap map(Location at, String path, int depth) throws IOException, UnreadableYamlException {
            List<YamlMap.Entry> entries = new ArrayList<>();
            Map<String, Location> seen = new HashMap<>();
            JsonToken t;
            while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Location keyAt = here();
                if (parser.getObjectId() != null || parser.isCurrentAlias()) {
                    throw refused(
                            keyAt,
                            "YAML anchors and aliases are not allowed, on keys neither; " + wording.aliasAdvice());
                }
                Location first = seen.putIfAbsent(key, keyAt);
                YamlNode value = node(parser.nextToken(), YamlNode.child(path, key), depth + 1);
                if (first == null) {
                    entries.add(new YamlMap.Entry(key, keyAt, value));
                } else {
                    problems.at(
                            keyAt,
                            YamlNode.child(path, key),
                            "key given twice in the same mapping (first on " + "line " + first.line()
                                    + "); remove one");
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw refused(here(), "a mapping key must be text");
            }
            return new YamlMap(entries, at, path);
        }

        private YamlList list(Location at, String path, int depth) throws IOException, UnreadableYamlException {
            List<YamlNode> items = new ArrayList<>();
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw refused(here(), "the list is not closed");
                }
                items.add(node(t, YamlNode.item(path, items.size()), depth + 1));
            }
            return new YamlList(items, at, path);
        }

        private Location here() {
            JsonLocation l = parser.currentTokenLocation();
            return new Location(origin, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
        }
    }

    private static UnreadableYamlException refused(Location at, String message) {
        return new UnreadableYamlException(at, message);
    }

    private static UnreadableYamlException syntaxError(Origin origin, JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        int line = l == null ? 0 : Math.max(0, l.getLineNr());
        int column = l == null ? 0 : Math.max(0, l.getColumnNr());
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Expected a field name")) {
            // A complex key ('? [a, b]'): Jackson names the parser's event classes.
            return new UnreadableYamlException(
                    new Location(origin, line, column), "keys must be plain text, not a " + "list or a mapping");
        }
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblem() != null) {
            message = m.getProblem() + (m.getContext() == null ? "" : " (" + m.getContext() + ")");
            if (m.getProblemMark() != null) {
                // Where the problem is, rather than where the parser was: 0-based in SnakeYAML.
                line = m.getProblemMark().getLine() + 1;
                column = m.getProblemMark().getColumn() + 1;
            }
        }
        return new UnreadableYamlException(
                new Location(origin, line, column), "not valid YAML: " + withoutClassNames(firstLine(message)));
    }

    /** Parser messages sometimes quote an internal class ({@code <org.yaml.snakeyaml.events.X(...)>}). */
    static String withoutClassNames(String s) {
        return s.replaceAll("<?(?:org|com|java|javax)\\.[\\w.$]+(?:\\([^)]*\\))?>?", "(unexpected content)");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /** A tag as it was written: Jackson gives core tags in full and drops the '!' of local ones. */
    private static String tag(String typeId) {
        return typeId.startsWith(CORE_TAG) ? "!!" + typeId.substring(CORE_TAG.length()) : "!" + typeId;
    }

    private static YAMLFactory factory(YamlLimits limits) {
        LoaderOptions options = new LoaderOptions();
        // Aliases are refused while reading; the SnakeYAML limits are a second line of defence.
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth() + 1);
        options.setCodePointLimit(limits.maxBytes() + 1);
        YAMLFactory f = YAMLFactory.builder().loaderOptions(options).build();
        f.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 1)
                .maxNumberLength(100)
                .maxStringLength(limits.maxBytes())
                .build());
        return f;
    }
}
