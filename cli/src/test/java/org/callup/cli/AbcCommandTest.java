package org.callup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code callup calibrate --method abc} on the smoke scenario, then {@code callup run --posterior}. */
class AbcCommandTest {
    @TempDir
    Path dir;

    @Test
    void calibratesAPosteriorAndRunsDrawsFromIt() throws Exception {
        Path post = dir.resolve("post");
        Cli.Result r = Cli.run(
                "calibrate",
                "smoke",
                "--method",
                "abc",
                "--param",
                "protest.policePer1000Residents=0.05:2:log",
                "--param",
                "borders.visaHoldersShare=0.02:0.4",
                "--particles",
                "8",
                "--generations",
                "2",
                "--replications",
                "1",
                "--predictive-draws",
                "4",
                "--out",
                post.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Stopped: the generation limit (2)"), r.out());
        for (String f : new String[] {
            "posterior.csv",
            "generations.csv",
            "identifiability.csv",
            "posterior-predictive.csv",
            "manifest.json",
            "posterior-marginals.png",
            "posterior-marginals.svg",
            "posterior-pairs.png",
            "posterior-pairs.svg"
        }) {
            assertTrue(Files.isRegularFile(post.resolve(f)), f);
        }
        Cli.Result again = Cli.run(
                "calibrate",
                "smoke",
                "--method",
                "abc",
                "--param",
                "protest.policePer1000Residents=0.05:2:log",
                "--param",
                "borders.visaHoldersShare=0.02:0.4",
                "--particles",
                "8",
                "--generations",
                "2",
                "--replications",
                "1",
                "--predictive-draws",
                "4",
                "--out",
                post.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("is complete"), again.out());

        Path run = dir.resolve("run");
        Cli.Result drawn = Cli.run(
                "run", "smoke", "--posterior", post.toString(), "--draws", "3", "--no-charts", "--out", run.toString());
        assertEquals(0, drawn.code(), drawn.err());
        assertEquals(
                4, Files.readAllLines(run.resolve(PosteriorOption.DRAWS_FILE)).size());
        String manifest = Files.readString(run.resolve("manifest.json"));
        assertTrue(manifest.contains("posterior.csv sha256 "), manifest);
        assertTrue(Files.isRegularFile(run.resolve("daily-mean.csv")));
    }

    /**
     * {@code --posterior default} and {@code --posterior NAME} find the posterior shipped with the scenario library
     * (here a tiny one the tests ship for smoke), and say so when it was made on another version of its scenario.
     */
    @Test
    void resolvesTheShippedPosteriorOfTheScenario() throws Exception {
        Path run = dir.resolve("shipped");
        Cli.Result r = Cli.run(
                "run", "smoke", "--posterior", "default", "--draws", "3", "--no-charts", "--out", run.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("calibrated on an earlier version of that scenario"), r.toString());
        String manifest = Files.readString(run.resolve("manifest.json"));
        assertTrue(manifest.contains("shipped posterior of smoke (posterior.csv sha256 "), manifest);
        java.util.List<String> draws = Files.readAllLines(run.resolve(PosteriorOption.DRAWS_FILE));
        assertEquals(4, draws.size());
        for (String line : draws.subList(1, 4)) {
            String values = line.substring(line.indexOf(',', line.indexOf(',', line.indexOf(',') + 1) + 1) + 1);
            assertTrue(java.util.Set.of("0.02,0.15", "0.03,0.1", "0.015,0.2").contains(values), line);
        }
        Path byName = dir.resolve("by-name");
        Cli.Result n = Cli.run("run", "smoke", "--posterior", "smoke", "--draws", "3", "--out", byName.toString());
        assertEquals(0, n.code(), n.toString());
        // The charts say what their bands are: where one more draw falls, parameters and noise together.
        String wording = "95% predictive interval over 3 posterior draws (parameter uncertainty and run-to-run noise)";
        java.util.List<Path> svgs;
        try (java.util.stream.Stream<Path> s = Files.list(byName.resolve("charts"))) {
            svgs = s.filter(f -> f.toString().endsWith(".svg")).toList();
        }
        int named = 0;
        for (Path svg : svgs) {
            String text = Files.readString(svg);
            named += text.contains(wording) ? 1 : 0;
            assertFalse(text.contains("confidence interval of the mean"), svg.toString());
        }
        assertTrue(named >= 1, named + " of " + svgs + " name their bands");
        assertEquals(
                Files.readString(run.resolve(PosteriorOption.DRAWS_FILE)),
                Files.readString(byName.resolve(PosteriorOption.DRAWS_FILE)));

        // No-exemptions has none of its own, and none is shipped for the default scenario yet.
        Cli.Result none = Cli.run(
                "run",
                "no-exemptions",
                "--posterior",
                "default",
                "--out",
                dir.resolve("n").toString());
        assertEquals(2, none.code(), none.toString());
        assertTrue(
                none.err().contains("no posterior is shipped for no-exemptions or partial-mobilization-2022"),
                none.err());
        Cli.Result unknown = Cli.run(
                "run",
                "smoke",
                "--posterior",
                "nowhere",
                "--out",
                dir.resolve("u").toString());
        assertEquals(2, unknown.code(), unknown.toString());
        assertTrue(unknown.err().contains("no such folder"), unknown.err());
    }

    @Test
    void refusesAbcSettingsWithoutAbcAndDrawsWithoutAPosterior() {
        Cli.Result r =
                Cli.run("calibrate", "smoke", "--param", "borders.visaHoldersShare=0.02:0.4", "--particles", "8");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("settings of --method abc"), r.err());
        Cli.Result m = Cli.run("calibrate", "smoke", "--method", "smc", "--param", "borders.visaHoldersShare=0.02:0.4");
        assertEquals(2, m.code());
        assertTrue(m.err().contains("expected cmaes or abc"), m.err());
        Cli.Result d = Cli.run(
                "run", "smoke", "--draws", "3", "--out", dir.resolve("x").toString());
        assertEquals(2, d.code());
        assertTrue(d.err().contains("--draws needs --posterior"), d.err());
    }

