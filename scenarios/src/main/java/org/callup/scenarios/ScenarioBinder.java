package org.callup.scenarios;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.callup.model.params.BorderParams;
import org.callup.model.params.PopulationParams;
import org.callup.model.params.Scenario;
import org.callup.model.timeline.PolicyEvent;
import org.callup.scenarios.yaml.StrictValues;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlNode;
import org.callup.scenarios.yaml.YamlScalar;

/**
 * Turns a merged scenario tree into the model's {@link Scenario} and the {@link OutputSpec}, then runs the checks
 * that span several parts of it. Every problem found on the way is reported together.
 */
final class ScenarioBinder {

    /** The bound scenario, what to output, and the position of each event with an id in the timeline. */
    record Bound(Scenario scenario, OutputSpec output, Map<String, Integer> eventIndexById) {}

    /** The keys a scenario's top level may have besides the directives of extends: the scenario's and output. */
    static final List<String> TOP_LEVEL_KEYS = topLevelKeys();

    private final Problems problems;

    ScenarioBinder(Problems problems) {
        this.problems = problems;
    }

    Bound bind(YamlMap root) throws ScenarioException {
        RecordBinder binder = new RecordBinder(problems);
        RegionsReader regions = new RegionsReader(binder);
        PostsReader posts = new PostsReader(binder);
        EventsReader events = new EventsReader(binder);
        binder.custom(PopulationParams.class, RegionsReader.LIST, RegionsReader.keys(), regions);
        binder.custom(BorderParams.class, PostsReader.KEY, Set.of(PostsReader.KEY), posts);
        binder.custom(Scenario.class, EventsReader.KEY, Set.of(EventsReader.KEY), events);

        Map<String, Object> defaults = new HashMap<>();
        defaults.put("description", "");
        // The directives of extends are valid keys too: a misspelt one gets them as suggestions, though the composed
        // tree here never holds them.
        Set<String> also = new LinkedHashSet<>(List.of(OutputReader.KEY));
        also.addAll(List.of(ScenarioComposer.EXTENDS, ScenarioComposer.REMOVE_EVENTS, ScenarioComposer.REMOVE_POSTS));
        Scenario scenario = binder.bind(Scenario.class, root, defaults, also);

        Facts facts = new Facts(
                date(root, "startDate"), date(root, "endDate"), regions.ids(), posts.bound(), posts.countries());
        OutputSpec output = new OutputReader(binder).read(root, facts);
        new ScenarioChecks(facts, root, problems).run(events.events());
        checkBounds(root, facts);
        List<PolicyEvent> timeline = new ParameterChanges(problems).check(scenario, facts.postIds(), events.events());
        problems.throwIfAny();
        return new Bound(withTimeline(scenario, timeline), output, events.indexById());
    }

    private static List<String> topLevelKeys() {
        List<String> keys = new ArrayList<>();
        for (RecordComponent rc : Scenario.class.getRecordComponents()) {
            keys.add(rc.getName());
        }
        keys.add(OutputReader.KEY);
        return List.copyOf(keys);
    }

    /** The name and dates of every scenario, on every command: see {@link ScenarioBounds}. */
    private void checkBounds(YamlMap root, Facts facts) {
        if (root.get("name") instanceof YamlScalar n && n.kind() == YamlScalar.Kind.TEXT) {
            String problem = ScenarioBounds.nameProblem(n.text());
            if (problem != null) {
                problems.at(n, problem);
            }
        }
        for (String key : List.of("startDate", "endDate")) {
            LocalDate d = key.equals("startDate") ? facts.startDate() : facts.endDate();
            String problem = d == null ? null : ScenarioBounds.dateProblem(d);
            if (problem != null) {
                problems.at(root.get(key), problem);
            }
        }
        if (facts.startDate() != null
                && facts.endDate() != null
                && !facts.endDate().isBefore(facts.startDate())) {
            String problem = ScenarioBounds.spanProblem(facts.startDate(), facts.endDate());
            if (problem != null) {
                problems.at(root.get("endDate"), problem);
            }
        }
    }

    /** A date of the scenario if it can be read; its problems are reported by the binder already. */
    private static LocalDate date(YamlMap root, String key) {
        YamlNode n = root.get(key);
        return n == null ? null : new StrictValues(new Problems()).date(n);
    }

    private static Scenario withTimeline(Scenario s, List<PolicyEvent> timeline) {
        return new Scenario(
                s.name(),
                s.description(),
                s.startDate(),
                s.endDate(),
                s.seed(),
                s.population(),
                s.citizens(),
                s.decisions(),
                s.recruiters(),
                s.borders(),
                s.protest(),
                timeline);
    }
}
