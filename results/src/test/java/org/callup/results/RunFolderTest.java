package org.callup.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {
    /** The manifest of a finished run, as far as replacing one is concerned: its format marker. */
    private static final String OLD_RUN = "{\"format\": \"" + ManifestJson.FORMAT + "\", \"seed\": 1}";

    @TempDir
    Path dir;

    private List<String> names(Path p) throws IOException {
        try (Stream<Path> s = Files.list(p)) {
            return s.map(x -> x.getFileName().toString()).sorted().toList();
        }
    }

    private static void writeRun(RunFolder f, String content) throws IOException {
        Files.writeString(f.file("daily.csv"), content);
        Files.writeString(f.file(RunFolder.MANIFEST_FILE), "{\"format\": \"" + ManifestJson.FORMAT + "\"}");
    }

    @Test
    void writesToAHiddenPartialFolderAndRenamesWhenComplete() throws Exception {
        Path target = dir.resolve("out/run1");
        try (RunFolder f = RunFolder.create(target, false)) {
            assertFalse(Files.exists(target), "nothing at the target while the run is written");
            assertTrue(f.work().getFileName().toString().startsWith(".run1.partial"));
            writeRun(f, "x");
            f.commit();
        }
        assertEquals("x", Files.readString(target.resolve("daily.csv")));
        assertEquals(List.of("run1"), names(dir.resolve("out")));
    }

    @Test
    void anUncommittedRunLeavesNothingBehind() throws Exception {
        Path target = dir.resolve("new/deeper/run");
        try (RunFolder f = RunFolder.create(target, false)) {
            writeRun(f, "half");
        }
        assertEquals(List.of(), names(dir), "the temporary folder and the folders made for it are gone");
    }

    @Test
    void neverOverwritesWithoutBeingAsked() throws Exception {
        Path target = dir.resolve("run");
        Files.createDirectories(target);
        Files.writeString(target.resolve(RunFolder.MANIFEST_FILE), OLD_RUN);
        BadInputException e = assertThrows(BadInputException.class, () -> RunFolder.create(target, false));
        assertTrue(e.getMessage().contains("already exists; add --overwrite"), e.getMessage());
        assertEquals(OLD_RUN, Files.readString(target.resolve(RunFolder.MANIFEST_FILE)));
        assertEquals(List.of("run"), names(dir));
    }

    @Test
    void overwriteReplacesTheOldRunOnlyOnCommit() throws Exception {
        Path target = dir.resolve("run");
        Files.createDirectories(target);
        Files.writeString(target.resolve(RunFolder.MANIFEST_FILE), OLD_RUN);
        try (RunFolder f = RunFolder.create(target, true)) {
            writeRun(f, "new");
            assertEquals(
                    OLD_RUN, Files.readString(target.resolve(RunFolder.MANIFEST_FILE)), "old run kept until commit");
            f.commit();
        }
        assertEquals("new", Files.readString(target.resolve("daily.csv")));
        assertEquals(List.of("run"), names(dir), "the old run is deleted after the swap");
    }

    /**
     * Another run is between the two renames of its swap (the old folder moved aside, its own not yet in): a run
     * that may replace the target waits for the name to be filled instead of taking it, then keeps what the other
     * run put there and goes to {@code run-2}, so the other run's message still names its results.
     */
    @Test
    void overwriteWaitsWhileAnotherRunSwapsItsResultsIn() throws Exception {
        Path target = dir.resolve("run");
        Files.createDirectories(target);
        Files.writeString(target.resolve(RunFolder.MANIFEST_FILE), OLD_RUN);
        try (RunFolder f = RunFolder.create(target, true)) {
            writeRun(f, "mine");
            Path aside = Files.createDirectories(dir.resolve("aside"));
            Files.move(target, aside.resolve("old"));
            java.util.concurrent.CompletableFuture<Void> other = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(200);
                    Path theirs = Files.createDirectory(aside.resolve("theirs"));
                    Files.writeString(theirs.resolve("daily.csv"), "theirs");
                    Files.writeString(theirs.resolve(RunFolder.MANIFEST_FILE), OLD_RUN);
                    Files.move(theirs, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            f.commit();
            other.get();
            assertEquals(dir.resolve("run-2").toAbsolutePath(), f.target(), "the target was another run's by then");
        }
        assertEquals("theirs", Files.readString(target.resolve("daily.csv")), "the other run's results kept");
        assertEquals("mine", Files.readString(dir.resolve("run-2/daily.csv")));
    }

    @Test
    void overwriteKeepsTheOldRunWhenTheNewOneFails() throws Exception {
        Path target = dir.resolve("run");
        Files.createDirectories(target);
        Files.writeString(target.resolve(RunFolder.MANIFEST_FILE), OLD_RUN);
        try (RunFolder f = RunFolder.create(target, true)) {
            writeRun(f, "new");
        }
        assertEquals(OLD_RUN, Files.readString(target.resolve(RunFolder.MANIFEST_FILE)));
        assertEquals(List.of("run"), names(dir));
    }

    @Test
    void refusesToReplaceAFolderThatIsNotARun() throws Exception {
        Path docs = dir.resolve("thesis");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("chapter1.tex"), "precious");
        BadInputException e = assertThrows(BadInputException.class, () -> RunFolder.create(docs, true));
        assertTrue(e.getMessage().contains("is not a callup run folder"), e.getMessage());
        assertEquals("precious", Files.readString(docs.resolve("chapter1.tex")));
    }

    @Test
    void refusesToReplaceAFolderWhoseManifestIsNotARuns() throws Exception {
        Path p = dir.resolve("p");
        Files.createDirectories(p);
        Files.writeString(p.resolve(RunFolder.MANIFEST_FILE), "{}");
        Files.writeString(p.resolve("notes.txt"), "x");
        BadInputException e = assertThrows(BadInputException.class, () -> RunFolder.create(p, true));
        assertTrue(e.getMessage().contains("is not a callup run folder"), e.getMessage());
        assertTrue(e.getMessage().contains("choose another --out"), e.getMessage());
        assertEquals("x", Files.readString(p.resolve("notes.txt")));
        assertEquals(List.of("p"), names(dir), "no temporary folder either");

        Path sweep = dir.resolve("sweep");
        Files.createDirectories(sweep);
        Files.writeString(sweep.resolve(RunFolder.MANIFEST_FILE), "{\"format\": \"callup-sweep/1\"}");
        Files.writeString(sweep.resolve("journal.csv"), "run\n1\n");
        e = assertThrows(BadInputException.class, () -> RunFolder.create(sweep, true));
        assertTrue(e.getMessage().contains("holds a callup sweep"), e.getMessage());
        assertEquals("run\n1\n", Files.readString(sweep.resolve("journal.csv")));

        Files.writeString(p.resolve(RunFolder.MANIFEST_FILE), "not json");
        e = assertThrows(BadInputException.class, () -> RunFolder.create(p, true));
        assertTrue(e.getMessage().contains("is not a callup run folder"), e.getMessage());
        assertEquals("x", Files.readString(p.resolve("notes.txt")));
    }

    @Test
    void aFileInTheWayIsBadInput() throws Exception {
        Files.writeString(dir.resolve("file"), "x");
        assertThrows(BadInputException.class, () -> RunFolder.create(dir.resolve("file"), true));
        BadInputException e =
                assertThrows(BadInputException.class, () -> RunFolder.create(dir.resolve("file/run"), false));
        assertTrue(e.getMessage().startsWith("cannot create folder"), e.getMessage());
        assertTrue(e.getMessage().endsWith("file is a file"), e.getMessage());
    }

    @Test
    void anUnwritableParentFailsBeforeAnyWork() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path locked = dir.resolve("locked");
        Files.createDirectories(locked);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            BadInputException e =
                    assertThrows(BadInputException.class, () -> RunFolder.create(locked.resolve("run"), false));
            assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void defaultNamesCarryScenarioAndTimeAndAvoidTakenNames() throws Exception {
        LocalDateTime t = LocalDateTime.of(2024, 3, 1, 9, 5, 7);
        Path first = RunFolder.defaultTarget(dir, "smoke", t);
        assertEquals("smoke-20240301-090507", first.getFileName().toString());
        Files.createDirectories(first);
        assertEquals(
                "smoke-20240301-090507-2",
                RunFolder.defaultTarget(dir, "smoke", t).getFileName().toString());
    }

    /** Runs started in the same second get the same default name; each keeps its results under its own. */
    @Test
    void runsStartedInTheSameSecondEachKeepTheirResults() throws Exception {
        LocalDateTime t = LocalDateTime.of(2024, 3, 1, 9, 5, 7);
        int n = 6;
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(n);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        List<java.util.concurrent.Future<Path>> done = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            String content = "run " + i;
            done.add(pool.submit(() -> {
                try (RunFolder f = RunFolder.create(RunFolder.defaultTarget(dir, "smoke", t), false)) {
                    writeRun(f, content);
                    together.await();
                    f.commit();
                    assertEquals(content, Files.readString(f.target().resolve("daily.csv")));
                    return f.target();
                }
            }));
        }
        pool.shutdown();
        java.util.Set<Path> targets = new java.util.HashSet<>();
        for (java.util.concurrent.Future<Path> d : done) {
            targets.add(d.get());
        }
        assertEquals(n, targets.size(), "each in its own folder");
        assertEquals(
                List.of(
                        "smoke-20240301-090507",
                        "smoke-20240301-090507-2",
                        "smoke-20240301-090507-3",
                        "smoke-20240301-090507-4",
                        "smoke-20240301-090507-5",
                        "smoke-20240301-090507-6"),
                names(dir));
    }

    @Test
    void aRunThatFindsItsFolderTakenMeanwhileKeepsItsResultsBesideIt() throws Exception {
        Path target = dir.resolve("run");
        try (RunFolder a = RunFolder.create(target, false);
                RunFolder b = RunFolder.create(target, false)) {
            writeRun(a, "a");
            writeRun(b, "b");
            a.commit();
            b.commit();
            assertFalse(a.movedAside());
            assertTrue(b.movedAside());
            assertEquals(dir.resolve("run-2"), b.target());
        }
        assertEquals("a", Files.readString(target.resolve("daily.csv")));
        assertEquals("b", Files.readString(dir.resolve("run-2/daily.csv")));
        assertEquals(List.of("run", "run-2"), names(dir));
    }

    @Test
    void overwriteReplacesOnlyTheRunThatWasThereWhenItStarted() throws Exception {
        Path target = dir.resolve("run");
        Files.createDirectories(target);
        Files.writeString(target.resolve(RunFolder.MANIFEST_FILE), OLD_RUN);
        try (RunFolder a = RunFolder.create(target, true);
                RunFolder b = RunFolder.create(target, true)) {
            writeRun(a, "a");
            writeRun(b, "b");
            a.commit();
            b.commit();
            assertEquals(target, a.target());
            assertEquals(dir.resolve("run-2"), b.target(), "b does not replace a's new run");
        }
        assertEquals("a", Files.readString(target.resolve("daily.csv")));
        assertEquals("b", Files.readString(dir.resolve("run-2/daily.csv")));
        assertEquals(List.of("run", "run-2"), names(dir));
    }

    /** What kill -9 leaves: unfinished folders (removed), and a run moved aside to be replaced (put back). */
    @Test
    void hiddenFoldersOfKilledRunsAreCleanedUpByTheNextRunBesideThem() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long dead = gone.pid();
        long alive = ProcessHandle.current().pid();
        Files.createDirectories(dir.resolve(".a.partial-" + dead).resolve("charts"));
        Files.createDirectories(dir.resolve(".a.partial-" + dead + "-3"));
        Files.createDirectories(dir.resolve(".b.replaced-" + dead + "-1"));
        Files.writeString(dir.resolve(".b.replaced-" + dead + "-1").resolve(RunFolder.MANIFEST_FILE), OLD_RUN);
        Files.createDirectories(dir.resolve(".c.replaced-" + dead + "-2"));
        Files.createDirectories(dir.resolve("c"));
        Files.createDirectories(dir.resolve(".d.partial-" + alive + "-999"));
        Files.createDirectories(dir.resolve(".e.calibrating"));
        try (RunFolder f = RunFolder.create(dir.resolve("new"), false)) {
            writeRun(f, "x");
            f.commit();
        }
        assertEquals(List.of(".d.partial-" + alive + "-999", ".e.calibrating", "b", "c", "new"), names(dir));
        assertEquals(
                OLD_RUN,
                Files.readString(dir.resolve("b").resolve(RunFolder.MANIFEST_FILE)),
                "a run moved aside and never replaced is put back");
    }
}
