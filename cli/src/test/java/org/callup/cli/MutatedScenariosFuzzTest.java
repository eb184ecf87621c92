package org.callup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.callup.scenarios.ScenarioException;
import org.callup.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fixed-seed fuzzing of the scenario reader and of {@code callup run}, in-process through the picocli entry point:
 * a few hundred files made from the shipped scenarios by byte flips, deleted and duplicated lines, swapped value
 * types, huge numbers, control characters, anchors and tags, and deep nesting. Whatever the file, the reader
 * either loads it or reports problems, and the command exits 0, 1 or 2 with messages free of stack traces and
 * Java class names, writing nothing outside the output folder. A case that does not finish within {@link #HANG}
 * (far above what the slowest takes, even on a loaded machine) is taken to hang.
 */
class MutatedScenariosFuzzTest {
    private static final int CASES = 300;
    /** Of these, the mutants of the smoke scenario are also run (the others are validated): it runs in a blink. */
    private static final int RUNS = 24;
    /** Hang detection per case, not a speed test: a run of the smoke scenario takes a second or two. */
    private static final Duration HANG = Duration.ofSeconds(120);

    private static final Pattern JAVA_NAMES = Pattern.compile(
            "[a-z]+\\.[a-z]+\\.[A-Z]\\w*(Exception|Error)|\\b(java|javax|org|com|sun|jdk)\\.[a-z0-9]+\\.[a-z0-9.]*[A-Z]"
                    + "|\\w+Exception\\b|\\tat ");
    private static final String[] TYPE_SWAPS = {"[1, 2]", "{a: 1}", "true", "\"text\"", "null", "-1", "", "~"};
    private static final String[] HUGE = {
        "1e309",
        "99999999999999999999",
        "-9223372036854775809",
        "1e-300",
        ".nan",
        ".inf",
        "-.inf",
        "2147483648",
        "0x7fffffff",
        "1_000_000"
    };
    private static final String[] CONTROL = {
        "\u0000",
        "\u001b[31m",
        "\u202e",
        "\u0007",
        "\t",
        "\r",
        "\u0085",
        "\uFEFF",
        "\\",
        "\"",
        "'",
        "#",
        ": ",
        "- ",
        "&a ",
        "*a ",
        "!!java.net.URL ",
        "? ",
        "|",
        ">"
    };

    @TempDir
    Path dir;

    @Test
    void everyMutantLoadsOrFailsPolitelyAndWritesOnlyIntoItsOutputFolder() throws IOException {
        List<String> names = ScenarioLibrary.shipped().names();
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Set<String> workingDirBefore = listing(Path.of(""));
        SplittableRandom rnd = new SplittableRandom(20220921);
        int runs = 0;
        int[] codes = new int[3];
        long started = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            String name = i % 3 == 0 ? "smoke" : names.get(rnd.nextInt(names.size()));
            String text = mutate(shipped(name), rnd, 1 + rnd.nextInt(3));
            Path file = in.resolve("mutant-" + i + ".yaml");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            String[] args;
            if (name.equals("smoke") && runs < RUNS) {
                runs++;
                args = new String[] {
                    "run",
                    file.toString(),
                    "--out",
                    out.resolve("run-" + i).toString(),
                    "--no-charts",
                    "--quiet",
                    "--threads",
                    "1"
                };
            } else {
                args = new String[] {"scenarios", "validate", file.toString()};
            }
            Cli.Result r = assertTimeoutPreemptively(
                    HANG,
                    () -> {
                        readerOnlyFailsWithProblems(file, text);
                        return Cli.run(args);
                    },
                    () -> file.getFileName() + " hangs\n--- file ---\n" + text);
            assertPolite(r, text);
            codes[r.code()]++;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(
                codes[0] > 0 && codes[2] > 0,
                "the mutants should include valid and invalid files: ok " + codes[0] + ", bad input " + codes[2]);
        assertEquals(Set.of("in", "out"), listing(dir), "nothing beside the input and output folders");
        try (Stream<Path> s = Files.list(out)) {
            assertTrue(s.allMatch(p -> p.getFileName().toString().startsWith("run-")), "only run folders in out");
        }
        assertEquals(workingDirBefore, listing(Path.of("")), "nothing written in the working directory");
        System.out.printf("fuzzed %d files (%d runs) in %.1f s%n", CASES, runs, seconds);
    }

    private static void readerOnlyFailsWithProblems(Path file, String text) {
        try {
            ScenarioLibrary.shipped().loadFile(file);
        } catch (ScenarioException e) {
            assertFalse(e.problems().isEmpty());
        } catch (RuntimeException | StackOverflowError e) {
            fail("the reader escaped with " + e + "\n--- file ---\n" + text, e);
        }
    }

    private static void assertPolite(Cli.Result r, String text) {
        String context = r + "\n--- file ---\n" + text;
        assertTrue(r.code() >= 0 && r.code() <= 2, context);
        String printed = r.out() + r.err();
        assertFalse(printed.contains("internal error"), context);
        assertFalse(JAVA_NAMES.matcher(printed).find(), "a Java name in the output: " + context);
        assertFalse(printed.contains("\u001b") || printed.contains("\u0000"), "raw control characters: " + context);
    }

    private static Set<String> listing(Path p) throws IOException {
        try (Stream<Path> s = Files.list(p)) {
            return Set.copyOf(s.map(x -> x.getFileName().toString()).toList());
        }
    }

    private static String shipped(String name) throws IOException {
        try (InputStream in = MutatedScenariosFuzzTest.class.getResourceAsStream("/scenarios/" + name + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String mutate(String text, SplittableRandom rnd, int edits) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (int k = 0; k < edits; k++) {
            int i = rnd.nextInt(lines.size());
            String line = lines.get(i);
            switch (rnd.nextInt(8)) {
                case 0 -> lines.set(i, flipByte(line, rnd));
                case 1 -> lines.remove(i);
                case 2 -> lines.add(i, line);
                case 3 -> lines.set(i, replaceValue(line, TYPE_SWAPS[rnd.nextInt(TYPE_SWAPS.length)]));
                case 4 ->
                    lines.set(
                            i,
                            line.matches(".*\\d.*")
                                    ? line.replaceFirst("-?\\d[\\d.]*", HUGE[rnd.nextInt(HUGE.length)])
                                    : replaceValue(line, HUGE[rnd.nextInt(HUGE.length)]));
                case 5 -> {
                    int at = line.isEmpty() ? 0 : rnd.nextInt(line.length() + 1);
                    lines.set(i, line.substring(0, at) + CONTROL[rnd.nextInt(CONTROL.length)] + line.substring(at));
                }
                case 6 -> lines.add(i, deepNesting(rnd));
                default -> {
                    int j = rnd.nextInt(lines.size());
                    lines.set(i, lines.get(j));
                    lines.set(j, line);
                }
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        return String.join("\n", lines);
    }

    private static String flipByte(String line, SplittableRandom rnd) {
        if (line.isEmpty()) {
            return String.valueOf((char) rnd.nextInt(128));
        }
        int at = rnd.nextInt(line.length());
        char c = (char) (line.charAt(at) ^ (1 << rnd.nextInt(7)));
        return line.substring(0, at) + c + line.substring(at + 1);
    }

    private static String replaceValue(String line, String value) {
        int colon = line.indexOf(": ");
        return colon < 0 ? line + ": " + value : line.substring(0, colon + 2) + value;
    }

    private static String deepNesting(SplittableRandom rnd) {
        int depth = 20 + rnd.nextInt(200);
        if (rnd.nextBoolean()) {
            return "deep: " + "[".repeat(depth) + "]".repeat(depth);
        }
        StringBuilder b = new StringBuilder();
        for (int d = 0; d < depth; d++) {
            b.append("  ".repeat(d)).append("k").append(d).append(":\n");
        }
        return b.append("  ".repeat(depth)).append("v").toString();
    }
}
