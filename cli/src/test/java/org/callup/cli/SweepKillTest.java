package org.callup.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep killed with SIGKILL (no shutdown hook, no flush) in the middle of its runs, twice, and run again, ends
 * with the very files of a sweep that was never interrupted: each run exactly once, no torn or repeated row.
 */
class SweepKillTest {
    /** 48 runs of the smoke scenario with ten times its population: long enough to be killed in the middle. */
    static final String SWEEP = """
            name: killed
            scenario: smoke
            seed: 9
            replications: 2
            design: {type: latin-hypercube, points: 24}
            set: {population.scale: 500}
            parameters:
              - {name: raid, path: recruiters.channels.raid.intensity, range: {min: 0, max: 2}}
              - {name: legitimacy, path: protest.legitimacy, range: {min: 0.3, max: 0.9}}
            outputs:
              - {name: emigrants, metric: emigrants, scope: all, statistic: sum}
              - {name: arrests, metric: protest_arrests, scope: all, statistic: max}
            dailySeries: {metrics: [mobilized], scopes: [all]}
            """;

    @TempDir
    Path dir;

    @Test
    void killedTwiceAndRunAgainItWritesTheFilesOfAnUninterruptedSweep() throws Exception {
        Path f = dir.resolve("killed.yaml");
        Files.writeString(f, SWEEP);
        Path reference = dir.resolve("reference");
        assertEquals(
                0,
                Cli.run("sweep", f.toString(), "--out", reference.toString(), "--threads", "2", "-q")
                        .code());

        Path out = dir.resolve("out");
        Path journal = out.resolve("journal.csv");
        killAfter(f, out, journal, 4);
        int first = rows(journal);
        killAfter(f, out, journal, first + 4);
        assertFalse(Files.exists(out.resolve("runs.csv")), "killed before the end");
        assertTrue(rows(journal) < 48, "killed before the end");

        Cli.Result r = Cli.run("sweep", f.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Resuming"), r.out());
        for (String file : List.of("runs.csv", "points.csv", "daily.csv")) {
            assertArrayEquals(Files.readAllBytes(reference.resolve(file)), Files.readAllBytes(out.resolve(file)), file);
        }
    }

    @Test
    void overwriteFromAnotherProcessLeavesARunningSweepAlone() throws Exception {
        Path f = dir.resolve("killed.yaml");
        Files.writeString(f, SWEEP);
        Path other = dir.resolve("other.yaml");
        Files.writeString(other, SWEEP.replace("seed: 9", "seed: 10"));
        Path out = dir.resolve("out");
        Path journal = out.resolve("journal.csv");
        Process p = start(f, out);
        try {
            waitFor(p, journal, 2);
            byte[] manifest = Files.readAllBytes(out.resolve("manifest.json"));
            int rows = rows(journal);
            Cli.Result r = Cli.run("sweep", other.toString(), "--out", out.toString(), "--overwrite", "-q");
            assertEquals(2, r.code(), r.toString());
            assertTrue(r.err().contains("another callup sweep is writing"), r.err());
            assertTrue(rows(journal) >= rows, "the running sweep's journal is kept");
            assertArrayEquals(manifest, Files.readAllBytes(out.resolve("manifest.json")));
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(out.resolve("sweep.yaml")));
        } finally {
            p.destroyForcibly();
            p.waitFor();
        }
    }

    /**
     * Killed as soon as the folder, its manifest or its sweep file appears, the sweep starts or resumes when run
     * again, with or without --overwrite.
     */
    @Test
    void killedWhileStartingItRunsWhenRunAgain() throws Exception {
        Path f = dir.resolve("small.yaml");
        Files.writeString(f, SweepCommandTest.SOBOL);
        for (String appears : List.of(".lock", "manifest.json", "sweep.yaml")) {
            for (String overwrite : List.of("", "--overwrite")) {
                Path out = dir.resolve("out" + appears + overwrite);
                Process p = start(f, out);
                try {
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    while (!Files.exists(out.resolve(appears)) && p.isAlive() && System.nanoTime() < deadline) {
                        Thread.onSpinWait();
                    }
                } finally {
                    p.destroyForcibly();
                    p.waitFor();
                }
                Cli.Result r = Cli.run(
                        overwrite.isEmpty()
                                ? new String[] {"sweep", f.toString(), "--out", out.toString(), "-q"}
                                : new String[] {"sweep", f.toString(), "--out", out.toString(), "-q", overwrite});
                assertEquals(0, r.code(), appears + " " + overwrite + ": " + r);
                assertTrue(Files.isRegularFile(out.resolve("runs.csv")), r.toString());
            }
        }
    }

    private Process start(Path sweep, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "sweep",
                        sweep.toString(),
                        "--out",
                        out.toString(),
                        "--threads",
                        "2",
                        "-q")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile())
                .start();
    }

    /** Waits until the journal has {@code rows} rows; the sweep must still be running then. */
    private void waitFor(Process p, Path journal, int rows) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (rows(journal) < rows && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(
                p.isAlive(),
                "the sweep ended before it could be killed:\n" + Files.readString(dir.resolve("child.log")));
    }

    /** Starts the sweep in a new JVM and kills it with SIGKILL once its journal has {@code rows} rows. */
    private void killAfter(Path sweep, Path out, Path journal, int rows) throws Exception {
        Process p = start(sweep, out);
        try {
            waitFor(p, journal, rows);
        } finally {
            p.destroyForcibly();
            p.waitFor();
        }
    }

    private static int rows(Path journal) throws IOException {
        if (!Files.exists(journal)) {
            return 0;
        }
        byte[] b = Files.readAllBytes(journal);
        int n = -1; // the header
        for (byte x : b) {
            if (x == '\n') {
                n++;
            }
        }
        return Math.max(0, n);
    }
}
