package org.callup.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The commit the build records is the one of the tree it was built from: in a plain clone and in a linked worktree
 * (git worktree add), whose .git file points into another checkout's repository, and with "-dirty" when tracked
 * files had uncommitted changes. Skipped where the build ran without git or outside a checkout (the commit then
 * reads "unknown").
 */
class CallupVersionTest {
    private static final Path MODULE = Path.of("").toAbsolutePath();

    @Test
    void recordsTheCommitOfTheTreeTheBuildRanIn() throws Exception {
        assumeTrue(Files.exists(MODULE.resolve("../.git")), "not built in a git checkout");
        String head = git("rev-parse", "--short=12", "HEAD");
        assumeTrue(head != null && head.matches("[0-9a-f]{12}"), "no usable git executable");
        String commit = CallupVersion.current().commit();
        assertEquals(head, commit.replaceFirst("-dirty$", ""), "the build names another commit than this tree's HEAD");
        String changes = git("status", "--short", "--untracked-files=no");
        if (changes != null && !changes.isEmpty()) {
            assertTrue(commit.endsWith("-dirty"), "tracked files are changed, yet the commit reads " + commit);
        }
    }

    @Test
    void namesTheVersionOfThePom() {
        assertTrue(
                CallupVersion.current().version().matches("\\d+\\.\\d+\\.\\d+.*"), CallupVersion.current()::toString);
    }

    /** The output of git run in this module's folder, or null if git is missing or fails. */
    private static String git(String... args) throws Exception {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "git";
        System.arraycopy(args, 0, cmd, 1, args.length);
        Process p;
        try {
            p = new ProcessBuilder(cmd)
                    .directory(MODULE.toFile())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            return null;
        }
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? out : null;
        });
    }
}
