package org.callup.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped scenario loads, is documented, and survives the trip through its resolved YAML. */
class LibraryScenariosTest {
    private static final Path SOURCE_DIR = Path.of("src/main/resources/scenarios");

    static List<String> names() {
        return ScenarioLibrary.shipped().names();
    }

    @Test
    void indexListsExactlyTheScenarioFilesWithTheDefaultFirst() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(SOURCE_DIR)) {
            files = s.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml"))
                    .map(f -> f.substring(0, f.length() - 5))
                    .sorted()
                    .toList();
        }
        assertEquals(files, names().stream().sorted().toList());
        assertEquals(ScenarioLibrary.DEFAULT, names().get(0));
    }

    @ParameterizedTest
    @MethodSource("names")
    void loadsWithItsOwnNameAndADescription(String name) throws ScenarioException {
        ResolvedScenario r = ScenarioLibrary.shipped().load(name);
        assertEquals(name, r.name());
        assertEquals(name, r.scenario().name());
        assertEquals("library:" + name, r.origin());
        assertFalse(ScenarioLibrary.shipped().describe(name).isBlank());
        assertFalse(ScenarioLibrary.shipped().describe(name).contains("\n"));
    }

    @ParameterizedTest
    @MethodSource("names")
    void fileStartsWithAHeaderComment(String name) throws IOException {
        String text = Files.readString(SOURCE_DIR.resolve(name + ".yaml"));
        assertTrue(
                text.startsWith("# " + name + ":"), "the file should open with '# " + name + ": <what it represents>'");
    }

    /**
     * Every number in a library file carries its source or "assumption" in a comment on its line (the text of a
     * folded description is skipped; dates are not numbers here).
     */
    @ParameterizedTest
    @MethodSource("names")
    void everyNumberCarriesASourceComment(String name) throws IOException {
        List<String> lines = Files.readAllLines(SOURCE_DIR.resolve(name + ".yaml"));
        java.util.regex.Pattern number = java.util.regex.Pattern.compile("[:\\[,]\\s*-?[0-9]");
        int blockIndent = -1;
        List<String> bare = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int indent = line.length() - line.stripLeading().length();
            if (blockIndent >= 0 && (line.isBlank() || indent > blockIndent)) {
                continue;
            }
            blockIndent = line.matches("\\s*description:\\s*[>|].*") ? indent : -1;
            String code = line.split("#", 2)[0]
                    .replaceAll("[0-9]{4}-[0-9]{2}-[0-9]{2}", "D")
                    .replaceAll("\"[^\"]*\"", "T");
            if (number.matcher(code).find() && !line.contains("#")) {
                bare.add((i + 1) + ": " + line.strip());
            }
        }
        assertEquals(List.of(), bare, name + ".yaml: numbers without a source comment");
    }

    @ParameterizedTest
    @MethodSource("names")
    void resolvedYamlLoadsToAnEqualScenarioWithTheSameHash(String name) throws ScenarioException {
        ResolvedScenario first = ScenarioLibrary.shipped().load(name);
        ResolvedScenario again = ScenarioLibrary.shipped().loadText(first.resolvedYaml(), name + "-resolved.yaml");
        assertEquals(first.scenario(), again.scenario());
        assertEquals(first.output(), again.output());
        assertEquals(first.resolvedYaml(), again.resolvedYaml());
        assertEquals(first.sha256(), again.sha256());
    }

    @Test
    void resolvedYamlWrittenToAFileLoadsThroughLoad(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException, ScenarioException {
        ResolvedScenario first = ScenarioLibrary.shipped().load("smoke");
        Path file = dir.resolve("resolved.yaml");
        Files.writeString(file, first.resolvedYaml());
        assertEquals(
                first.scenario(),
                ScenarioLibrary.shipped().load(file.toString()).scenario());
    }

    @Test
    void differentScenariosHaveDifferentHashes() throws ScenarioException {
        assertNotEquals(
                ScenarioLibrary.shipped().load("smoke").sha256(),
                ScenarioLibrary.shipped().load(ScenarioLibrary.DEFAULT).sha256());
    }

    @Test
    void theValidatorReportsNoProblemForShippedScenarios() {
        for (String name : names()) {
            assertEquals(List.of(), ScenarioValidator.validate(name), name);
        }
    }

    @Test
    void smokeIsSmallAndShort() throws ScenarioException {
        var s = ScenarioLibrary.shipped().load("smoke").scenario();
        assertEquals(10, s.days());
        assertEquals(5000, s.population().citizenCount());
        assertEquals(5, s.borders().posts().size());
        assertTrue(s.timeline().stream().anyMatch(e -> e instanceof org.callup.model.timeline.AnnounceWave));
    }

    @Test
    void autumnDraft2024DropsThe2022EventsAndTargetsConscripts() throws ScenarioException {
        var s = ScenarioLibrary.shipped().load("autumn-draft-2024").scenario();
        assertEquals(LocalDate.of(2024, 10, 1), s.startDate());
        assertTrue(s.timeline().stream().allMatch(e -> e.date().getYear() == 2024));
        assertEquals(30, s.recruiters().targetAgeMax());
        assertEquals(0.0, s.recruiters().priorServiceWeight());
        assertTrue(s.recruiters().conscription(), "its draftees are conscripts");
        assertTrue(s.recruiters().exemptions().students());
        assertTrue(s.borders().posts().stream().allMatch(p -> p.rules().turnBackSummoned()));
    }
}
