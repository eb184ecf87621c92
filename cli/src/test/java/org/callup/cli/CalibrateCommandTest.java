package org.callup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** callup calibrate as a user meets it: a small real calibration, its files, and every kind of bad input. */
class CalibrateCommandTest {
    @TempDir
    Path dir;

    /** A calibration of the smoke scenario that takes a few seconds. */
    static String[] small(Path out, int budget, int points, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "calibrate",
                "smoke",
                "--targets",
                ElevenTargets.path(),
                "--param",
                "protest.policePer1000Residents=0.05:2:log",
                "--param",
                "borders.visaHoldersShare=0.02:0.4",
                "--replications",
                "2",
                "--budget",
                Integer.toString(budget),
                "--identifiability-points",
                Integer.toString(points),
                "--threads",
                "2",
                "--out",
                out.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void writesTheCalibrationFolderAndPrintsTheFitAndIdentifiability() throws IOException {
        Path out = dir.resolve("cal");
        Cli.Result r = Cli.run(small(out, 14, 3));
        assertTrue(r.code() == 0 || r.code() == 1, r.toString());
        for (String f : List.of(
                "smoke-calibrated.yaml",
                "fit.csv",
                "fit.png",
                "fit.svg",
                "trace.csv",
                "journal.csv",
                "targets.csv",
                "identifiability.csv",
                "identifiability-summary.csv",
                "setup.txt")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f + "\n" + r);
        }
        assertTrue(
                r.out().contains("Calibrating smoke: 2 free parameters, 6 targets, budget 14 candidates of 2 runs"),
                r.out());
        assertTrue(r.out().contains("arrests_day_one"), r.out());
        assertTrue(r.out().contains("Identifiability"), r.out());
        assertTrue(r.out().contains("Next: callup run"), r.out());
        assertTrue(
                r.out()
                        .contains("\nObjective (the loss + 0.001 x centring, which the search minimises and the "
                                + "progress line shows): "),
                "the progress line's quantity is named in the report: " + r.out());
        assertEquals(r.code() == 0, !r.out().contains(" NO "), "exit 0 exactly when every target is inside");
        Path run = dir.resolve("run");
        assertEquals(
                0,
                Cli.run(
                                "run",
                                out.resolve("smoke-calibrated.yaml").toString(),
                                "--no-charts",
                                "-q",
                                "--out",
                                run.toString())
                        .code(),
                "the calibrated scenario runs");
        Cli.Result v = Cli.run(
                "validate",
                run.toString(),
                "--targets",
                out.resolve("targets.csv").toString());
        assertTrue(v.out().contains("of 6 applicable targets inside their range; table"), v.toString());
    }

    @Test
    void aFinishedCalibrationIsNotReplacedWithoutOverwrite() throws IOException {
        Path out = dir.resolve("cal");
        Cli.run(small(out, 1, 0, "--no-chart"));
        String fit = Files.readString(out.resolve("fit.csv"));
        // The same command again, as with callup sweep: complete, nothing to do, where the results are; exit 0.
        Cli.Result same = Cli.run(small(out, 1, 0));
        assertEquals(0, same.code(), same.toString());
        assertTrue(
                same.out().contains(out + " is complete") && same.out().contains("smoke-calibrated.yaml"),
                same.toString());
        assertEquals(fit, Files.readString(out.resolve("fit.csv")), "nothing was recomputed");
        // Another setup or budget: refused, with the reason and the way on.
        assertBadInput(
                out + " holds a finished calibration with another setup (was 'runs: scale",
                small(out, 1, 0, "--seed", "5"));
        assertBadInput(
                "holds a finished calibration of this setup with other settings (was 'budget: 1', now "
                        + "'budget: 3'; with --overwrite, its evaluations are reused); add --overwrite",
                small(out, 3, 0));
        Cli.Result again = Cli.run(small(out, 3, 0, "--overwrite", "-q"));
        assertTrue(again.code() == 0 || again.code() == 1, again.toString());
    }

    @Test
    void aFolderThatIsNotACalibrationIsRefusedWithoutSuggestingOverwrite() throws IOException {
        Path other = Files.createDirectories(dir.resolve("c"));
        Files.writeString(other.resolve("x.txt"), "hi");
        for (String[] args : List.of(small(other, 1, 0), small(other, 1, 0, "--overwrite"))) {
            Cli.Result r = Cli.run(args);
            assertEquals(2, r.code(), r.toString());
            assertTrue(r.err().contains(other + " exists and is not a calibration folder"), r.toString());
            assertTrue(r.err().contains("choose another --out, or move that folder away first"), r.toString());
            assertEquals(
                    List.of(args).contains("--overwrite"), r.err().contains("--overwrite replaces only"), r.toString());
        }
        assertEquals("hi", Files.readString(other.resolve("x.txt")));
    }

