package org.callup.experiments.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.callup.model.observe.Metric;
import org.callup.model.observe.ObservationSpace;
import org.callup.model.params.Scenario;
import org.callup.results.Target;
import org.callup.scenarios.Suggest;

/**
 * Which targets of a file the loss counts for a scenario: those whose date window lies within the simulated dates
 * (a figure of 2024 says nothing about a run of 2022) and that the setup does not exclude. A counted target must
 * name a metric and a scope the scenario observes; a mistake there is a problem, with the closest valid name.
 */
record TargetSelection(List<CalibrationTarget> counted, List<CalibrationProblem.ExcludedTarget> excluded) {

    static TargetSelection of(Scenario s, List<Target> all, List<String> exclude, TrustWeights weights,
                              String targetsLabel, List<String> problems) {
        List<String> ids = all.stream().map(Target::id).toList();
        for (String id : exclude) {
            if (!ids.contains(id)) {
                problems.add("exclude: no target '" + id + "' in " + targetsLabel + Suggest.didYouMean(id, ids));
            }
        }
        ObservationSpace space = new ObservationSpace(s);
        List<String> metrics = Arrays.stream(Metric.values()).map(Metric::key).toList();
        List<CalibrationTarget> counted = new ArrayList<>();
        List<CalibrationProblem.ExcludedTarget> excluded = new ArrayList<>();
        for (Target t : all) {
            if (exclude.contains(t.id())) {
                excluded.add(new CalibrationProblem.ExcludedTarget(t, "excluded by the calibration setup", false));
            } else if (!t.within(s.startDate(), s.endDate())) {
                excluded.add(new CalibrationProblem.ExcludedTarget(t, t.notWithin(s.startDate(), s.endDate()), true));
            } else {
                String why = unobserved(t, space, metrics);
                if (why != null) {
                    problems.add(targetsLabel + ":" + t.line() + ": " + t.id() + ": " + why);
                } else {
                    counted.add(new CalibrationTarget(t, weights.weight(t.trust())));
                }
            }
        }
        if (counted.isEmpty() && problems.isEmpty()) {
            problems.add(targetsLabel + ": no target falls within the dates of scenario '" + s.name() + "' ("
                    + s.startDate() + " to " + s.endDate() + ") and is not excluded; nothing to calibrate to");
        }
        return new TargetSelection(List.copyOf(counted), List.copyOf(excluded));
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
