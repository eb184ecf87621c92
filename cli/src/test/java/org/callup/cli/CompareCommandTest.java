package org.callup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.callup.experiments.compare.DifferencesCsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code callup compare} from the outside: the folder it writes, and bad input refused before anything runs. */
class CompareCommandTest {
    @TempDir
    static Path dir;

    static Path closed;
    static Path out;
    static Cli.Result result;

    @BeforeAll
    static void compareTheSmokeScenarioWithItsExitsClosed() throws Exception {
        closed = dir.resolve("smoke-closed.yaml");
        Files.writeString(
                closed,
                String.join(
                        "\n",
                        "extends: smoke",
                        "name: smoke-closed",
                        "timeline:",
                        "  - {id: close_all, date: 2022-09-22, type: closePosts}",
                        ""));
        out = dir.resolve("cmp");
        result = Cli.run(
                "compare",
                "smoke",
                closed.toString(),
                "--replications",
                "4",
                "--seed",
                "5",
                "--out",
                out.toString(),
                "--threads",
                "1");
    }

    @Test
    void writesTheFolderWithItsFilesAndColumns() throws Exception {
        assertEquals(0, result.code(), result.toString());
        for (String f : List.of(
                "manifest.json",
                "differences.csv",
                "differences-daily.csv",
                "charts/difference.png",
                "charts/difference.svg",
                "charts/headlines.png",
                "charts/headlines.svg",
                "runs/smoke/daily.csv",
                "runs/smoke/daily-mean.csv",
                "runs/smoke-closed/daily.csv",
                "runs/smoke-closed/scenario.yaml")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        List<String> lines = Files.readAllLines(out.resolve("differences.csv"));
        assertEquals(String.join(",", DifferencesCsv.HEADER), lines.get(0));
        assertEquals(7, lines.size(), "six default headlines: " + lines);
        assertEquals(
                String.join(",", DifferencesCsv.DAILY_HEADER),
                Files.readAllLines(out.resolve("differences-daily.csv")).get(0));
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"format\" : \"callup-compare/1\""), manifest);
        assertTrue(manifest.contains("\"sha256\""), manifest);
        assertTrue(manifest.contains("\"replicationSeeds\""), manifest);
        assertTrue(manifest.contains("callup compare smoke"), manifest);
        assertTrue(result.out().contains("Paired differences from smoke"), result.out());
        assertTrue(result.out().contains("Wrote "), result.out());
    }

    @Test
    void bothScenariosRanOnTheSameSeeds() throws Exception {
        String a = Files.readString(out.resolve("runs/smoke/manifest.json"));
        String b = Files.readString(out.resolve("runs/smoke-closed/manifest.json"));
        assertEquals(seeds(a), seeds(b));
    }

    private static String seeds(String manifest) {
        int i = manifest.indexOf("\"replicationSeeds\"");
        return manifest.substring(i, manifest.indexOf(']', i));
    }

    @Test
    void pairingShrinksTheIntervalOfMobilizedOrEmigrants() throws Exception {
        double best = 0;
        for (String line : Files.readAllLines(out.resolve("differences.csv"))) {
            String[] f = line.split(",", -1);
            if (f[3].equals("mobilized") || f[3].equals("emigrants")) {
                int col = DifferencesCsv.HEADER.indexOf("variance_reduction");
                if (!f[col].equals("NA")) {
                    best = Math.max(best, Double.parseDouble(f[col]));
                }
            }
        }
        assertTrue(best > 1, "variance reduction from pairing: " + best);
    }

    @Test
    void badInputExitsTwoWithNothingWritten() throws Exception {
        Path target = dir.resolve("never");
        assertBad(Cli.run("compare", "smoke", "smok", "--out", target.toString()), "did you mean 'smoke'");
        assertBad(
                Cli.run(
                        "compare",
                        "smoke",
                        closed.toString(),
                        "--windows",
                        "early=2022-09-25..2022-09-20",
                        "--out",
                        target.toString()),
                "before it starts");
        assertBad(
                Cli.run(
                        "compare",
                        "smoke",
                        closed.toString(),
                        "--windows",
                        "late=2023-01-01..2023-01-02",
                        "--out",
                        target.toString()),
                "not within the run");
        assertBad(
                Cli.run("compare", "smoke", closed.toString(), "--metrics", "mobilised", "--out", target.toString()),
                "did you mean 'mobilized'");
        assertBad(
                Cli.run(
                        "compare",
                        "smoke",
                        closed.toString(),
                        "--metrics",
                        "mobilized@callp",
                        "--out",
                        target.toString()),
                "did you mean 'callup'");
        assertBad(
                Cli.run("compare", "smoke", closed.toString(), "--scopes", "region:moskow", "--out", target.toString()),
                "unknown scope 'region:moskow'");
        assertBad(
                Cli.run(
                        "compare",
                        "smoke",
                        closed.toString(),
                        "--posterior",
                        dir.toString(),
                        "--draws",
                        "10",
                        "--out",
                        target.toString()),
                "no posterior.csv; give the folder of a finished 'callup calibrate --method abc'");
        assertBad(
                Cli.run("compare", "smoke", closed.toString(), "--draws", "10", "--out", target.toString()),
                "--draws needs --posterior");
        assertFalse(Files.exists(target));
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains("never")), "no partial folder left");
        }
    }

    @Test
    void aCompareFileIsReadStrictly() throws Exception {
        Path file = dir.resolve("bad-compare.yaml");
        Files.writeString(file, "windows: [callup]\nmetrix: [mobilized]\n");
        Cli.Result r = Cli.run(
                "compare",
                "smoke",
                closed.toString(),
                "--compare-file",
                file.toString(),
                "--out",
                dir.resolve("never2").toString());
        assertBad(r, "did you mean 'metrics'");
        assertFalse(Files.exists(dir.resolve("never2")));
    }

    @Test
    void chartRedrawsTheChartsOfAComparisonFolder() throws Exception {
        Path charts = out.resolve("charts");
        for (String name : List.of("difference.png", "difference.svg", "headlines.png", "headlines.svg")) {
            Files.deleteIfExists(charts.resolve(name));
        }
        Cli.Result r = Cli.run("chart", out.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("Wrote 4 files to "), r.out());
        assertTrue(Files.size(charts.resolve("difference.png")) > 1000);
        assertTrue(Files.readString(charts.resolve("headlines.svg")).contains("Headline differences from smoke"));
    }

    @Test
    void noIntervalIsPrintedWithAMinusZero() {
        assertFalse(result.out().matches("(?s).*[\\[ ]-0[,\\] ].*"), result.out());
    }

    private static void assertBad(Cli.Result r, String message) {
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains(message), r.err());
        assertEquals("", r.out(), r.toString());
    }
}
