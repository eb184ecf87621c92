package org.callup.scenarios.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader's limits and words come from its caller; positions and paths are kept for every value. */
class SafeYamlReaderTest {
    private static final YamlWording WORDING =
            new YamlWording("a test file", "empty", "a mapping of test keys", "write it out");
    private static final Origin ORIGIN = Origin.text("t.yaml");

    private final List<String> reported = new ArrayList<>();
    private final ProblemSink sink =
            (at, path, message) -> reported.add(at.line() + ":" + at.column() + " " + path + ": " + message);

    private static SafeYamlReader reader(int depth, int values) {
        return new SafeYamlReader(new YamlLimits(depth, values, 1000, 0), WORDING);
    }

    private UnreadableYamlException refused(SafeYamlReader reader, String yaml) {
        return assertThrows(UnreadableYamlException.class, () -> reader.read(yaml, ORIGIN, sink));
    }

    @Test
    void keepsPositionsAndPaths() throws UnreadableYamlException {
        YamlMap root = reader(8, 100).read("a:\n  b: [1, x]\n", ORIGIN, sink);
        YamlList list = (YamlList) ((YamlMap) root.get("a")).get("b");
        YamlScalar x = (YamlScalar) list.items().get(1);
        assertEquals("a.b[1]", x.path());
        assertEquals(new Location(ORIGIN, 2, 10), x.location());
        assertEquals(YamlScalar.Kind.TEXT, x.kind());
        assertEquals(new Location(ORIGIN, 1, 1), root.entry("a").keyLocation());
    }

    @Test
    void limitsAndWordingAreTheCallers() {
        assertEquals(
                "nested more than 2 levels deep; a test file needs far fewer",
                refused(reader(2, 100), "a: {b: {c: 1}}\n").getMessage());
        assertEquals(
                "more than 3 values; a test file needs far fewer",
                refused(reader(8, 3), "a: [1, 2]\n").getMessage());
        assertEquals(
                "YAML aliases ('*x') are not allowed; write it out",
                refused(reader(8, 100), "a: &x 1\nb: *x\n").getMessage());
        assertEquals("empty", refused(reader(8, 100), "# nothing\n").getMessage());
        assertEquals(
                "expected a mapping of test keys at the top level, found a list",
                refused(reader(8, 100), "- 1\n").getMessage());
    }

    @Test
    void tagsAreNamedAsWritten() {
        assertEquals(
                "YAML tags such as '!!java.net.URL' are not allowed; write plain values",
                refused(reader(8, 100), "a: !!java.net.URL x\n").getMessage());
        assertEquals(
                "YAML tags such as '!local' are not allowed; write plain values",
                refused(reader(8, 100), "a: !local x\n").getMessage());
    }

    @Test
    void aKeyGivenTwiceGoesToTheSinkAndTheFirstValueIsKept() throws UnreadableYamlException {
        YamlMap root = reader(8, 100).read("a: 1\nb: {c: 2, c: 3}\na: 4\n", ORIGIN, sink);
        assertEquals(
                List.of(
                        "2:11 b.c: key given twice in the same mapping (first on line 2); remove one",
                        "3:1 a: key given twice in the same mapping (first on line 1); remove one"),
                reported);
        assertEquals("1", ((YamlScalar) root.get("a")).text());
    }

    @Test
    void syntaxErrorsPointAtTheProblem() {
        UnreadableYamlException e = refused(reader(8, 100), "a: 1\nb: [1, 2\n");
        assertTrue(e.getMessage().startsWith("not valid YAML: "), e.getMessage());
        assertEquals(3, e.location().line());
        assertEquals(ORIGIN, e.location().origin());
    }

    @Test
    void limitsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new YamlLimits(0, 1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new YamlLimits(1, 1, Integer.MAX_VALUE, 0));
    }
}
