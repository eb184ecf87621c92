package org.callup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
