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
            assertEquals(OLD_RUN, Files.readString(target.resolve(RunFolder.MANIFEST_FILE)), "old run kept until commit");
            f.commit();
        }
        assertEquals("new", Files.readString(target.resolve("daily.csv")));
        assertEquals(List.of("run"), names(dir), "the old run is deleted after the swap");
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
        BadInputException e = assertThrows(BadInputException.class, () -> RunFolder.create(dir.resolve("file/run"), false));
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
            BadInputException e = assertThrows(BadInputException.class,
                    () -> RunFolder.create(locked.resolve("run"), false));
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
        assertEquals("smoke-20240301-090507-2", RunFolder.defaultTarget(dir, "smoke", t).getFileName().toString());
    }
}
