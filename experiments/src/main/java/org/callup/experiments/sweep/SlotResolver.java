package org.callup.experiments.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.callup.model.params.Param;
import org.callup.model.params.Scenario;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.Suggest;
import org.callup.scenarios.yaml.YamlNode;

/**
 * Finds the scenario field a sweep path names, in the vocabulary of {@code setParameter} events
 * ({@code recruiters.channels.raid.intensity}, {@code borders.posts[upper_lars].open}), plus the fields of timeline
 * events by event id ({@code timeline[announce].quotaPersons}, {@code timeline[close_upper_lars].date}). A wrong
 * step is one problem naming the closest valid name.
 */
final class SlotResolver {
    /** Fields that say what a run is rather than how it behaves; the sweep owns the seed. */
    private static final Set<String> FIXED = Set.of("name", "description", "seed", "startDate", "endDate", "id");

    private final ResolvedScenario base;
    private final ScenarioTree tree;
    private final EventIndex events;
    private final SweepProblems problems;

    SlotResolver(ResolvedScenario base, EventIndex events, SweepProblems problems) {
        this.base = base;
        this.tree = ScenarioTree.parse(base.resolvedYaml());
        this.events = events;
        this.problems = problems;
    }

    /** The slot at the path written in {@code node}, or null after adding a problem. */
    Slot resolve(YamlNode node, String path) {
        if (!path.matches("[A-Za-z]\\w*(\\[[^\\[\\]]+\\])?(\\.[A-Za-z]\\w*(\\[[^\\[\\]]+\\])?)*")) {
            problems.at(
                    node,
                    "'" + path + "' is not a parameter path: write names joined by '.', with [id] after a "
                            + "list, e.g. recruiters.channels.raid.intensity or timeline[announce].quotaPersons");
            return null;
        }
        Class<?> type = Scenario.class;
        RecordComponent last = null;
        List<String> steps = new ArrayList<>();
        String walked = "";
        for (String segment : path.split("\\.")) {
            int b = segment.indexOf('[');
            String name = b < 0 ? segment : segment.substring(0, b);
            if (!type.isRecord()) {
                return fail(node, "'" + walked + "' is a single parameter; it has no '" + name + "'");
            }
            last = component(type, name);
            if (last == null) {
                List<String> valid = Arrays.stream(type.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList();
                String hint = Suggest.didYouMean(name, valid);
                return fail(
                        node,
                        "no parameter '" + name + "' in " + (walked.isEmpty() ? "a scenario" : walked)
                                + (hint.isEmpty() ? " (valid: " + String.join(", ", valid) + ")" : hint));
            }
            steps.add(name);
            walked = walked.isEmpty() ? name : walked + "." + name;
            type = last.getType();
            if (b >= 0) {
                String id = segment.substring(b + 1, segment.length() - 1);
                type = item(node, walked, id, steps, last);
                if (type == null) {
                    return null;
                }
                walked += "[" + id + "]";
                last = null;
            }
        }
        return leaf(node, path, last, type, steps);
    }

    /** Steps into a list item by id; returns its type, or null after a problem. */
    private Class<?> item(YamlNode node, String walked, String id, List<String> steps, RecordComponent list) {
        if (walked.equals("timeline")) {
            EventIndex.Found f = events.find(id);
            if (f.problem() != null) {
                return failType(node, "timeline[" + id + "]: " + f.problem());
            }
            steps.add("#" + f.index());
            return base.scenario().timeline().get(f.index()).getClass();
        }
        JsonNode items = tree.get(steps);
        if (items == null || !items.isArray()) {
            return failType(
                    node,
                    "'" + walked + "' is not a list; [id] picks an item of borders.posts or "
                            + "population.regions, or an event of the timeline");
        }
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.path("id").asText("")));
        if (!ids.contains(id)) {
            String hint = Suggest.didYouMean(id, ids);
            return failType(
                    node,
                    "no item with id '" + id + "' in " + walked + " of the base scenario"
                            + (hint.isEmpty() ? " (ids: " + String.join(", ", ids) + ")" : hint));
        }
        steps.add("[" + id + "]");
        return itemType(list);
    }

    private Slot leaf(YamlNode node, String path, RecordComponent rc, Class<?> type, List<String> steps) {
        if (rc == null || !(isScalar(type) || type == LocalDate.class)) {
            return fail(node, "'" + path + "' is a group of parameters; name one parameter inside it");
        }
        if (FIXED.contains(rc.getName())) {
            return fail(
                    node,
                    "'" + path + "' says what the run is, not how it behaves, and cannot be varied"
                            + (rc.getName().equals("seed") ? " (the sweep's seed gives every run its own)" : ""));
        }
        if (tree.get(steps.subList(0, steps.size() - 1)) == null) {
            return fail(node, "'" + path + "' is not set in the base scenario, so there is nothing to change");
        }
        ValueType vt = ValueType.of(type);
        double min = Double.NEGATIVE_INFINITY;
        double max = Double.POSITIVE_INFINITY;
        Param p = rc.getAnnotation(Param.class);
        if (vt == ValueType.DATE) {
            min = base.scenario().startDate().toEpochDay();
            max = base.scenario().endDate().toEpochDay();
        } else if (p != null) {
            min = p.min();
            max = p.max();
        }
        if (vt == ValueType.WHOLE && (type == int.class || type == Integer.class)) {
            min = Math.max(min, Integer.MIN_VALUE);
            max = Math.min(max, Integer.MAX_VALUE);
        }
        return new Slot(path, steps, vt, type, min, max);
    }

    /** The type of the items of a list component, e.g. BorderPostSpec for borders.posts. */
    private static Class<?> itemType(RecordComponent list) {
        if (list.getGenericType() instanceof ParameterizedType pt
                && pt.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    private static RecordComponent component(Class<?> type, String name) {
        for (RecordComponent rc : type.getRecordComponents()) {
            if (rc.getName().equals(name)) {
                return rc;
            }
        }
        return null;
    }

    private static boolean isScalar(Class<?> t) {
        return t.isPrimitive()
                || t == String.class
                || t.isEnum()
                || Number.class.isAssignableFrom(t)
                || t == Boolean.class;
    }

    private Slot fail(YamlNode node, String message) {
        problems.at(node, message);
        return null;
    }

    private Class<?> failType(YamlNode node, String message) {
        problems.at(node, message);
        return null;
    }
}
