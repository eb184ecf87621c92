package org.callup.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.callup.results.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationFileTest {
    @TempDir
    Path dir;

    private static String problems(String yaml) {
        return assertThrows(
                        BadInputException.class,
                        () -> CalibrationFile.parse(yaml, "c.yaml").buildChecked())
                .getMessage();
    }

    @Test
    void readsEverySetting() throws BadInputException {
        CalibrationSetup s = CalibrationFile.parse("""
                description: a test
                scenario: smoke
                targets: shipped
                exclude: [draft_2024]
                replications: 3
                budget: 50
                populationSize: 8
                initialStep: 0.2
                optimizerSeed: 5
                trustWeights: {media: 0.25}
                scale: 1000
                seed: 9
                endDate: 2022-09-25
                identifiabilityPoints: 3
                parameters:
                  decisions.ascFlee: {min: -8, max: 0, start: -3}
                  decisions.considerRatePerDay: {min: 0.002, max: 0.05, scale: log}
                  borders.posts[upper_lars].capacityPersonsPerDay: {min: 2000, max: 12000}
                """, "c.yaml").buildChecked();
        assertEquals("smoke", s.scenario());
        assertNull(s.targets(), "shipped");
        assertEquals(3, s.replications());
        assertEquals(50, s.budget());
        assertEquals(0.25, s.weights().weight("media"));
        assertEquals(1.0, s.weights().weight("official"), "other weights keep their defaults");
        assertEquals(LocalDate.of(2022, 9, 25), s.endDate());
        assertEquals(3, s.parameters().size());
        assertEquals(-3, s.parameters().get(0).start());
        assertTrue(s.parameters().get(1).logScale());
        assertFalse(s.parameters().get(2).logScale());
    }

    @Test
    void everyMistakeIsReportedAtOnceWithItsLineAndKey() {
        String m = problems("""
                scenario: smoke
                budgit: 50
                replications: 2.0
                initialStep: "0.3"
                parameters:
                  decisions.ascFlee: {min: -8, maks: 0}
                  decisions.ascHide: {min: -8}
                  decisions.tieFear: {min: 1, max: 0}
                  decisions.considerRatePerDay: {min: 0, max: 0.1, scale: log}
                  decisions.betaRisk: {min: 0, max: 5, scale: cubic}
                """);
        assertTrue(m.startsWith("8 problems:"), m);
        assertTrue(m.contains("c.yaml:2:1: budgit: unknown key; did you mean 'budget'?"), m);
        assertTrue(m.contains("c.yaml:3:15: replications: expected a whole number, got 2.0 (write it without"), m);
        assertTrue(m.contains("c.yaml:4:14: initialStep: expected a number, got text '0.3' (remove the quotes)"), m);
        assertTrue(m.contains("parameters.decisions.ascFlee.maks: unknown key; did you mean 'max'?"), m);
        assertTrue(m.contains("c.yaml:7:22: parameters.decisions.ascHide: give both bounds"), m);
        assertTrue(m.contains("parameters.decisions.tieFear: min must be below max"), m);
        assertTrue(m.contains("parameters.decisions.considerRatePerDay: a log scale needs min above 0"), m);
        assertTrue(m.contains("expected linear or log, got 'cubic'"), m);
    }

    @Test
    void theAbcSectionIsReadAndCheckedLikeTheRest() throws BadInputException {
        CalibrationSetup s = CalibrationFile.parse("""
                scenario: smoke
                abc:
                  particles: 500
                  toleranceQuantile: 0.4
                  generations: 6
                  maxEvaluations: 9000
                  predictiveDraws: 50
                  replications: 1
                  seedPool: 8
                parameters: {decisions.ascFlee: {min: -8, max: 0}}
                """, "c.yaml").buildChecked();
        AbcSection a = s.abc();
        assertEquals(500, a.particles());
        assertEquals(0.4, a.toleranceQuantile());
        assertEquals(6, a.generations());
        assertEquals(9000, a.maxEvaluations());
        assertEquals(50, a.predictiveDraws());
        assertEquals(1, a.replications());
        assertEquals(8, a.seedPool());
        assertNull(a.minAcceptance(), "left to the default");
        assertEquals(
                AbcSection.NONE,
                CalibrationFile.parse(
                                "scenario: smoke\nparameters: {decisions.ascFlee: " + "{min: -8, max: 0}}\n", "c.yaml")
                        .buildChecked()
                        .abc());

        String m = problems("""
                scenario: smoke
                abc:
                  particle: 500
                  toleranceQuantile: 1.5
                  seedPool: 0
                  replications: 2.5
                parameters: {decisions.ascFlee: {min: -8, max: 0}}
                """);
        assertTrue(m.startsWith("4 problems:"), m);
        assertContains(m, "c.yaml:3:3: abc.particle: unknown key in the abc section; did you mean 'particles'?");
        assertContains(m, "c.yaml:4:22: abc.toleranceQuantile: must be above 0 and below 1, was 1.5");
        assertContains(m, "c.yaml:5:13: abc.seedPool: must be between 1 and 1000, was 0");
        assertContains(m, "c.yaml:6:17: abc.replications: expected a whole number, got 2.5");
        assertContains(
                problems("scenario: smoke\nabc: 5\nparameters: {decisions.ascFlee: {min: -8, max: 0}}\n"),
                "c.yaml:2:6: abc: expected a mapping of ABC settings");
    }

    @Test
    void aMissingScenarioOrParametersIsSaid() {
        assertTrue(problems("budget: 5\n").contains("scenario: missing"));
        assertTrue(problems("scenario: smoke\n").contains("give at least one free parameter"));
    }

    @Test
    void tagsAnchorsAndBrokenYamlAreRefused() {
        assertContains(problems("scenario: !!java.net.URL [http://x]\n"), "tag");
        assertContains(problems("scenario: !local smoke\n"), "c.yaml:1:11: YAML tags such as '!local' are not allowed");
        assertContains(
                problems("scenario: &s smoke\ntargets: *s\n"), "c.yaml:2:10: YAML aliases ('*s') are not allowed");
        assertContains(problems("scenario: [smoke\n"), "c.yaml:2:1: not valid YAML");
        assertContains(problems(""), "the file is empty");
        assertContains(problems("- a\n- b\n"), "expected a mapping of calibration keys");
    }

    private static void assertContains(String message, String part) {
        assertTrue(message.contains(part), message);
    }

    @Test
    void relativePathsAreTakenFromTheFilesFolder() throws IOException, BadInputException {
        Path sub = Files.createDirectories(dir.resolve("setups"));
        Path file = Files.writeString(sub.resolve("c.yaml"), """
                scenario: ../my-scenario.yaml
                targets: targets/mine.csv
                parameters: {decisions.ascFlee: {min: -8, max: 0}}
                """);
        CalibrationSetup s = CalibrationFile.read(file).buildChecked();
        assertEquals(
                dir.resolve("my-scenario.yaml").toAbsolutePath().normalize().toString(), s.scenario());
        assertEquals(
                sub.resolve("targets/mine.csv").toAbsolutePath().normalize().toString(), s.targets());
        assertTrue(
                problems("scenario: ../x.yaml\nparameters: {decisions.ascFlee: {min: -8, max: 0}}\n")
                        .contains("can name only library scenarios"),
                "text has no folder to resolve against");
    }

    @Test
    void aMissingFileIsOneLine() {
        BadInputException e = assertThrows(BadInputException.class, () -> CalibrationFile.read(dir.resolve("no.yaml")));
        assertEquals(dir.resolve("no.yaml") + ": calibration file not found", e.getMessage());
    }

    @Test
    void theShippedCalibrationsRead() throws IOException, BadInputException {
        CalibrationSetup s = CalibrationFile.shipped("partial-mobilization-2022")
                .orElseThrow()
                .buildChecked();
        assertEquals("partial-mobilization-2022", s.scenario());
        assertTrue(s.parameters().size() >= 10);
        assertEquals(1000, s.abc().particles(), "the default ABC has a posterior of 1,000 particles");
        assertEquals(1, s.abc().replications());
        assertTrue(CalibrationFile.shipped("smoke").isEmpty());
        assertTrue(CalibrationFile.shipped("../../etc/passwd").isEmpty());
    }
}
