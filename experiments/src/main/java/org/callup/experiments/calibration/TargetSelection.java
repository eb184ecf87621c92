package org.callup.experiments.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.callup.model.observe.Metric;
import org.callup.model.observe.ObservationSpace;
import org.callup.model.params.Scenario;
import org.callup.results.Target;
import org.callup.scenarios.Suggest;

/**
 * Which targets of a file the loss counts for a scenario, and how: those whose date window lies within the
 * simulated dates (a figure of 2024 says nothing about a run of 2022), that the setup does not exclude and whose
 * group it does not leave out. A counted target must name a metric and a scope the scenario observes; a mistake
 * there is a problem, with the closest valid name.
 *
 * <p><b>Series.</b> Counted targets of one day each that share a metric and a scope are the days of one daily
 * series (entries into Georgia on 20, 21, 23, 25 ... September), and count as one term of the loss when there are
 * at least {@value #SERIES_MIN_DAYS} of them: two days are too few to call a series, and are left as two targets
 * (which also keeps the loss of the shipped eleven targets, with Finland on 24 and 26 September, as it was).
 */
record TargetSelection(List<CalibrationTarget> counted, List<CalibrationProblem.ExcludedTarget> excluded) {
    /** The fewest days of one metric and scope that form a series. */
    static final int SERIES_MIN_DAYS = 3;

    static TargetSelection of(
            Scenario s, List<Target> all, CalibrationSetup setup, String targetsLabel, List<String> problems) {
        List<String> ids = all.stream().map(Target::id).toList();
        for (String id : setup.exclude()) {
            if (!ids.contains(id)) {
                problems.add("exclude: no target '" + id + "' in " + targetsLabel + Suggest.didYouMean(id, ids));
            }
        }
        for (String id : setup.groups().keySet()) {
            if (!ids.contains(id)) {
                problems.add("groups: no target '" + id + "' in " + targetsLabel + Suggest.didYouMean(id, ids));
            }
        }
        ObservationSpace space = new ObservationSpace(s);
        List<String> metrics = Arrays.stream(Metric.values()).map(Metric::key).toList();
        List<Target> counted = new ArrayList<>();
        List<CalibrationProblem.ExcludedTarget> excluded = new ArrayList<>();
        Set<String> groupsInDates = new LinkedHashSet<>();
        for (Target t : all) {
            String group = groupOf(t, setup);
            if (setup.exclude().contains(t.id())) {
                excluded.add(new CalibrationProblem.ExcludedTarget(t, "excluded by the calibration setup", false));
            } else if (!t.within(s.startDate(), s.endDate())) {
                excluded.add(new CalibrationProblem.ExcludedTarget(t, t.notWithin(s.startDate(), s.endDate()), true));
            } else if (group.equals(setup.leaveOut())) {
                groupsInDates.add(group);
                excluded.add(new CalibrationProblem.ExcludedTarget(
                        t, "left out of the fit (group " + group + ", out-of-sample check)", false));
            } else {
                groupsInDates.add(group);
                String why = unobserved(t, space, metrics);
                if (why != null) {
                    problems.add(targetsLabel + ":" + t.line() + ": " + t.id() + ": " + why);
                } else {
                    counted.add(t);
                }
            }
        }
        if (setup.leaveOut() != null && !groupsInDates.contains(setup.leaveOut())) {
            problems.add("leave-out: no counted target is in group '" + setup.leaveOut() + "' (groups: "
                    + String.join(", ", groupsInDates) + ")"
                    + Suggest.didYouMean(setup.leaveOut(), List.copyOf(groupsInDates)));
        }
        if (counted.isEmpty() && problems.isEmpty()) {
            problems.add(targetsLabel + ": no target falls within the dates of scenario '" + s.name() + "' ("
                    + s.startDate() + " to " + s.endDate() + ") and is not excluded; nothing to calibrate to");
        }
        return new TargetSelection(calibrationTargets(counted, setup), List.copyOf(excluded));
    }

    /** The group of a target: the setup's override, else its metric's. */
    static String groupOf(Target t, CalibrationSetup setup) {
        String g = setup.groups().get(t.id());
        return g != null ? g : TargetGroups.ofMetric(t.metric());
    }

    private static List<CalibrationTarget> calibrationTargets(List<Target> counted, CalibrationSetup setup) {
        Map<String, Integer> days = new LinkedHashMap<>();
        for (Target t : counted) {
            String key = seriesKey(t);
            if (key != null) {
                days.merge(key, 1, Integer::sum);
            }
        }
        List<CalibrationTarget> out = new ArrayList<>();
        for (Target t : counted) {
            String key = seriesKey(t);
            boolean series = setup.series() && key != null && days.get(key) >= SERIES_MIN_DAYS;
            out.add(new CalibrationTarget(
                    t, setup.weights().weight(t.trust()), groupOf(t, setup), series ? key : "", setup.softEdge()));
        }
        return List.copyOf(out);
    }

    /** The series a one-day target would be a day of, named by its metric and scope; null for a longer window. */
    static String seriesKey(Target t) {
        return t.dateFrom().equals(t.dateTo()) ? t.metric() + "@" + t.scope() : null;
    }

    private static String unobserved(Target t, ObservationSpace space, List<String> metrics) {
        Metric m = Metric.byKey(t.metric());
        if (m == null) {
            return "no metric '" + t.metric() + "'" + Suggest.didYouMean(t.metric(), metrics);
        }
        int scope = space.scopeIndex(t.scope());
        if (scope < 0) {
            return "the scenario has no scope '" + t.scope() + "'" + Suggest.didYouMean(t.scope(), space.scopes());
        }
        if (!space.applies(m, scope)) {
            return "metric '" + t.metric() + "' is not observed in scope '" + t.scope() + "'";
        }
        return null;
    }
}
