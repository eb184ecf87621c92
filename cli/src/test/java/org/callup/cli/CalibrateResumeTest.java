package org.callup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A calibration killed with SIGKILL (kill -9) in the middle continues when the same command is run again, and
 * ends exactly where an uninterrupted one ends.
 */
class CalibrateResumeTest {
    private static final int BUDGET = 60;
    /** A finer scale than the smoke scenario's makes each candidate slow enough to be killed halfway. */
    private static final String[] SLOWER = {"--no-chart", "--scale", "1000"};

    @TempDir
    Path dir;

    @Test
    void killedThenRunAgainItContinuesAndEndsAsIfNeverInterrupted() throws Exception {
        Path whole = dir.resolve("whole");
        Cli.Result uninterrupted = Cli.run(CalibrateCommandTest.small(whole, BUDGET, 0, with(SLOWER, "-q")));
        assertTrue(uninterrupted.code() <= 1, uninterrupted.toString());

        Path out = dir.resolve("killed");
        Path journal = out.resolveSibling(".killed.calibrating").resolve("journal.csv");
        Path log = dir.resolve("child.log");
        // First killed as soon as its work folder appears: that must not stop it from being continued.
        Process early = start(CalibrateCommandTest.small(out, BUDGET, 0, with(SLOWER, "-q")), log);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(journal.getParent()) && early.isAlive() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
        } finally {
            early.destroyForcibly().waitFor();
        }
        Process p = start(CalibrateCommandTest.small(out, BUDGET, 0, with(SLOWER, "-q")), log);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (lines(journal) < 6 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(
                    p.isAlive(),
                    "the calibration ended before it could be killed; journal lines: " + lines(journal)
                            + "; its output:\n" + Files.readString(log));
        } finally {
            p.destroyForcibly().waitFor();
        }
        int kept = lines(journal) - 1;
        assertTrue(kept >= 5 && kept < BUDGET, kept + " evaluations journalled before the kill");
        assertFalse(Files.exists(out), "a killed calibration leaves no finished-looking folder");

        Cli.Result resumed = Cli.run(CalibrateCommandTest.small(out, BUDGET, 0, SLOWER));
        assertEquals(uninterrupted.code(), resumed.code(), resumed.toString());
        assertTrue(resumed.out().contains("Continuing the calibration in"), resumed.out());
        assertEquals(Files.readAllLines(whole.resolve("trace.csv")), Files.readAllLines(out.resolve("trace.csv")));
        assertEquals(
                Files.readString(whole.resolve("smoke-calibrated.yaml")),
                Files.readString(out.resolve("smoke-calibrated.yaml")).replace("killed", "whole"));
    }

    private static String[] with(String[] a, String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(more))
                .toArray(String[]::new);
    }

    private static Process start(String[] args, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd =
                new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "org.callup.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static int lines(Path file) {
        try {
            return Files.exists(file) ? (int) Files.lines(file).count() : 0;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }
}