    @Test
    void aMisspeltParameterPathGetsTheClosestOne() {
        assertBadInput(
                "decisions.ascFle: no such parameter; did you mean 'decisions.ascFlee'?",
                "calibrate",
                "smoke",
                "--param",
                "decisions.ascFle=-8:0",
                "--out",
                dir.resolve("c").toString());
    }

    @Test
    void boundsOutsideTheParametersRangeAreRefused() {
        assertBadInput(
                "decisions.considerRatePerDay: bounds [0, 2] go outside its valid range [0, 1]",
                "calibrate",
                "smoke",
                "--param",
                "decisions.considerRatePerDay=0:2",
                "--out",
                dir.resolve("c").toString());
    }

    @Test
    void aMissingTargetsFileIsNamed() {
        Path none = dir.resolve("none.csv");
        assertBadInput(
                none + ": targets file not found",
                "calibrate",
                "smoke",
                "--param",
                "decisions.ascFlee=-8:0",
                "--targets",
                none.toString(),
                "--out",
                dir.resolve("c").toString());
    }

    @Test
    void aBadCalibrationFileListsItsProblemsWithLineAndKey() throws IOException {
        Path file = Files.writeString(dir.resolve("setup.yaml"), """
                scenario: smoke
                budgit: 10
                parameters:
                  decisions.ascFlee: {min: -8, max: zero}
                """);
        Cli.Result r = Cli.run(
                "calibrate",
                "--config",
                file.toString(),
                "--out",
                dir.resolve("c").toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains(file + ":2:1: budgit: unknown key; did you mean 'budget'?"), r.err());
        assertTrue(
                r.err().contains(file + ":4:37: parameters.decisions.ascFlee.max: expected a number, got text 'zero'"),
                r.err());
        assertNothingWritten();
    }

    @Test
    void aMissingCalibrationFileIsNamed() {
        Path none = dir.resolve("none.yaml");
        assertBadInput(none + ": calibration file not found", "calibrate", "--config", none.toString());
    }

    @Test
    void withoutFreeParametersTheShippedCalibrationsAreNamed() {
        assertBadInput(
                "no free parameters: give --param PATH=MIN:MAX (repeatable) or --config FILE; shipped "
                        + "calibrations exist for partial-mobilization-2022",
                "calibrate",
                "smoke",
                "--out",
                dir.resolve("c").toString());
    }

    @Test
    void malformedOptionsAreExplained() {
        assertBadInput(
                "--param decisions.ascFlee: expected PATH=MIN:MAX or PATH=MIN:MAX:log",
                "calibrate",
                "smoke",
                "--param",
                "decisions.ascFlee",
                "--out",
                dir.resolve("c").toString());
        assertBadInput(
                "--start decisions.ascFle: not a free parameter of this calibration; did you mean "
                        + "'decisions.ascFlee'?",
                "calibrate",
                "smoke",
                "--param",
                "decisions.ascFlee=-8:0",
                "--start",
                "decisions.ascFle=-3",
                "--out",
                dir.resolve("c").toString());
        assertBadInput(
                "--budget: expected a whole number between 1 and 1000000, got '0'",
                "calibrate",
                "smoke",
                "--param",
                "decisions.ascFlee=-8:0",
                "--budget",
                "0",
                "--out",
                dir.resolve("c").toString());
        assertBadInput(
                "no library scenario named 'smok'",
                "calibrate",
                "smok",
                "--param",
                "decisions.ascFlee=-8:0",
                "--out",
                dir.resolve("c").toString());
    }

    private void assertBadInput(String expected, String... args) {
        Cli.Result r = Cli.run(args);
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains(expected), r.toString());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertEquals("", r.out());
        assertNothingWritten();
    }

    private void assertNothingWritten() {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> left = s.map(p -> p.getFileName().toString())
                    .filter(n -> n.equals("c") || n.startsWith(".c") && !n.equals(".cal.calibrating"))
                    .toList();
            assertEquals(List.of(), left, "bad input leaves no output");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
