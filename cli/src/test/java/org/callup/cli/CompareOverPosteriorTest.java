package org.callup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.TDistribution;
import org.callup.experiments.calibration.abc.Posterior;
import org.callup.experiments.compare.Comparison;
import org.callup.experiments.compare.DifferencesCsv;
import org.callup.experiments.compare.PosteriorDraws;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code callup compare --posterior}: every scenario runs the same parameter draws on the same seeds, and the
 * interval of each difference is taken over those (draw, seed) pairs.
 */
class CompareOverPosteriorTest {
    private static final int DRAWS = 4;

    @TempDir
    static Path dir;

    static Path post;
    static Path closed;
    static Path out;
    static Cli.Result result;

    @BeforeAll
    static void compareOverASmallPosterior() throws Exception {
        post = dir.resolve("post");
        Files.createDirectories(post);
        new Posterior(
                        List.of("borders.visaHoldersShare", "protest.policePer1000Residents"),
                        List.of(new double[] {0.05, 0.004}, new double[] {0.2, 0.01}, new double[] {0.35, 0.05}),
                        new double[] {0.3, 0.4, 0.3},
                        new double[] {1, 2, 3})
                .write(post.resolve(Posterior.FILE));
        closed = dir.resolve("smoke-closed.yaml");
        Files.writeString(
                closed,
                "extends: smoke\nname: smoke-closed\ntimeline:\n"
                        + "  - {id: close_all, date: 2022-09-22, type: closePosts}\n");
        out = dir.resolve("cmp");
        result = Cli.run(
                "compare",
                "smoke",
                closed.toString(),
                "--posterior",
                post.toString(),
                "--draws",
                Integer.toString(DRAWS),
                "--seed",
                "5",
                "--metrics",
                "emigrants@run,mobilized@callup",
                "--out",
                out.toString(),
                "--threads",
                "1");
    }

    @Test
    void writesTheDrawsAndNamesThePosteriorByItsHash() throws Exception {
        assertEquals(0, result.code(), result.toString());
        assertTrue(result.out().contains("over 4 posterior draws"), result.out());
        List<String> draws = Files.readAllLines(out.resolve(PosteriorDraws.FILE));
        assertEquals(DRAWS + 1, draws.size(), draws.toString());
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(
                manifest.contains("\"sha256\" : \"" + Posterior.sha256(post.resolve(Posterior.FILE)) + "\""), manifest);
        assertTrue(manifest.contains("\"drawnParticles\""), manifest);
        assertTrue(manifest.contains("\"intervalCovers\" : \"" + Comparison.COVERS_POSTERIOR + "\""), manifest);
    }

    @Test
    void everyScenarioRanTheSameDrawsOnTheSameSeeds() throws Exception {
        List<String> seeds = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve(PosteriorDraws.FILE)).subList(1, DRAWS + 1)) {
            seeds.add(line.split(",")[2]);
        }
        for (String s : List.of("smoke", "smoke-closed")) {
            String m = Files.readString(out.resolve("runs/" + s + "/manifest.json"));
            assertTrue(m.replaceAll("\\s", "").contains("\"replicationSeeds\":[" + String.join(",", seeds) + "]"), m);
            assertTrue(m.contains(Posterior.sha256(post.resolve(Posterior.FILE))), m);
        }
    }

    @Test
    void theIntervalIsTakenOverTheDrawsAndTheirSeeds() throws Exception {
        double[] b = totals(out.resolve("runs/smoke/daily.csv"), "emigrants");
        double[] a = totals(out.resolve("runs/smoke-closed/daily.csv"), "emigrants");
        assertEquals(DRAWS, b.length);
        double[] d = new double[DRAWS];
        double mean = 0;
        for (int i = 0; i < DRAWS; i++) {
            d[i] = a[i] - b[i];
            mean += d[i] / DRAWS;
        }
        double ss = 0;
        for (double x : d) {
            ss += (x - mean) * (x - mean);
        }
        double half = new TDistribution(DRAWS - 1).inverseCumulativeProbability(0.975)
                * Math.sqrt(ss / (DRAWS - 1))
                / Math.sqrt(DRAWS);
        NamedCsvRecord row = null;
        for (NamedCsvRecord r : records(out.resolve("differences.csv"))) {
            assertEquals(Comparison.COVERS_POSTERIOR, r.getField(DifferencesCsv.COVERS_COLUMN));
            if (r.getField("metric").equals("emigrants") && r.getField("scope").equals("all")) {
                row = r;
            }
        }
        assertTrue(row != null);
        assertEquals(Integer.toString(DRAWS), row.getField("n"));
        double tol = 1e-6 * Math.max(1, Math.abs(mean) + half);
        assertEquals(mean, Double.parseDouble(row.getField("difference")), tol);
        assertEquals(mean - half, Double.parseDouble(row.getField("ci_low")), tol);
        assertEquals(mean + half, Double.parseDouble(row.getField("ci_high")), tol);
    }

    @Test
    void theReportSaysWhatTheIntervalsHold() throws Exception {
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("uncertainty of the calibrated parameters"), "caveat");
        assertTrue(html.contains(Posterior.sha256(post.resolve(Posterior.FILE))), "posterior fact");
    }

    @Test
    void aBadPosteriorFolderExitsTwoWithOneMessage() throws Exception {
        Path bad = dir.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve(Posterior.FILE), "particle,weight,distance\n1,1,0\n");
        for (Path folder : List.of(dir.resolve("no-such-folder"), bad)) {
            Path target = dir.resolve("never");
            Cli.Result r = Cli.run(
                    "compare",
                    "smoke",
                    closed.toString(),
                    "--posterior",
                    folder.toString(),
                    "--out",
                    target.toString());
            assertEquals(2, r.code(), r.toString());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains(folder.toString()), r.err());
            assertTrue(r.err().contains(folder == bad ? "expected the columns" : "no such folder"), r.err());
            assertEquals("", r.out());
            assertFalse(Files.exists(target));
        }
        Cli.Result both =
                Cli.run("compare", "smoke", closed.toString(), "--posterior", post.toString(), "--replications", "3");
        assertEquals(2, both.code(), both.toString());
        assertTrue(both.err().contains("give --draws, not --replications"), both.err());
    }

    private static double[] totals(Path daily, String metric) throws Exception {
        Map<Integer, Double> sums = new TreeMap<>();
        for (NamedCsvRecord r : records(daily)) {
            if (r.getField("metric").equals(metric) && r.getField("scope").equals("all")) {
                sums.merge(
                        Integer.parseInt(r.getField("replication")),
                        Double.parseDouble(r.getField("value")),
                        Double::sum);
            }
        }
        return sums.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static List<NamedCsvRecord> records(Path file) throws Exception {
        List<NamedCsvRecord> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            csv.forEach(rows::add);
        }
        return rows;
    }
}
