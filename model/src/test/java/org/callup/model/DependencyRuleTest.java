package org.callup.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model has no GUI and does no file I/O (house style, rule 1): no source file under model/src/main/java may use
 * AWT, Swing, JFreeChart, picocli, Jackson, SnakeYAML, java.io.File* or java.nio.file, by import or by full name.
 */
class DependencyRuleTest {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(java\\.awt|javax\\.swing|org\\.jfree|picocli|com\\.fasterxml|org\\.yaml|java\\.nio\\.file)\\b"
                    + "|\\bjava\\.io\\.File\\w*");
    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
    private static final Pattern STRINGS = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");

    /** Forbidden references in one source text, ignoring comments and string literals, as "line: text". */
    static List<String> violations(String source) {
        String code = STRINGS.matcher(source).replaceAll("\"\"");
        StringBuilder kept = new StringBuilder();
        Matcher m = COMMENTS.matcher(code);
        int last = 0;
        while (m.find()) {
            kept.append(code, last, m.start());
            // keep line breaks so that line numbers stay right
            kept.append(m.group().replaceAll("[^\\n]", " "));
            last = m.end();
        }
        kept.append(code.substring(last));
        List<String> out = new ArrayList<>();
        String[] lines = kept.toString().split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            Matcher f = FORBIDDEN.matcher(lines[k]);
            if (f.find()) {
                out.add((k + 1) + ": " + lines[k].trim());
            }
        }
        return out;
    }

    @Test
    void theCheckRecognisesImportsAndFullNamesButNotComments() {
        assertEquals(
                1,
                violations("package a;\nimport java.nio.file.Files;\nclass A {}")
                        .size());
        assertEquals(1, violations("import static java.awt.Color.RED;").size());
        assertEquals(1, violations("class A { java.io.FileReader r; }").size());
        assertEquals(1, violations("import javax.swing.*;").size());
        assertEquals(1, violations("import org.jfree.chart.JFreeChart;").size());
        assertEquals(1, violations("import picocli.CommandLine;").size());
        assertEquals(
                1,
                violations("import com.fasterxml.jackson.databind.ObjectMapper;")
                        .size());
        assertEquals(1, violations("import org.yaml.snakeyaml.Yaml;").size());
        assertEquals(List.of("3: import java.io.File;"), violations("/* java.awt\n */\nimport java.io.File;"));
        assertEquals(
                0,
                violations("// see java.nio.file.Files\nimport java.io.IOException;\nString s = \"java.awt\";")
                        .size());
        assertEquals(
                0,
                violations("import java.io.UncheckedIOException; import java.util.List;")
                        .size());
    }

    @Test
    void modelSourcesUseNoGuiAndNoFileIo() throws IOException {
        Path main = Path.of("src", "main", "java");
        assertTrue(
                Files.isDirectory(main.resolve("org/callup/model")),
                "run from the model module: " + main.toAbsolutePath());
        List<String> problems = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(main)) {
            for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".java"))::iterator) {
                files++;
                for (String v : violations(Files.readString(p))) {
                    problems.add(main.relativize(p) + ":" + v);
                }
            }
        }
        assertTrue(files > 20, "only " + files + " source files found");
        assertTrue(
                problems.isEmpty(), "the model must not use GUI or file I/O classes:\n" + String.join("\n", problems));
    }
}
