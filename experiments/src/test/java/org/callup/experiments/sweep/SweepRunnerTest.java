package org.callup.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.callup.results.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepRunnerTest {
    static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");

    @TempDir
    Path dir;

    /** Runs (or resumes) a sweep into {@code out} and writes its final files; returns the number of failed runs. */
    static int run(Sweep s, Path out, Shard shard, int threads) throws Exception {
        try (SweepFolder f = SweepFolder.open(out, s, shard, false, NOW)) {
            new SweepRunner(s, f, threads, SweepProgress.NONE).run();
            return SweepFinisher.finish(s, f, NOW).failed();
        }
    }

    private static byte[] bytes(Path p) throws Exception {
        return Files.readAllBytes(p);
    }

    @Test
    void theFilesDoNotDependOnTheNumberOfThreads() throws Exception {
        Sweep s = SweepFiles.load(dir, SweepFiles.SMALL_GRID + "dailySeries: {metrics: [emigrants], scopes: [all]}\n");
        assertEquals(0, run(s, dir.resolve("one"), Shard.ALL, 1));
        assertEquals(0, run(s, dir.resolve("three"), Shard.ALL, 3));
        for (String f : List.of(SweepFolder.RUNS_FILE, SweepFolder.POINTS_FILE, SweepFolder.DAILY_FILE)) {
            assertArrayEquals(
                    bytes(dir.resolve("one").resolve(f)),
                    bytes(dir.resolve("three").resolve(f)),
                    f);
        }
        List<String> runs = Files.readAllLines(dir.resolve("one").resolve(SweepFolder.RUNS_FILE));
        assertEquals("run,point,replication,seed,raid,quota,emigrants,mobilized,error", runs.get(0));
        assertEquals(9, runs.size());
        assertTrue(runs.get(1).startsWith("1,1,1," + RunSeeds.of(11, 1) + ",0,100000,"), runs.get(1));
        assertTrue(runs.get(8).startsWith("8,4,2," + RunSeeds.of(11, 8) + ",2,600000,"), runs.get(8));
        List<String> daily = Files.readAllLines(dir.resolve("one").resolve(SweepFolder.DAILY_FILE));
        assertEquals("run,date,day,scope,metric,value", daily.get(0));
        assertEquals(1 + 8 * 10, daily.size(), "8 runs of 10 days, one series");
        assertFalse(Files.exists(dir.resolve("one").resolve(SweepFolder.DAILY_DIR)), "per-run files are joined");
        assertTrue(SweepManifestJson.read(dir.resolve("one").resolve(SweepFolder.MANIFEST_FILE))
                .complete());
    }

    /**
     * At the smoke's scale a simulated man stands for 5,000, more than most regions' share of a 100,000 quota, and
     * the summons served before a region's first man reports still bring men in: in the smoke's seven days of
     * call-up every quota of the small grid mobilizes about the same few men, bound by capacity. A finer scale and
     * a quota far below what the commissariats can serve in a week make the quota bind.
     */
    @Test
    void theQuotaMovesTheCallUpAsItShould() throws Exception {
        String grid = SweepFiles.SMALL_GRID.replace("values: [100000, 600000]", "values: [20000, 600000]");
        Sweep s = SweepFiles.load(dir, grid + "set: {population.scale: 500}\n");
        run(s, dir.resolve("out"), Shard.ALL, 2);
        List<String> points = Files.readAllLines(dir.resolve("out").resolve(SweepFolder.POINTS_FILE));
        assertEquals("point,raid,quota,output,n,mean,sd,ci_low,ci_high", points.get(0));
        double low = mean(points, "1,0,20000,mobilized,");
        double high = mean(points, "2,0,600000,mobilized,");
        // about 38,000 against 110,000 over seeds 1 to 6; a quota without effect gives a ratio near 1
        assertTrue(high > 2 * low, "a larger quota mobilizes far more: " + low + " vs " + high);
    }

    private static double mean(List<String> points, String prefix) {
        String row =
                points.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
        return Double.parseDouble(row.split(",")[5]);
    }

    @Test
    void aResumedSweepRunsOnlyTheMissingRunsAndEndsWithTheSameFiles() throws Exception {
        Sweep s = SweepFiles.load(dir, SweepFiles.SMALL_GRID);
        run(s, dir.resolve("whole"), Shard.ALL, 2);
        Path cut = dir.resolve("cut");
        Files.createDirectories(cut);
        try (SweepFolder f = SweepFolder.open(cut, s, Shard.ALL, false, NOW)) {
            assertFalse(f.resumed());
        }
        // As if killed after three runs, in the middle of writing a fourth.
        List<String> rows = Files.readAllLines(dir.resolve("whole").resolve(SweepFolder.RUNS_FILE));
        String journal = rows.get(0) + "\n" + rows.get(5) + "\n" + rows.get(2) + "\n" + rows.get(7) + "\n"
                + rows.get(1).substring(0, 9);
        Files.writeString(cut.resolve(SweepFolder.JOURNAL_FILE), journal);
        List<Integer> ran = new ArrayList<>();
        try (SweepFolder f = SweepFolder.open(cut, s, Shard.ALL, false, NOW)) {
            assertTrue(f.resumed());
            new SweepRunner(s, f, 2, new SweepProgress() {
                        @Override
                        public synchronized void runDone(int run, boolean failed) {
                            ran.add(run);
                        }
                    })
                    .run();
            SweepFinisher.finish(s, f, NOW);
        }
        ran.sort(null);
        assertEquals(List.of(1, 3, 4, 6, 8), ran, "the runs not in the journal, the torn one included");
        assertArrayEquals(
                bytes(dir.resolve("whole").resolve(SweepFolder.RUNS_FILE)), bytes(cut.resolve(SweepFolder.RUNS_FILE)));
        assertArrayEquals(
                bytes(dir.resolve("whole").resolve(SweepFolder.POINTS_FILE)),
                bytes(cut.resolve(SweepFolder.POINTS_FILE)));
    }

    @Test
    void shardsMergeIntoTheFilesOfOneMachine() throws Exception {
        Sweep s = SweepFiles.load(
                dir,
                SweepFiles.SMALL_GRID
                                .replace("design: {type: grid}", "design: {type: sobol, points: 4, bootstrap: 50}")
                                .replace("values: [0, 2]", "range: {min: 0, max: 2}")
                                .replace("values: [100000, 600000]", "range: {min: 100000, max: 600000}")
                        + "dailySeries: {metrics: [mobilized]}\n");
        run(s, dir.resolve("whole"), Shard.ALL, 2);
        List<Path> shards = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            Path p = dir.resolve("shards").resolve(Integer.toString(k));
            run(s, p, new Shard(k, 3), 1);
            assertFalse(Files.exists(p.resolve(SweepFolder.POINTS_FILE)), "a shard writes only its runs");
            shards.add(p);
        }
        ShardMerge.merge(s, shards, dir.resolve("merged"), false, NOW);
        for (String f : List.of(
                SweepFolder.RUNS_FILE, SweepFolder.POINTS_FILE, SweepFolder.SENSITIVITY_FILE, SweepFolder.DAILY_FILE)) {
            assertArrayEquals(
                    bytes(dir.resolve("whole").resolve(f)),
                    bytes(dir.resolve("merged").resolve(f)),
                    f);
        }
        assertEquals(
                2 * 2 * 2 + 1,
                Files.readAllLines(dir.resolve("whole").resolve(SweepFolder.SENSITIVITY_FILE))
                        .size(),
                "a first and a total index per output and parameter");

        BadInputException missing = assertThrows(
                BadInputException.class,
                () -> ShardMerge.merge(s, shards.subList(0, 2), dir.resolve("m2"), false, NOW));
        assertTrue(missing.getMessage().contains("shard 3/3 missing"), missing.getMessage());
    }

    @Test
    void anUnfinishedShardIsNamedWithTheCommandThatResumesIt() throws Exception {
        Sweep s = SweepFiles.load(dir, SweepFiles.SMALL_GRID);
        run(s, dir.resolve("1"), new Shard(1, 2), 1);
        try (SweepFolder f = SweepFolder.open(dir.resolve("2"), s, new Shard(2, 2), false, NOW)) {
            assertFalse(f.complete());
        }
        IncompleteSweepException e = assertThrows(
                IncompleteSweepException.class,
                () -> ShardMerge.merge(s, List.of(dir.resolve("1"), dir.resolve("2")), dir.resolve("m"), false, NOW));
        assertTrue(
                e.getMessage().contains("shard 2/2")
                        && e.getMessage().contains("has 0 of 4 runs")
                        && e.getMessage().contains("--shard 2/2"),
                e.getMessage());
    }

    @Test
    void aRunThatFailsIsRecordedWithItsErrorAndTheSweepGoesOn() throws Exception {
        Sweep s = SweepFiles.load(dir, """
                scenario: smoke
                design: {type: grid}
                parameters:
                  - {name: lo, path: recruiters.targetAgeMin, values: [18, 34]}
                  - {name: hi, path: recruiters.targetAgeMax, values: [20, 35]}
                outputs: [{name: mob, metric: mobilized, scope: all, statistic: sum}]
                """);
        assertEquals(1, run(s, dir.resolve("out"), Shard.ALL, 2));
        List<String> runs = Files.readAllLines(dir.resolve("out").resolve(SweepFolder.RUNS_FILE));
        assertTrue(
                runs.get(3).startsWith("3,3,1,")
                        && runs.get(3).contains(",NA,\"the values of point 3 make an " + "invalid scenario: "),
                runs.get(3));
        assertTrue(runs.get(4).endsWith(","), "run 4 finished: " + runs.get(4));
        List<String> points = Files.readAllLines(dir.resolve("out").resolve(SweepFolder.POINTS_FILE));
        assertTrue(points.get(3).startsWith("3,34,20,mob,0,NA,"), points.get(3));
    }

    @Test
    void aFolderIsResumedOnlyByTheSweepThatMadeIt() throws Exception {
        Sweep s = SweepFiles.load(dir, SweepFiles.SMALL_GRID);
        run(s, dir.resolve("out"), Shard.ALL, 2);
        Path other = SweepFiles.write(dir, "other.yaml", SweepFiles.SMALL_GRID.replace("seed: 11", "seed: 12"));
        Sweep t = SweepFile.load(other);
        BadInputException e = assertThrows(
                BadInputException.class, () -> SweepFolder.open(dir.resolve("out"), t, Shard.ALL, false, NOW));
        assertTrue(e.getMessage().contains("the sweep file differs"), e.getMessage());
        BadInputException shard = assertThrows(
                BadInputException.class, () -> SweepFolder.open(dir.resolve("out"), s, new Shard(1, 2), false, NOW));
        assertTrue(shard.getMessage().contains("the shard differs"), shard.getMessage());
        try (SweepFolder f = SweepFolder.open(dir.resolve("out"), t, Shard.ALL, true, NOW)) {
            assertFalse(f.resumed());
            assertFalse(Files.exists(f.file(SweepFolder.RUNS_FILE)), "--overwrite starts again");
        }
        Files.createDirectories(dir.resolve("busy"));
        Files.writeString(dir.resolve("busy").resolve("notes.txt"), "mine");
        assertThrows(BadInputException.class, () -> SweepFolder.open(dir.resolve("busy"), s, Shard.ALL, true, NOW));
    }

    @Test
    void overwriteTouchesNothingWhileAnotherWriterHoldsTheFolder() throws Exception {
        Sweep s = SweepFiles.load(dir, SweepFiles.SMALL_GRID);
        Path out = dir.resolve("out");
        run(s, out, Shard.ALL, 2);
        Sweep t = SweepFile.load(
                SweepFiles.write(dir, "other.yaml", SweepFiles.SMALL_GRID.replace("seed: 11", "seed: 12")));
        List<String> before = listing(out);
        byte[] journal = bytes(out.resolve(SweepFolder.JOURNAL_FILE));
        try (SweepFolder writer = SweepFolder.open(out, s, Shard.ALL, false, NOW)) {
            BadInputException e =
                    assertThrows(BadInputException.class, () -> SweepFolder.open(out, t, Shard.ALL, true, NOW));
            assertTrue(e.getMessage().contains("already writing"), e.getMessage());
            assertEquals(before, listing(out), "nothing deleted");
            assertArrayEquals(journal, bytes(out.resolve(SweepFolder.JOURNAL_FILE)));
        }
        try (SweepFolder f = SweepFolder.open(out, t, Shard.ALL, true, NOW)) {
            assertFalse(f.resumed(), "once the writer is gone, --overwrite starts again");
        }
    }

    /**
     * A run whose daily series cannot be written (here a folder stands where its file goes, as a full disk would
     * refuse it) stops the sweep without entering the journal, and the sweep run again completes it.
     */
    @Test
    void anIoErrorStopsTheSweepWithoutJournallingTheRunAsFailed() throws Exception {
        Sweep s = SweepFiles.load(dir, SweepFiles.SMALL_GRID + "dailySeries: {metrics: [emigrants], scopes: [all]}\n");
        assertEquals(0, run(s, dir.resolve("whole"), Shard.ALL, 2));
        Path out = dir.resolve("out");
        SweepFolder.open(out, s, Shard.ALL, false, NOW).close();
        Path obstacle = FileTrees.temporary(DailySeriesFiles.fileOf(out.resolve(SweepFolder.DAILY_DIR), 3));
        Files.createDirectories(obstacle.resolve("in-the-way"));
        assertThrows(java.io.IOException.class, () -> run(s, out, Shard.ALL, 1));
        List<String> journal = Files.readAllLines(out.resolve(SweepFolder.JOURNAL_FILE));
        assertTrue(journal.stream().noneMatch(l -> l.startsWith("3,")), "run 3 is not journalled: " + journal);
        assertTrue(journal.stream().noneMatch(l -> l.contains("could not write")), journal.toString());
        assertFalse(Files.exists(out.resolve(SweepFolder.RUNS_FILE)), "the sweep stopped");

        org.callup.results.StagedFolder.deleteTree(obstacle);
        assertEquals(0, run(s, out, Shard.ALL, 2), "nothing failed for good");
        for (String f : List.of(SweepFolder.RUNS_FILE, SweepFolder.POINTS_FILE, SweepFolder.DAILY_FILE)) {
            assertArrayEquals(bytes(dir.resolve("whole").resolve(f)), bytes(out.resolve(f)), f);
        }
    }

    /** The same with a real full disk: a 1 MB tmpfs (needs root and a kernel that lets it mount one). */
    @Test
    void aFullDiskStopsTheSweepAndARunAfterSpaceIsFreedCompletesIt() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        org.junit.jupiter.api.Assumptions.assumeTrue(
                mount(disk), "skipped: cannot mount a tmpfs here (needs root and a kernel that allows it)");
        try {
            Sweep s = SweepFiles.load(dir, SweepFiles.SMALL_GRID + "dailySeries: {metrics: [emigrants, mobilized]}\n");
            assertEquals(0, run(s, dir.resolve("whole"), Shard.ALL, 2));
            Path out = disk.resolve("out");
            try (SweepFolder f = SweepFolder.open(out, s, Shard.ALL, false, NOW)) {
                assertFalse(f.complete());
            }
            Path ballast = disk.resolve("ballast");
            fill(ballast);
            // a little room, so that the sweep starts and the disk fills while it runs
            try (java.nio.channels.FileChannel c =
                    java.nio.channels.FileChannel.open(ballast, java.nio.file.StandardOpenOption.WRITE)) {
                c.truncate(c.size() - 3 * 4096);
            }
            assertThrows(java.io.IOException.class, () -> run(s, out, Shard.ALL, 2));
            assertFalse(Files.exists(out.resolve(SweepFolder.RUNS_FILE)), "the sweep stopped");
            List<String> journal = Files.readAllLines(out.resolve(SweepFolder.JOURNAL_FILE));
            assertTrue(journal.stream().noneMatch(l -> l.contains("No space")), journal.toString());
            Files.delete(ballast);
            assertEquals(0, run(s, out, Shard.ALL, 2), "nothing failed for good");
            for (String f : List.of(SweepFolder.RUNS_FILE, SweepFolder.POINTS_FILE, SweepFolder.DAILY_FILE)) {
                assertArrayEquals(bytes(dir.resolve("whole").resolve(f)), bytes(out.resolve(f)), f);
            }
        } finally {
            // lazily: a writer that failed on the full disk may keep its file open until it is collected
            new ProcessBuilder("umount", "-l", disk.toString())
                    .inheritIO()
                    .start()
                    .waitFor();
        }
    }

    private static boolean mount(Path at) {
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", at.toString())
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Writes {@code file} until the disk is full. */
    private static void fill(Path file) throws Exception {
        try (java.io.OutputStream o = Files.newOutputStream(file)) {
            byte[] b = new byte[4096];
            while (true) {
                o.write(b);
                o.flush();
            }
        } catch (java.io.IOException full) {
            assertTrue(String.valueOf(full.getMessage()).contains("No space left"), full.toString());
        }
    }

    /**
     * kill -9 while a sweep starts: an older callup left its lock and sweep file without a manifest, which is
     * started afresh (with or without --overwrite); the manifest is now written first, and a folder killed right
     * after it gets the other files when resumed.
     */
    @Test
    void aSweepKilledWhileStartingIsStartedAgain() throws Exception {
        Sweep s = SweepFiles.load(dir, SweepFiles.SMALL_GRID);
        run(s, dir.resolve("whole"), Shard.ALL, 2);
        for (boolean overwrite : new boolean[] {false, true}) {
            Path out = Files.createDirectories(dir.resolve("old-" + overwrite));
            Files.writeString(out.resolve(".lock"), "");
            Files.writeString(out.resolve(SweepFolder.SWEEP_FILE), "name: sm");
            Files.writeString(out.resolve(SweepFolder.MANIFEST_FILE + ".tmp"), "{\"form");
            try (SweepFolder f = SweepFolder.open(out, s, Shard.ALL, overwrite, NOW)) {
                assertFalse(f.resumed());
            }
            assertEquals(0, run(s, out, Shard.ALL, 2));
            assertArrayEquals(
                    bytes(dir.resolve("whole").resolve(SweepFolder.RUNS_FILE)),
                    bytes(out.resolve(SweepFolder.RUNS_FILE)));
            assertArrayEquals(
                    bytes(dir.resolve("whole").resolve(SweepFolder.SWEEP_FILE)),
                    bytes(out.resolve(SweepFolder.SWEEP_FILE)));
            assertFalse(Files.exists(out.resolve(SweepFolder.MANIFEST_FILE + ".tmp")));
        }
        Path cut = dir.resolve("cut");
        SweepFolder.open(cut, s, Shard.ALL, false, NOW).close();
        Files.delete(cut.resolve(SweepFolder.SWEEP_FILE));
        Files.delete(cut.resolve(SweepFolder.SCENARIO_FILE));
        assertEquals(0, run(s, cut, Shard.ALL, 2));
        for (String f : List.of(SweepFolder.RUNS_FILE, SweepFolder.SWEEP_FILE, SweepFolder.SCENARIO_FILE)) {
            assertArrayEquals(bytes(dir.resolve("whole").resolve(f)), bytes(cut.resolve(f)), f);
        }
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve(SweepFolder.SWEEP_FILE), "mine");
        assertThrows(BadInputException.class, () -> SweepFolder.open(notes, s, Shard.ALL, true, NOW));
        assertEquals("mine", Files.readString(notes.resolve(SweepFolder.SWEEP_FILE)), "without a lock it is not ours");
    }

    private static List<String> listing(Path p) throws Exception {
        try (java.util.stream.Stream<Path> s = Files.list(p)) {
            return s.map(x -> x.getFileName().toString()).sorted().toList();
        }
    }
}
