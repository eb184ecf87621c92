package org.callup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code callup calibrate --screen}, {@code --leave-out} and {@code --leave-one-group-out} on the smoke scenario. */
class CalibrateScreeningAndOutOfSampleTest {
    @TempDir
    Path dir;

    private static List<String> smoke(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of(
                "calibrate",
                "smoke",
                "--targets",
                ElevenTargets.path(),
                "--param",
                "protest.policePer1000Residents=0.05:2:log",
                "--param",
                "decisions.returnBoostAfterEnd=1:20",
                "--replications",
                "1",
                "--budget",
                "6",
                "--identifiability-points",
                "0",
                "--no-chart",
                "--out",
                out.toString()));
        a.addAll(List.of(more));
        return a;
    }

    @Test
    void screeningWritesItsTablesAndFlagsTheParameterThatDoesNothing() throws Exception {
        Path out = dir.resolve("screen");
        Cli.Result r = Cli.run(smoke(out, "--screen", "--screen-samples", "6").toArray(String[]::new));
        assertEquals(0, r.code(), r.toString());
        assertTrue(Files.isRegularFile(out.resolve("screening.csv")));
        List<String> summary = Files.readAllLines(out.resolve("screening-summary.csv"));
        assertTrue(
                summary.get(2).startsWith("decisions.returnBoostAfterEnd,")
                        && summary.get(2).endsWith("true"),
                summary.toString());
        assertTrue(r.out().contains("unidentified: below 0.050 on every target"), r.out());
        assertFalse(Files.exists(out.resolve("fit.csv")), "a screening fits nothing");

        Cli.Result bad = Cli.run(
                smoke(dir.resolve("x"), "--screen", "--screen-samples", "1").toArray(String[]::new));
        assertEquals(2, bad.code(), bad.toString());
        assertTrue(bad.err().contains("--screen-samples must be between 2 and"), bad.err());
    }

    @Test
    void aFitWithoutOneGroupReportsHowItDoesOnIt() throws Exception {
        Path out = dir.resolve("no-protest");
        Cli.Result r = Cli.run(smoke(out, "--leave-out", "protest").toArray(String[]::new));
        assertTrue(r.code() <= 1, r.toString());
        List<String> csv = Files.readAllLines(out.resolve("out-of-sample.csv"));
        assertEquals(2, csv.size());
        assertTrue(csv.get(1).startsWith("protest,2,"), csv.get(1));
        assertTrue(r.out().contains("Out of sample (group protest, not fitted)"), r.out());

        Cli.Result bad =
                Cli.run(smoke(dir.resolve("y"), "--leave-out", "protests").toArray(String[]::new));
        assertEquals(2, bad.code(), bad.toString());
        assertTrue(bad.err().contains("no counted target is in group 'protests'"), bad.err());
    }

    @Test
    void theOutOfSampleCheckFitsOncePerGroupAndContinuesWhenRunAgain() throws Exception {
        Path out = dir.resolve("logo");
        String[] args = smoke(out, "--leave-one-group-out", "-q").toArray(String[]::new);
        assertEquals(0, Cli.run(args).code());
        for (String g : List.of("borders", "protest", "attacks")) {
            assertTrue(Files.isRegularFile(out.resolve("leave-out-" + g).resolve("fit.csv")), g);
        }
        List<String> csv = Files.readAllLines(out.resolve("out-of-sample.csv"));
        assertEquals(
                List.of("group", "borders", "protest", "attacks"),
                csv.stream().map(l -> l.split(",")[0]).toList());
        assertTrue(Files.readString(out.resolve("out-of-sample.md")).contains("| protest | 2 |"));
        Cli.Result again = Cli.run(args);
        assertEquals(0, again.code(), again.toString());
        assertEquals(csv, Files.readAllLines(out.resolve("out-of-sample.csv")), "the same fits, replayed");
    }
}
