package org.callup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.results.BadInputException;
import org.callup.scenarios.OutputSpec;
import org.callup.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a hostile or unlucky user can give callup: every case is refused at once with one line naming the file, the
 * YAML path and what was expected, exit code 2, and nothing written.
 */
class HostileInputCliTest {
    @TempDir
    Path dir;

    private Cli.Result badInput(String... args) {
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run(args));
        assertEquals(2, r.code(), r.toString());
        assertEquals(1, r.err().strip().lines().count(), "one line:\n" + r);
        assertFalse(r.err().contains("internal error") || r.err().contains("\tat "), r.toString());
        return r;
    }

    private List<String> everythingUnder(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            return s.map(p::relativize).map(Path::toString).sorted().toList();
        }
    }

    private Path fifo(String name) throws Exception {
        Path f = dir.resolve(name);
        assumeTrue(new ProcessBuilder("mkfifo", f.toString()).start().waitFor() == 0, "mkfifo is not available");
        return f;
    }

    @Test
    void aNameThatIsAPathIsRefusedBeforeCalibrateWritesAnything() throws IOException {
        Path inner = Files.createDirectories(dir.resolve("a/b/c"));
        Path s = Files.writeString(inner.resolve("s.yaml"), "extends: smoke\nname: \"../../../ESCAPED\"\n");
        Cli.Result r = badInput(
                "calibrate",
                s.toString(),
                "--param",
                "decisions.ascFlee=-8:0",
                "--budget",
                "2",
                "--out",
                inner.resolve("out").toString());
        assertTrue(r.err().contains(s + ":2:7: name: the name may contain only"), r.toString());
        assertEquals(List.of("", "a", "a/b", "a/b/c", "a/b/c/s.yaml"), everythingUnder(dir));
    }

    @Test
    void anEmptyNameIsRefusedByRunAsByValidate() throws IOException {
        Path s = Files.writeString(dir.resolve("s.yaml"), "extends: smoke\nname: \"\"\n");
        Cli.Result r = badInput("run", s.toString(), "--out", dir.resolve("out").toString());
        assertTrue(r.err().contains("name: a scenario needs a name"), r.toString());
        assertEquals(2, Cli.run("scenarios", "validate", s.toString()).code());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void anAbsurdEndDateIsRefusedAtOnce() {
        Cli.Result r = badInput(
                "run",
                "smoke",
                "--end",
                "9999-12-31",
                "--out",
                dir.resolve("out").toString());
        assertTrue(r.err().contains("--end: the date 9999-12-31 is outside the years 1900 to 2100"), r.toString());
        r = badInput(
                "run",
                "smoke",
                "--end",
                "2040-01-01",
                "--out",
                dir.resolve("out").toString());
        assertTrue(r.err().contains("at most 10 years"), r.toString());
    }

    @Test
    void aRunTooLargeForTheHeapIsRefusedWithTheAdviceThatFits() throws Exception {
        Scenario s = ScenarioLibrary.shipped().load("smoke").scenario();
        BadInputException citizens = org.junit.jupiter.api.Assertions.assertThrows(
                BadInputException.class,
                () -> new MemoryEstimate(ParamPaths.set(s, "population.scale", 1), OutputSpec.ALL)
                        .check(200L << 20, ParamPaths.set(s, "population.scale", 1)));
        assertTrue(citizens.getMessage().contains("use a larger --scale"), citizens.getMessage());
        Scenario longRun = ParamPaths.set(s, "endDate", s.startDate().plusYears(9));
        BadInputException days = org.junit.jupiter.api.Assertions.assertThrows(
                BadInputException.class, () -> new MemoryEstimate(longRun, OutputSpec.ALL).check(70L << 20, longRun));
        assertTrue(days.getMessage().contains("simulate fewer days"), days.getMessage());
        new MemoryEstimate(s, OutputSpec.ALL).check(Runtime.getRuntime().maxMemory(), s);
    }

    @Test
    void runsAtOnceOfASweepOrCalibrationAreEstimatedTogether() throws Exception {
        Scenario s = ParamPaths.set(ScenarioLibrary.shipped().load("smoke").scenario(), "population.scale", 10);
        MemoryEstimate one = new MemoryEstimate(s, OutputSpec.ALL);
        long heap = one.total() + (one.total() - MemoryEstimate.BASE_BYTES) / 2;
        one.check(heap, s, 1);
        BadInputException four =
                org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class, () -> one.check(heap, s, 4));
        assertTrue(four.getMessage().startsWith("4 runs at once of "), four.getMessage());
        assertTrue(four.getMessage().contains("use fewer --threads"), four.getMessage());
        assertEquals(MemoryEstimate.BASE_BYTES + 4 * (one.total() - MemoryEstimate.BASE_BYTES), one.total(4));
    }

    @Test
    void specialFilesAreRefusedByEveryCommandThatReadsAFile() throws Exception {
        Path f = fifo("f.yaml");
        Path csv = fifo("t.csv");
        Path out = dir.resolve("out");
        Cli.Result v =
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Cli.run("scenarios", "validate", f.toString()));
        assertEquals(2, v.code(), v.toString());
        assertTrue(v.err().contains("is not a regular file"), v.toString());
        assertTrue(badInput("run", f.toString(), "--out", out.toString()).err().contains("is not a regular file"));
        assertTrue(
                badInput("sweep", f.toString(), "--out", out.toString()).err().contains("is not a regular file"));
        assertTrue(badInput("calibrate", "--config", f.toString(), "--out", out.toString())
                .err()
                .contains("is not a regular file"));
        assertTrue(badInput(
                        "calibrate",
                        "smoke",
                        "--param",
                        "decisions.ascFlee=-8:0",
                        "--targets",
                        csv.toString(),
                        "--out",
                        out.toString())
                .err()
                .contains("is not a regular file"));
        assertFalse(Files.exists(out));
    }

    @Test
    void escapeCodesInAFileArePrintedEscaped() throws IOException {
        Path s = Files.writeString(
                dir.resolve("s.yaml"), "extends: smoke\nname: \"\\e[2J\\e[31mred\"\n" + "\"\\e]0;title\\a\": 1\n");
        Cli.Result v = Cli.run("scenarios", "validate", s.toString());
        assertEquals(2, v.code(), v.toString());
        assertFalse(v.err().contains("\u001b") || v.err().contains("\u0007"), v.toString());
        assertTrue(v.err().contains("\\e]0;title\\x07"), v.toString());
        Cli.Result r = Cli.run("run", s.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code(), r.toString());
        assertFalse(r.err().contains("\u001b"), r.toString());
    }

    @Test
    void aNumberPastJavasLimitsIsNotDescribedInJavasTerms() {
        Cli.Result r = badInput(
                "run",
                "smoke",
                "--threads",
                "99999999999",
                "--out",
                dir.resolve("out").toString());
        assertFalse(r.err().contains("int") || r.err().contains("2147483647"), r.toString());
        assertTrue(
                r.err().contains("--threads: expected a whole number between 1 and 256, got '99999999999'"),
                r.toString());
    }

    @Test
    void anOutputSelectionThatKeepsNothingIsRefused() throws IOException {
        Path s = Files.writeString(
                dir.resolve("s.yaml"),
                "extends: smoke\noutput:\n  metrics: [queue_wait_hours]\n" + "  scopes: [\"region:moscow_city\"]\n");
        Cli.Result r = badInput("run", s.toString(), "--out", dir.resolve("out").toString());
        assertTrue(r.err().contains(s + ":3:3: output: the output keeps nothing"), r.toString());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aCorruptManifestIsNamedInPlainWords() throws IOException {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("manifest.json"), "{\"scenario\": [oops");
        Cli.Result r = badInput("validate", run.toString());
        assertTrue(
                r.err().contains(run.resolve("manifest.json") + ": the file is corrupt (not valid JSON at line 1"),
                r.toString());
        assertFalse(r.err().contains("REDACTED") || r.err().contains("StreamReadFeature"), r.toString());
    }

    @Test
    void aSymlinkedOutIsRefusedNotReplaced() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        Cli.Result r = badInput("run", "smoke", "--out", link.toString(), "--overwrite");
        assertTrue(r.err().contains("is a symbolic link"), r.toString());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(
                List.of(),
                everythingUnder(real).stream().filter(p -> !p.isEmpty()).toList());
    }

    @Test
    void aFullDiskIsSaidInOneLineWithTheFile() {
        assertEquals(
                "could not write /x/daily.csv: No space left on device",
                ErrorReporter.describe(
                        new java.nio.file.FileSystemException("/x/daily.csv", null, "No space left on device")));
        assertTrue(ErrorReporter.describe(new IOException("No space left on device"))
                .startsWith("could not write the output: No space left on device"));
    }
}
