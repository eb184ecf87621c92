package org.callup.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written to break the loader fail quickly and cleanly with one problem, and never construct anything from
 * the file's content.
 */
class HostileInputTest {
    @TempDir
    Path dir;

    private Problem onlyProblem(Path file) {
        ScenarioException e = assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThrows(
                        ScenarioException.class, () -> ScenarioLibrary.shipped().loadFile(file)));
        assertEquals(1, e.problems().size(), e::format);
        return e.problems().get(0);
    }

    private Problem onlyProblem(String yaml) throws IOException {
        return onlyProblem(new ScenarioFiles(dir).write("hostile.yaml", yaml));
    }

    @Test
    void billionLaughsIsRefusedAtTheFirstAnchor() throws IOException {
        StringBuilder y =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            y.append(c).append(": &").append(c).append(" [");
            for (int k = 0; k < 9; k++) {
                y.append(k == 0 ? "" : ",").append('*').append(p);
            }
            y.append("]\n");
        }
        Problem p = onlyProblem(y.toString());
        assertTrue(p.message().startsWith("YAML anchors ('&a') are not allowed"), p.message());
        assertEquals(1, p.line());
    }

    @Test
    void aliasesAreRefusedEvenAfterAnAnchorThatIsNot() throws IOException {
        // An alias needs its anchor in the same file, which is refused first; the alias check stays behind it.
        Problem p = onlyProblem("other:\n  <<: *b\n");
        assertTrue(p.message().contains("alias"), p.message());
    }

    @Test
    void mergeKeysAreAliasesToo() throws IOException {
        Problem p = onlyProblem("base: &b {seed: 1}\nother:\n  <<: *b\n");
        assertTrue(p.message().contains("anchors"), p.message());
    }

    @Test
    void anchorsWithoutAliasesAreRefusedAsTheReadmeSays() throws IOException {
        Problem p = onlyProblem(ScenarioFiles.extending("protest: &p {threshold: 0.2}"));
        assertEquals("YAML anchors ('&p') are not allowed; use 'extends' to share values", p.message());
        assertEquals(2, p.line());
    }

    @Test
    void complexKeysAreRefusedInPlainWords() throws IOException {
        Problem p = onlyProblem(ScenarioFiles.extending("? [a, b]", ": 1"));
        assertEquals("keys must be plain text, not a list or a mapping", p.message());
    }

    @Test
    void aWholeNumberOutOfRangeQuotesTheParametersRange() throws IOException {
        List<Problem> ps =
                new ScenarioFiles(dir).problems("r.yaml", ScenarioFiles.extending("population: {scale: 9999999999}"));
        assertEquals("must be between 1 and 100000, was 9999999999", ps.get(0).message(), ps::toString);
    }

    @Test
    void deepFlowNestingIsRefused() throws IOException {
        Problem p = onlyProblem("a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
        assertTrue(p.message().startsWith("nested more than 32 levels deep"), p.message());
    }

    @Test
    void deepBlockNestingIsRefused() throws IOException {
        StringBuilder y = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            y.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        Problem p = onlyProblem(y.toString());
        assertTrue(p.message().startsWith("nested more than 32 levels deep"), p.message());
    }

    @Test
    void hugeFileIsRefusedBeforeItIsRead() throws IOException {
        Path f = dir.resolve("huge.yaml");
        Files.write(f, new byte[(int) SourceText.MAX_BYTES + 1]);
        Problem p = onlyProblem(f);
        assertTrue(p.message().startsWith("file is too large (5242881 bytes)"), p.message());
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() throws IOException {
        Path f = dir.resolve("latin1.yaml");
        Files.write(f, "name: x\ndescription: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Problem p = onlyProblem(f);
        assertEquals(2, p.line());
        assertTrue(p.message().startsWith("the file is not valid UTF-8 text (bad byte 0xE9"), p.message());
    }

    @Test
    void tagsNamingJavaTypesAreRefusedAndNothingIsConstructed() throws IOException {
        Problem p = onlyProblem("name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                + "[[!!java.net.URL [\"http://localhost:1/\"]]]]\n");
        assertEquals(
                "YAML tags such as '!!javax.script.ScriptEngineManager' are not allowed; write plain values",
                p.message());
        Problem q = onlyProblem("seed: !!java.lang.Long 1\n");
        assertTrue(q.message().contains("!!java.lang.Long"), q.message());
        Problem local = onlyProblem("seed: !local 1\n");
        assertTrue(local.message().startsWith("YAML tags"), local.message());
    }

    @Test
    void emptyFile() throws IOException {
        assertTrue(onlyProblem("").message().startsWith("the file is empty"));
        assertTrue(onlyProblem("# only a comment\n\n").message().startsWith("the file is empty"));
    }

    @Test
    void topLevelListOrScalar() throws IOException {
        assertEquals(
                "expected a mapping of scenario keys (name, startDate, population, ...) at the top level, "
                        + "found a list",
                onlyProblem("- name: x\n- seed: 1\n").message());
        assertTrue(onlyProblem("just text\n").message().endsWith("found text 'just text'"));
    }

    @Test
    void twoDocuments() throws IOException {
        Problem p = onlyProblem("name: a\n---\nname: b\n");
        assertEquals("only one YAML document per file is allowed", p.message());
    }

    @Test
    void syntaxErrorsHaveAPosition() throws IOException {
        Problem p = onlyProblem("name: x\nseed: [1, 2\n");
        assertTrue(p.message().startsWith("not valid YAML: "), p.message());
        assertTrue(p.line() >= 2, p::toString);
        Problem tab = onlyProblem("population:\n\tscale: 1\n");
        assertTrue(tab.message().startsWith("not valid YAML: "), tab.message());
        assertEquals(2, tab.line());
    }

    @Test
    void directoryInsteadOfAFile() {
        assertEquals("is a directory, not a scenario file", onlyProblem(dir).message());
    }

    @Test
    void aDataFileNamedByPathCannotEscapeToArbitraryFiles() throws IOException {
        Path f = new ScenarioFiles(dir)
                .write("escape.yaml", ScenarioFiles.extending("population: {regionsFile: ../../../../etc/passwd}"));
        ScenarioException e = assertThrows(
                ScenarioException.class, () -> ScenarioLibrary.shipped().loadFile(f));
        assertEquals(1, e.problems().size(), e::format);
        assertTrue(e.getMessage().contains("is outside the folder of"), e::format);
    }
}
