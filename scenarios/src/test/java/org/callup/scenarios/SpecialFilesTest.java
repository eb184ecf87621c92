package org.callup.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file a scenario makes the program read is a regular file within bounds: a FIFO or a device is refused at
 * once (it would block or never end), and a data table cannot be fetched from outside the scenario's folder
 * through a link, nor silently replaced by the shipped table when the local one is broken.
 */
class SpecialFilesTest {
    @TempDir
    Path dir;

    private List<Problem> problems(Path file) {
        ScenarioException e = assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThrows(
                        ScenarioException.class, () -> ScenarioLibrary.shipped().loadFile(file)));
        assertFalse(e.problems().isEmpty());
        return e.problems();
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path f = dir.resolve(name);
        Process p = new ProcessBuilder("mkfifo", f.toString()).start();
        assumeTrue(p.waitFor() == 0, "mkfifo is not available");
        return f;
    }

    private static String only(List<Problem> ps) {
        assertEquals(1, ps.size(), ps::toString);
        return ps.get(0).message();
    }

    @Test
    void aFifoScenarioIsRefusedWithoutReadingIt() throws Exception {
        String m = only(problems(fifo("f.yaml")));
        assertTrue(m.startsWith("is not a regular file"), m);
    }

    @Test
    void extendingAFifoIsRefused() throws Exception {
        fifo("base.yaml");
        String m = only(problems(new ScenarioFiles(dir).write("kid.yaml", "extends: base.yaml\n")));
        assertTrue(m.startsWith("cannot extend 'base.yaml': is not a regular file"), m);
    }

    @Test
    void extendingALinkToADeviceIsRefused() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"));
        String m = only(problems(new ScenarioFiles(dir).write("kid.yaml", "extends: zero.yaml\n")));
        assertTrue(m.startsWith("cannot extend 'zero.yaml': it is a link to a file that is not a .yaml file"), m);
    }

    @Test
    void extendingALinkToAnyOtherFileIsRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "password: hunter2\n");
        Files.createSymbolicLink(dir.resolve("base.yaml"), secret);
        String m = only(problems(new ScenarioFiles(dir).write("kid.yaml", "extends: base.yaml\n")));
        assertFalse(m.contains("hunter2") || m.contains("password"), m);
        assertTrue(m.contains("not a .yaml file"), m);
    }

    private Path withRegionsFile() throws IOException {
        return new ScenarioFiles(dir)
                .write("s.yaml", ScenarioFiles.extending("population:", "  regionsFile: regions.csv"));
    }

    @Test
    void aRegionsFileLinkedFromOutsideTheFolderIsRefused() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path inner = Files.createDirectories(dir.resolve("scenario"));
        Path table = Files.writeString(outside.resolve("regions.csv"), "id,name\nx,X\n");
        Files.createSymbolicLink(inner.resolve("regions.csv"), table);
        Path s = new ScenarioFiles(inner)
                .write("s.yaml", ScenarioFiles.extending("population:", "  regionsFile: regions.csv"));
        String m = only(problems(s));
        assertTrue(m.contains("is outside the folder of") && m.contains("(it is a link)"), m);
    }

    @Test
    void aRegionsFileLinkedToSystemFilesIsRefused() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/etc/passwd")));
        Files.createSymbolicLink(dir.resolve("regions.csv"), Path.of("/etc/passwd"));
        String m = only(problems(withRegionsFile()));
        assertTrue(m.contains("is outside the folder of"), m);
        assertFalse(m.contains("root:"), m);
    }

    @Test
    void aBrokenLocalRegionsFileIsNotReplacedByTheShippedOne() throws Exception {
        Files.createSymbolicLink(dir.resolve("regions.csv"), dir.resolve("gone.csv"));
        Problem p = problems(withRegionsFile()).get(0);
        assertEquals("population.regionsFile", p.yamlPath());
        assertTrue(p.message().startsWith("data file 'regions.csv' cannot be read"), p.message());
    }

    @Test
    void aFifoRegionsFileIsRefused() throws Exception {
        fifo("regions.csv");
        Problem p = problems(withRegionsFile()).get(0);
        assertEquals("population.regionsFile", p.yamlPath());
        assertTrue(p.message().contains("is not a regular file"), p.message());
    }

    @Test
    void aDirectoryRegionsFileIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("regions.csv"));
        Problem p = problems(withRegionsFile()).get(0);
        assertTrue(p.message().contains("is a directory"), p.message());
    }

    @Test
    void readingStopsAtTheLimitWhateverTheFileClaims() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        UserFiles.Refused e =
                assertThrows(UserFiles.Refused.class, () -> UserFiles.read(Path.of("/dev/zero"), 10, "x"));
        assertTrue(e.getMessage().startsWith("is not a regular file"), e.getMessage());
        Path f = Files.write(dir.resolve("eleven"), new byte[11]);
        e = assertThrows(UserFiles.Refused.class, () -> UserFiles.read(f, 10, "x"));
        assertTrue(e.getMessage().startsWith("file is too large (11 bytes)"), e.getMessage());
    }
}
