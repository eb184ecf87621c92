package org.callup.scenarios;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes scenario files for tests and loads them, expecting success or failure. */
final class ScenarioFiles {
    private final Path dir;

    ScenarioFiles(Path dir) {
        this.dir = dir;
    }

    Path write(String name, String yaml) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, yaml, StandardCharsets.UTF_8);
        return p;
    }

    ResolvedScenario load(String name, String yaml) throws IOException, ScenarioException {
        return ScenarioLibrary.shipped().loadFile(write(name, yaml));
    }

    /** The problems of a file that must fail to load. */
    List<Problem> problems(String name, String yaml) throws IOException {
        Path p = write(name, yaml);
        ScenarioException e = assertThrows(
                ScenarioException.class, () -> ScenarioLibrary.shipped().loadFile(p));
        assertFalse(e.problems().isEmpty());
        return e.problems();
    }

    /** A file extending the default scenario with the given lines. */
    static String extending(String... lines) {
        return "extends: partial-mobilization-2022\n" + String.join("\n", lines) + "\n";
    }
}
