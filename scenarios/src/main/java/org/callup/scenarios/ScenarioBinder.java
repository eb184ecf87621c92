package org.callup.scenarios;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.callup.model.params.BorderParams;
import org.callup.model.params.PopulationParams;
import org.callup.model.params.Scenario;
import org.callup.model.timeline.PolicyEvent;

/**
 * Turns a merged scenario tree into the model's {@link Scenario} and the {@link OutputSpec}, then runs the checks
 * that need the whole scenario. Every problem found on the way is reported together.
 */
final class ScenarioBinder {

    /** The bound scenario and what to output. */
    record Bound(Scenario scenario, OutputSpec output) {
    }

    private final Problems problems;

    ScenarioBinder(Problems problems) {
        this.problems = problems;
    }

    Bound bind(YamlMap root) throws ScenarioException {
        RecordBinder binder = new RecordBinder(problems);
        binder.custom(PopulationParams.class, RegionsReader.LIST, RegionsReader.keys(), new RegionsReader(binder));
        binder.custom(BorderParams.class, PostsReader.KEY, Set.of(PostsReader.KEY), new PostsReader(binder));
        EventsReader events = new EventsReader(binder);
        binder.custom(Scenario.class, EventsReader.KEY, Set.of(EventsReader.KEY), events);

        Map<String, Object> defaults = new HashMap<>();
        defaults.put("description", "");
        Scenario scenario = binder.bind(Scenario.class, root, defaults, Set.of(OutputReader.KEY));
        OutputSpec output = new OutputReader(binder).read(root, scenario);
        if (scenario != null) {
            new ScenarioChecks(scenario, root, problems).run(events.events());
            List<PolicyEvent> timeline = new ParameterChanges(problems).check(scenario, events.events());
            scenario = withTimeline(scenario, timeline);
        }
        problems.throwIfAny();
        return new Bound(scenario, output);
    }

    private static Scenario withTimeline(Scenario s, List<PolicyEvent> timeline) {
        return new Scenario(s.name(), s.description(), s.startDate(), s.endDate(), s.seed(), s.population(),
                s.citizens(), s.decisions(), s.recruiters(), s.borders(), s.protest(), timeline);
    }
}
