package org.callup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {
    @TempDir
    Path dir;

    @Test
    void versionNamesTheCommit() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().matches("(?s)callup \\S+ \\(commit \\S+\\)\\R.*"), r.out());
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] args : new String[][] {
            {"--help"},
            {"run", "--help"},
            {"validate", "--help"},
            {"scenarios", "--help"},
            {"scenarios", "list", "--help"},
            {"generate-completion", "--help"}
        }) {
            Cli.Result r = Cli.run(args);
            assertEquals(0, r.code(), String.join(" ", args));
            assertTrue(r.out().startsWith("Usage: callup"), r.out());
        }
    }

    @Test
    void anUnknownCommandIsBadInput() {
        Cli.Result r = Cli.run("rnu");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("did you mean run"), r.err());
    }

    @Test
    void scenariosListsTheLibrary() {
        Cli.Result r = Cli.run("scenarios", "list");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("partial-mobilization-2022 "), r.out());
        assertTrue(r.out().contains("\nsmoke "), r.out());
    }

    @Test
    void scenariosShowPrintsResolvedYaml() {
        Cli.Result r = Cli.run("scenarios", "show", "smoke");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("name: \"smoke\""), r.out());
    }

    @Test
    void scenariosValidateListsProblemsAndExitsTwo() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "extends: smoke\nname: bad\npopulation:\n  scael: 10\n");
        Cli.Result r = Cli.run("scenarios", "validate", "smoke", bad.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.out().contains("smoke: ok"), r.out());
        assertTrue(r.err().contains("bad.yaml:4"), r.err());
    }

    @Test
    void scenariosSchemaIsJson() {
        Cli.Result r = Cli.run("scenarios", "schema");
        assertEquals(0, r.code());
        assertTrue(r.out().strip().startsWith("{"), r.out());
    }

    @Test
    void completionScriptIsGenerated() {
        Cli.Result r = Cli.run("generate-completion");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("complete -F"), r.out().substring(0, 200));
    }
}