    @Test
    void recoversTheScenariosOwnValuesFromSyntheticTargetsInOneCommand() throws Exception {
        Path out = dir.resolve("recovery");
        Cli.Result r = Cli.run(
                "calibrate",
                "smoke",
                "--method",
                "abc",
                "--param",
                "protest.hardshipBase=0.1:0.5",
                "--param",
                "borders.visaHoldersShare=0.02:0.4",
                "--particles",
                "8",
                "--generations",
                "2",
                "--predictive-draws",
                "0",
                "--recovery",
                "shipped",
                "--recovery-range",
                "0.25",
                "--no-chart",
                "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("true values inside the posterior's 90% interval"), r.out());
        java.util.List<String> rows = Files.readAllLines(out.resolve("recovery.csv"));
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).startsWith("parameter,scale,min,max,truth,p05,median,p95,inside_90,width_ratio"));
        assertTrue(Files.readString(out.resolve("setup.txt")).contains("synthetic at shipped (+-0.25"));
        assertTrue(Files.readString(out.resolve("targets.csv")).contains("synthetic"));
    }

    @Test
    void badRecoveryAndSeedSettingsAreOneClearMessage() {
        String[] base = {"calibrate", "smoke", "--method", "abc", "--param", "borders.visaHoldersShare=0.02:0.4"};
        Cli.Result missing =
                Cli.run(concat(base, "--recovery", dir.resolve("none.csv").toString()));
        assertEquals(2, missing.code(), missing.toString());
        assertTrue(missing.err().contains("expected shipped, a posterior.csv"), missing.err());
        Cli.Result range = Cli.run(concat(base, "--recovery-range", "0.2"));
        assertEquals(2, range.code(), range.toString());
        assertTrue(range.err().contains("give --recovery"), range.err());
        Cli.Result wide = Cli.run(concat(base, "--recovery", "shipped", "--recovery-range", "1.5"));
        assertEquals(2, wide.code(), wide.toString());
        assertTrue(wide.err().contains("--recovery-range must be above 0 and below 1"), wide.err());
        Cli.Result both = Cli.run(concat(base, "--recovery", "shipped", "--leave-one-group-out"));
        assertEquals(2, both.code(), both.toString());
        assertTrue(both.err().contains("--recovery runs one posterior on this machine"), both.err());
        Cli.Result pool = Cli.run(concat(base, "--replications", "3", "--seed-pool", "2"));
        assertEquals(2, pool.code(), pool.toString());
        assertTrue(pool.err().contains("--method abc: the seed pool must be between the replications (3)"), pool.err());
        Cli.Result cmaes =
                Cli.run("calibrate", "smoke", "--param", "borders.visaHoldersShare=0.02:0.4", "--seed-pool", "4");
        assertEquals(2, cmaes.code(), cmaes.toString());
        assertTrue(cmaes.err().contains("settings of --method abc"), cmaes.err());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
