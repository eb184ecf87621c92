package org.callup.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.results.BadInputException;
import org.callup.results.Target;
import org.callup.results.Targets;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioException;
import org.callup.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CalibrationProblemTest {
    private static ResolvedScenario smoke;
    private static List<Target> targets;

    @BeforeAll
    static void load() throws ScenarioException, BadInputException, IOException {
        smoke = ScenarioLibrary.shipped().load("smoke");
        targets = ElevenTargets.read();
    }

    private static CalibrationProblem problem(CalibrationSetup.Builder b) throws BadInputException {
        return CalibrationProblem.of(b.build(), smoke, targets, Targets.SHIPPED_LABEL);
    }

    private static String problems(FreeParameter... ps) {
        CalibrationSetup.Builder b = CalibrationSetup.builder("smoke").label("c.yaml");
        for (FreeParameter p : ps) {
            b.parameter(p);
        }
        return assertThrows(BadInputException.class, () -> problem(b)).getMessage();
    }

    @Test
    void countsTheTargetsWithinTheDatesAndSaysWhyTheOthersAreLeftOut() throws BadInputException {
        CalibrationProblem p = problem(CalibrationSetup.builder("smoke")
                .parameter(FreeParameter.linear("protest.policePer1000Residents", 0.05, 2))
                .exclude(List.of("finland_sep26")));
        assertEquals(
                List.of(
                        "arrests_first_days",
                        "arrests_day_one",
                        "arson_first_week",
                        "wait_upper_lars",
                        "finland_sep24"),
                p.targets().stream().map(CalibrationTarget::id).toList());
        CalibrationProblem.ExcludedTarget mob = p.excluded().stream()
                .filter(x -> x.target().id().equals("mob_completion"))
                .findFirst()
                .orElseThrow();
        assertTrue(mob.reason().contains("not within the simulated dates 2022-09-18 to 2022-09-27"), mob.reason());
        assertTrue(p.excluded().stream()
                .anyMatch(x ->
                        x.target().id().equals("finland_sep26") && x.reason().contains("excluded")));
        assertEquals(0.5, p.targets().get(0).weight(), "media");
        assertEquals(1.0, p.targets().get(1).weight(), "ngo");
    }

    @Test
    void startsFromTheScenarioAndSetsValuesOfTheRightType() throws BadInputException {
        CalibrationProblem p = problem(CalibrationSetup.builder("smoke")
                .parameter(FreeParameter.linear("decisions.ascFlee", -8, 0))
                .parameter(FreeParameter.linear("recruiters.detentionDays", 1, 10))
                .parameter(FreeParameter.linear("borders.posts[upper_lars].capacityPersonsPerDay", 2000, 12000)));
        Scenario given = smoke.scenario();
        List<Double> expected = List.of(
                given.decisions().ascFlee(),
                (double) given.recruiters().detentionDays(),
                given.borders().posts().stream()
                        .filter(x -> x.id().equals("upper_lars"))
                        .findFirst()
                        .orElseThrow()
                        .capacityPersonsPerDay());
        assertEquals(expected, p.parameters().stream().map(FreeParameter::start).toList());
        assertTrue(p.parameters().get(1).whole());
        assertEquals(
                expected,
                java.util.Arrays.stream(p.valuesAt(p.startUnit())).boxed().toList(),
                "the start candidate is the scenario as given, exactly");
        Scenario s = p.scenarioAt(new double[] {-4.5, 6, 8000});
        assertEquals(-4.5, ParamPaths.get(s, "decisions.ascFlee"));
        assertEquals(6, ParamPaths.get(s, "recruiters.detentionDays"));
        assertEquals(8000.0, ParamPaths.get(s, "borders.posts[upper_lars].capacityPersonsPerDay"));
    }

    @Test
    void commonRandomNumbersAndOverrides() throws BadInputException {
        CalibrationProblem p = problem(CalibrationSetup.builder("smoke")
                .replications(3)
                .scale(10_000)
                .seed(42)
                .endDate(LocalDate.of(2022, 9, 22))
                .parameter(FreeParameter.linear("decisions.ascFlee", -8, 0)));
        assertEquals(List.of(42L), p.seeds().subList(0, 1));
        assertEquals(3, p.seeds().size());
        assertEquals(10_000, p.base().population().scale());
        assertEquals(LocalDate.of(2022, 9, 22), p.base().endDate());
        assertEquals(
                List.of("arrests_day_one"),
                p.targets().stream().map(CalibrationTarget::id).toList());
    }

    @Test
    void anEndDateBeyondTheScenarioBoundsIsAProblemOfTheSetup() {
        CalibrationSetup.Builder late = CalibrationSetup.builder("smoke")
                .label("c.yaml")
                .endDate(LocalDate.of(2300, 1, 1))
                .parameter(FreeParameter.linear("decisions.ascFlee", -8, 0));
        String m = assertThrows(BadInputException.class, () -> problem(late)).getMessage();
        assertTrue(m.contains("c.yaml: endDate: the date 2300-01-01 is outside the years 1900 to 2100"), m);
        CalibrationSetup.Builder longRun = CalibrationSetup.builder("smoke")
                .label("c.yaml")
                .endDate(LocalDate.of(2099, 1, 1))
                .parameter(FreeParameter.linear("decisions.ascFlee", -8, 0));
        m = assertThrows(BadInputException.class, () -> problem(longRun)).getMessage();
        assertTrue(m.contains("c.yaml: endDate: the run from 2022-"), m);
        assertTrue(m.contains("at most 10 years"), m);
    }

    @Test
    void aMisspeltPathGetsTheClosestValidOne() {
        assertTrue(problems(FreeParameter.linear("decisions.ascFle", -8, 0))
                .contains(
                        "c.yaml: parameters: decisions.ascFle: no such parameter; did you mean 'decisions.ascFlee'?"));
        assertTrue(problems(FreeParameter.linear("borders.posts[upper_lar].capacityPersonsPerDay", 1, 2))
                .contains("did you mean 'borders.posts[upper_lars].capacityPersonsPerDay'?"));
    }

    @Test
    void boundsMustLieWithinTheDocumentedRange() {
        String m = problems(FreeParameter.linear("decisions.considerRatePerDay", 0, 2));
        assertTrue(m.contains("decisions.considerRatePerDay: bounds [0, 2] go outside its valid range [0, 1]"), m);
    }

    @Test
    void onlyNumbersOfTheModelCanBeCalibrated() {
        assertTrue(problems(FreeParameter.linear("borders.posts[upper_lars].rules.footAllowed", 0, 1))
                .contains("not a number"));
        assertTrue(problems(FreeParameter.linear("population.scale", 10, 100)).contains("not a model parameter"));
    }

    @Test
    void theScenarioValueMustLieWithinTheBoundsUnlessAStartIsGiven() throws BadInputException {
        double given = smoke.scenario().decisions().ascFlee();
        FreeParameter below = FreeParameter.linear("decisions.ascFlee", -10, given - 1);
        assertTrue(problems(below)
                .contains("the scenario's value " + Numbers.compact(given) + " is outside the bounds "
                        + below.describeBounds() + "; widen them or give a start value"));
        problem(CalibrationSetup.builder("smoke").parameter(below.withStart(given - 2)));
    }

    @Test
    void everyProblemIsListedAtOnce() {
        String m = problems(
                FreeParameter.linear("decisions.ascFle", -8, 0),
                FreeParameter.linear("decisions.considerRatePerDay", 0, 2));
        assertTrue(m.startsWith("2 problems:\n  1. "), m);
    }

    @Test
    void aTargetTheScenarioCannotObserveIsAProblemWithItsLine() {
        LocalDate d = LocalDate.of(2022, 9, 21);
        Target bad = new Target(
                "lars",
                "queue_wait_hours",
                "post:upper_larz",
                org.callup.results.Statistic.MAX,
                d,
                d,
                24,
                24,
                Double.NaN,
                "media",
                "x",
                7);
        CalibrationSetup s = CalibrationSetup.builder("smoke")
                .parameter(FreeParameter.linear("decisions.ascFlee", -8, 0))
                .exclude(List.of("nope"))
                .build();
        String m = assertThrows(BadInputException.class, () -> CalibrationProblem.of(s, smoke, List.of(bad), "t.csv"))
                .getMessage();
        assertTrue(
                m.contains("t.csv:7: lars: the scenario has no scope 'post:upper_larz'; did you mean "
                        + "'post:upper_lars'?"),
                m);
        assertTrue(m.contains("exclude: no target 'nope' in t.csv"), m);
    }

    @Test
    void aCandidatesSeedsComeFromThePoolByItsValuesAlone() throws BadInputException {
        CalibrationProblem common = problem(CalibrationSetup.builder("smoke")
                .replications(3)
                .parameter(FreeParameter.linear("borders.visaHoldersShare", 0.02, 0.4)));
        assertEquals(common.seeds(), common.seedsFor(new double[] {0.1}), "common random numbers");
        assertEquals(common.seeds(), common.seedPool());

        CalibrationProblem pooled = common.withSeedPool(2, 8);
        assertEquals(common.seeds().subList(0, 2), pooled.seeds(), "the pool starts with the calibration's seeds");
        assertEquals(8, pooled.seedPool().size());
        assertEquals(common.seeds(), pooled.seedPool().subList(0, 3));
        java.util.Set<Long> used = new java.util.HashSet<>();
        for (int i = 0; i < 400; i++) {
            double[] v = {0.02 + i * 0.0009};
            List<Long> s = pooled.seedsFor(v);
            assertEquals(2, s.size());
            assertTrue(!s.get(0).equals(s.get(1)), "distinct seeds for one candidate: " + s);
            assertTrue(pooled.seedPool().containsAll(s));
            assertEquals(s, pooled.seedsFor(v.clone()), "a function of the values");
            used.addAll(s);
        }
        assertEquals(8, used.size(), "the candidates spread over the whole pool");
        assertEquals(pooled.seedsFor(new double[] {0.0}), pooled.seedsFor(new double[] {-0.0}));
        assertThrows(IllegalArgumentException.class, () -> common.withSeedPool(3, 2));
    }
}
