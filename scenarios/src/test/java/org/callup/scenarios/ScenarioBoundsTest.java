package org.callup.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A scenario's name becomes part of file names and of YAML written back, and its dates decide how much is
 * simulated: both are checked by the reader, for every command, before anything runs.
 */
class ScenarioBoundsTest {
    @TempDir
    Path dir;

    private Problem only(String... lines) throws IOException {
        List<Problem> ps = new ScenarioFiles(dir).problems("s.yaml", ScenarioFiles.extending(lines));
        assertEquals(1, ps.size(), ps::toString);
        return ps.get(0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"../../../tmp/x/ESCAPED\"",
                "\"run: 2\"",
                "\"base #2\"",
                "\".hidden\"",
                "\"-rf\"",
                "\"a/b\"",
                "\"tab\\there\"",
                "\"\\e[31mred\""
            })
    void namesThatAreNotPlainWordsAreRefused(String yaml) throws IOException {
        Problem p = only("name: " + yaml);
        assertEquals("name", p.yamlPath());
        assertTrue(p.message().startsWith("the name may contain only letters, digits"), p.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "\"   \""})
    void emptyNamesAreRefused(String yaml) throws IOException {
        Problem p = only("name: " + yaml);
        assertEquals("name", p.yamlPath());
        assertTrue(p.message().startsWith("a scenario needs a name"), p.message());
    }

    @Test
    void longNamesAreRefused() throws IOException {
        Problem p = only("name: " + "n".repeat(20_000));
        assertEquals("the name is 20000 characters long; at most 64 are allowed", p.message());
    }

    @Test
    void plainNamesAreFine() throws IOException, ScenarioException {
        new ScenarioFiles(dir).load("ok.yaml", ScenarioFiles.extending("name: " + "a".repeat(64)));
        new ScenarioFiles(dir).load("ok.yaml", ScenarioFiles.extending("name: base_2.v1-x"));
    }

    @Test
    void datesOutsideTheCenturiesCallupSimulatesAreRefused() throws IOException {
        List<Problem> ps = new ScenarioFiles(dir)
                .problems(
                        "s.yaml",
                        "extends: smoke\nstartDate: 0000-01-01\n" + "endDate: 9999-12-31\nremoveEvents: all\n");
        assertTrue(
                ps.stream()
                        .anyMatch(
                                p -> p.yamlPath().equals("startDate")
                                        && p.message()
                                                .equals(
                                                        "the date 0000-01-01 is outside the years 1900 to 2100 that callup simulates")),
                ps::toString);
        assertTrue(
                ps.stream()
                        .anyMatch(p -> p.yamlPath().equals("endDate")
                                && p.message().startsWith("the date 9999-12-31 is outside")),
                ps::toString);
    }

    @Test
    void runsLongerThanTenYearsAreRefused() throws IOException {
        Problem p = only("endDate: 2040-01-01");
        assertEquals("endDate", p.yamlPath());
        assertTrue(p.message().contains("at most 10 years"), p.message());
    }
}
