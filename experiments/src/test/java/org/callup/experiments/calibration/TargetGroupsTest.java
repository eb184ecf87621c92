package org.callup.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.callup.results.BadInputException;
import org.callup.results.Target;
import org.callup.results.Targets;
import org.callup.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.Test;

/** Groups of targets, series of daily targets, and which targets a leave-out takes away. */
class TargetGroupsTest {
    /** The project's record of reported figures: 36 targets, some of them daily series. */
    static final String REPORTED = "/calibration/reported-2022-36-targets.csv";

    static List<Target> reported() throws IOException, BadInputException, URISyntaxException {
        return Targets.read(Path.of(TargetGroupsTest.class.getResource(REPORTED).toURI()));
    }

    private static CalibrationSetup.Builder setup() {
        return CalibrationSetup.builder("partial-mobilization-2022")
                .parameter(FreeParameter.linear("borders.visaHoldersShare", 0.02, 0.4))
                // The model has no count of men mobilized without prior service yet.
                .exclude(List.of("mob_without_service"));
    }

    private static CalibrationProblem problem(CalibrationSetup s, List<Target> targets) throws Exception {
        return CalibrationProblem.of(s, ScenarioLibrary.shipped().load(s.scenario()), targets, "reported");
    }

    @Test
    void theGroupFollowsTheMetric() {
        assertEquals("borders", TargetGroups.ofMetric("crossings_out"));
        assertEquals("borders", TargetGroups.ofMetric("queue_wait_hours"));
        assertEquals("borders", TargetGroups.ofMetric("summons_delivered_border"));
        assertEquals("protest", TargetGroups.ofMetric("protest_arrests"));
        assertEquals("attacks", TargetGroups.ofMetric("office_attacks"));
        for (String m : List.of("mobilized", "mobilized_without_service", "state_deployed")) {
            assertEquals("mobilization", TargetGroups.ofMetric(m), m);
        }
        for (String m : List.of("emigrants", "hiding", "abroad")) {
            assertEquals("exodus", TargetGroups.ofMetric(m), m);
        }
        assertEquals("other", TargetGroups.ofMetric("air_price_rub"));
    }

    @Test
    void theReportedRecordFallsIntoFiveGroupsAndTwoDailySeries() throws Exception {
        CalibrationProblem p = problem(setup().build(), reported());
        Map<String, Long> byGroup = p.targets().stream()
                .collect(Collectors.groupingBy(CalibrationTarget::group, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("borders", 17L, "protest", 5L, "attacks", 3L, "mobilization", 5L, "exodus", 4L), byGroup);
        Map<String, List<String>> series = p.targets().stream()
                .filter(CalibrationTarget::inSeries)
                .collect(Collectors.groupingBy(
                        CalibrationTarget::series,
                        TreeMap::new,
                        Collectors.mapping(CalibrationTarget::id, Collectors.toList())));
        assertEquals(
                List.of("crossings_out@country:Finland", "crossings_out@country:Georgia"),
                List.copyOf(series.keySet()));
        assertEquals(
                List.of("finland_sep24", "finland_sep26", "fi_sep20", "fi_sep21", "fi_sep22", "fi_sep23", "fi_sep25"),
                series.get("crossings_out@country:Finland"),
                "the old two days join the new five");
        assertEquals(7, series.get("crossings_out@country:Georgia").size());
        assertTrue(
                p.targets().stream()
                        .filter(t -> t.target().metric().equals("protest_arrests"))
                        .noneMatch(CalibrationTarget::inSeries),
                "two days of national arrests are not a series");
        LossTerms terms = LossTerms.of(p.targets());
        assertEquals(34 - 14 + 2, terms.size(), "fourteen days make two terms");
        assertTrue(p.targets().stream().allMatch(t -> t.softEdgeMultiple() == CalibrationSetup.DEFAULT_SOFT_EDGE));
    }

    @Test
    void theShippedElevenTargetsHaveNoSeriesSoTheirLossIsAsBefore() throws Exception {
        CalibrationProblem auto = problem(setup().exclude(List.of()).build(), ElevenTargets.read());
        CalibrationProblem none =
                problem(setup().exclude(List.of()).series(false).build(), ElevenTargets.read());
        assertEquals(11, auto.targets().size());
        assertTrue(auto.targets().stream().noneMatch(CalibrationTarget::inSeries), "Finland on two days only");
        double[][] x = new double[11][2];
        for (int t = 0; t < 11; t++) {
            x[t][0] = auto.targets().get(t).target().value() * 1.3;
            x[t][1] = auto.targets().get(t).target().value() * 0.6;
        }
        List<CalibrationTarget> hard = auto.targets().stream()
                .map(c -> new CalibrationTarget(c.target(), c.weight()))
                .toList();
        List<CalibrationTarget> noEdge = problem(
                        setup().exclude(List.of()).softEdge(0).build(), ElevenTargets.read())
                .targets();
        assertEquals(Loss.of(hard, x), Loss.of(noEdge, x), "bit for bit the loss of targets alone");
        assertEquals(Loss.of(auto.targets(), x), Loss.of(none.targets(), x));
    }

    @Test
    void aGroupCanBeOverriddenAndLeftOut() throws Exception {
        CalibrationSetup s = setup().groups(Map.of("arrests_capitals_sep21", "capitals"))
                .leaveOut("protest")
                .build();
        CalibrationProblem p = problem(s, reported());
        assertTrue(p.targets().stream().noneMatch(t -> t.group().equals("protest")));
        assertEquals(
                List.of("arrests_capitals_sep21"),
                p.targets().stream()
                        .filter(t -> t.group().equals("capitals"))
                        .map(CalibrationTarget::id)
                        .toList());
        assertEquals(
                4,
                p.excluded().stream()
                        .filter(x -> x.reason().contains("group protest"))
                        .count());

        BadInputException e = assertThrows(
                BadInputException.class,
                () -> problem(setup().leaveOut("protests").build(), reported()));
        assertTrue(e.getMessage().contains("no counted target is in group 'protests'"), e.getMessage());
        assertTrue(e.getMessage().contains("protest"), e.getMessage());
        BadInputException g = assertThrows(
                BadInputException.class,
                () -> problem(setup().groups(Map.of("arests_sep24", "protest")).build(), reported()));
        assertTrue(g.getMessage().contains("groups: no target 'arests_sep24'"), g.getMessage());
    }

    @Test
    void aCalibrationFileSetsSeriesSoftEdgeAndGroups() throws Exception {
        CalibrationSetup s = CalibrationFile.parse("""
                scenario: smoke
                series: none
                oneSidedSoftEdge: 5
                groups: {arrests_day_one: borders}
                parameters:
                  borders.visaHoldersShare: {min: 0.02, max: 0.4}
                """, "test.yaml").build();
        assertEquals(false, s.series());
        assertEquals(5, s.softEdge());
        assertEquals(Map.of("arrests_day_one", "borders"), s.groups());
        BadInputException e = assertThrows(BadInputException.class, () -> CalibrationFile.parse("""
                scenario: smoke
                series: sometimes
                oneSidedSoftEdge: 0.5
                groups: {arrests_day_one: Borders!}
                parameters:
                  borders.visaHoldersShare: {min: 0.02, max: 0.4}
                """, "test.yaml"));
        assertEquals(
                3, e.getMessage().lines().filter(l -> l.contains("test.yaml:")).count(), e.getMessage());
    }
}
