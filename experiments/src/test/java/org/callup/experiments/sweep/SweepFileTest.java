package org.callup.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.callup.scenarios.Problem;
import org.callup.scenarios.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepFileTest {
    @TempDir
    Path dir;

    private List<Problem> problems(String yaml) throws Exception {
        Path f = SweepFiles.write(dir, "bad.yaml", yaml);
        return assertThrows(SweepFileException.class, () -> SweepFile.load(f)).problems();
    }

    private static Problem only(List<Problem> ps) {
        assertEquals(1, ps.size(), ps.toString());
        return ps.get(0);
    }

    @Test
    void readsAGridAndCountsItsRuns() throws Exception {
        Sweep s = SweepFiles.load(dir, SweepFiles.SMALL_GRID);
        assertEquals("small", s.name());
        assertEquals(4, s.points());
        assertEquals(8, s.plan(Shard.ALL).runs());
        assertEquals("grid of 2 parameters: 4 points x 2 replications = 8 runs", s.summary());
        assertEquals(List.of(0.0, 100000L), List.of(s.values(1)));
        assertEquals(List.of(2.0, 600000L), List.of(s.values(4)));
    }

    @Test
    void everyProblemOfTheFileAtOnceWithLineColumnAndPath() throws Exception {
        List<Problem> ps = problems("""
                scenario: smoke
                seeed: 3
                design: {type: grid}
                parameters:
                  - {name: raid, path: recruiters.channels.raid.intensty, values: [0, 1]}
                  - {path: recruiters.targetAgeMin, values: [10, 20]}
                outputs:
                  - {metric: emigrnts, scope: all, statistic: sum}
                  - {metric: mobilized, scope: al, statistic: total}
                """);
        assertEquals(6, ps.size(), ps.toString());
        assertEquals(
                "bad.yaml:2:1: seeed: unknown key in a sweep file; did you mean 'seed'?",
                ps.get(0).toString().replace(dir.resolve("bad.yaml").toString(), "bad.yaml"));
        assertEquals("parameters[0].path", ps.get(1).yamlPath());
        assertTrue(
                ps.get(1).message().contains("did you mean 'intensity'?"),
                ps.get(1).message());
        assertEquals(5, ps.get(1).line());
        assertTrue(
                ps.get(2).message().contains("value 10 is outside the valid range [16, 70]"),
                ps.get(2).message());
        assertTrue(
                ps.get(3).message().contains("did you mean 'emigrants'?"),
                ps.get(3).message());
        assertEquals(9, ps.get(4).line());
        assertTrue(
                ps.get(5).message().contains("'total' is not one of sum, max, mean, last"),
                ps.get(5).message());
    }

    @Test
    void unknownTimelineEventsAndPostsGetTheClosestId() throws Exception {
        List<Problem> ps = problems("""
                scenario: smoke
                design: {type: latin-hypercube, points: 4}
                parameters:
                  - path: timeline[anounce].quotaPersons
                    range: {min: 1, max: 2}
                  - path: borders.posts[upper_lar].open
                    values: [true, false]
                outputs: [{metric: emigrants, scope: all, statistic: sum}]
                """);
        assertEquals(2, ps.size(), ps.toString());
        assertTrue(ps.get(0).message().contains("no event with id 'anounce'; did you mean 'announce'?"), ps.toString());
        assertTrue(ps.get(1).message().contains("did you mean 'upper_lars'?"), ps.toString());
    }

    @Test
    void aTinyStepIsAProblemAtItsPath() throws Exception {
        Problem p = only(problems("""
                scenario: smoke
                design: {type: grid}
                parameters: [{path: protest.legitimacy, range: {min: 0.2, max: 0.8, step: 1e-300}}]
                outputs: [{metric: emigrants, scope: all, statistic: sum}]
                """));
        assertEquals("parameters[0].range.step", p.yamlPath(), p.toString());
        assertTrue(p.message().contains("values; at most 10000 are allowed"), p.toString());
    }

    @Test
    void distributionParametersOutsideTheirRangeAreProblemsAtTheirPaths() throws Exception {
        Problem p = only(problems("""
                scenario: smoke
                design: {type: latin-hypercube, points: 4}
                parameters: [{multiply: [protest.legitimacy], distribution: {type: lognormal, median: 0, sdLog: 0.3}}]
                outputs: [{metric: emigrants, scope: all, statistic: sum}]
                """));
        assertEquals("parameters[0].distribution.median", p.yamlPath(), p.toString());
        assertEquals("a lognormal distribution needs median above 0, got 0", p.message());
        p = only(problems("""
                scenario: smoke
                design: {type: latin-hypercube, points: 4}
                parameters: [{multiply: [protest.legitimacy], distribution: {type: triangular, min: 1, mode: 0, max: 2}}]
                outputs: [{metric: emigrants, scope: all, statistic: sum}]
                """));
        assertEquals("parameters[0].distribution.mode", p.yamlPath(), p.toString());
    }

    @Test
    void aDesignMustFitItsParameters() throws Exception {
        Problem grid = only(problems("""
                scenario: smoke
                design: {type: grid}
                parameters: [{path: protest.legitimacy, range: {min: 0.2, max: 0.8}}]
                outputs: [{metric: emigrants, scope: all, statistic: sum}]
                """));
        assertTrue(grid.message().startsWith("a grid takes every value"), grid.toString());
        Problem sobol = only(problems("""
                scenario: smoke
                design: {type: sobol}
                parameters: [{path: protest.legitimacy, range: {min: 0.2, max: 0.8}}]
                outputs: [{metric: emigrants, scope: all, statistic: sum}]
                """));
        assertEquals("design", sobol.yamlPath());
        assertTrue(sobol.message().contains("needs 'points'"), sobol.toString());
        Problem kind = only(problems("""
                scenario: smoke
                design: {type: latin-hypercub, points: 4}
                parameters: [{path: protest.legitimacy, range: {min: 0.2, max: 0.8}}]
                outputs: [{metric: emigrants, scope: all, statistic: sum}]
                """));
        assertTrue(kind.message().contains("did you mean 'latin-hypercube'?"), kind.toString());
    }

    @Test
    void aCombinationThatBreaksAScenarioRuleIsFoundBeforeRunning() throws Exception {
        Problem p = only(problems("""
                scenario: smoke
                design: {type: grid}
                parameters:
                  - path: recruiters.targetAgeMin
                    values: [18, 40]
                outputs: [{metric: emigrants, scope: all, statistic: sum}]
                """));
        assertEquals(5, p.line());
        assertTrue(p.message().startsWith("value 40 makes the scenario invalid: "), p.toString());
    }

    @Test
    void eventDatesOutsideTheRunAndWindowsOutsideItAreRefused() throws Exception {
        List<Problem> ps = problems("""
                scenario: smoke
                design: {type: grid}
                parameters:
                  - path: timeline[announce].date
                    values: [2022-09-20, 2022-10-20]
                outputs:
                  - {metric: emigrants, scope: all, statistic: sum, dateFrom: 2022-09-01}
                """);
        assertEquals(2, ps.size(), ps.toString());
        assertTrue(ps.get(0).message().contains("outside the valid range [2022-09-18, 2022-09-27]"), ps.toString());
        assertTrue(ps.get(1).message().contains("outside the simulated dates"), ps.toString());
    }

    @Test
    void flowMappingsNeedQuotesAroundPathsWithIds() throws Exception {
        Problem p = only(problems("""
                scenario: smoke
                design: {type: grid}
                parameters: [{path: timeline[announce].date, values: [2022-09-20]}]
                outputs: [{metric: emigrants, scope: all, statistic: sum}]
                """));
        assertTrue(p.message().contains("put a path with [id] in quotes"), p.toString());
    }

    @Test
    void namesMustDifferAndNotTakeFixedColumns() throws Exception {
        List<Problem> ps = problems("""
                scenario: smoke
                design: {type: grid}
                parameters:
                  - {name: seed, path: protest.legitimacy, values: [0.5]}
                  - {name: x, path: protest.threshold, values: [0.1]}
                outputs:
                  - {name: x, metric: emigrants, scope: all, statistic: sum}
                """);
        assertEquals(2, ps.size(), ps.toString());
        assertTrue(ps.get(0).message().contains("'seed' is a column"), ps.toString());
        assertTrue(ps.get(1).message().contains("'x' is used twice"), ps.toString());
    }

    @Test
    void aFieldGetsOneValueOnly() throws Exception {
        Problem p = only(problems("""
                scenario: smoke
                design: {type: grid}
                set: {protest.legitimacy: 0.4}
                parameters: [{path: protest.legitimacy, values: [0.5, 0.6]}]
                outputs: [{metric: emigrants, scope: all, statistic: sum}]
                """));
        assertTrue(p.message().contains("already given a value at set.protest.legitimacy"), p.toString());
    }

    @Test
    void problemsInsideTheBaseScenarioAreReportedInItsOwnFile() throws Exception {
        Files.writeString(dir.resolve("base.yaml"), "extends: smoke\nprotest: {legitimcy: 0.3}\n");
        Path f = SweepFiles.write(dir, "s.yaml", """
                scenario: base.yaml
                design: {type: grid}
                parameters: [{path: protest.legitimacy, values: [0.5]}]
                outputs: [{metric: emigrants, scope: all, statistic: sum}]
                """);
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepFile.load(f));
        assertTrue(e.problems().get(0).file().endsWith("base.yaml"), e.format());
        Path missing = SweepFiles.write(dir, "m.yaml", """
                scenario: nowhere.yaml
                design: {type: grid}
                parameters: [{path: protest.legitimacy, values: [0.5]}]
                outputs: [{metric: emigrants, scope: all, statistic: sum}]
                """);
        SweepFileException m = assertThrows(SweepFileException.class, () -> SweepFile.load(missing));
        assertEquals("scenario", m.problems().get(0).yamlPath());
    }

    @Test
    void hostileYamlIsRefusedWithOneProblem() throws Exception {
        Problem tag = only(problems("scenario: !!java.net.URL [\"http://example.org\"]\n"));
        assertTrue(tag.message().contains("tags"), tag.toString());
        Problem alias = only(problems("a: &x 1\nscenario: *x\n"));
        assertTrue(alias.message().contains("aliases"), alias.toString());
        assertFalse(only(problems("")).message().isEmpty());
    }
}
