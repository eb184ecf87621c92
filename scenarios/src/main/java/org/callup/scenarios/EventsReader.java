package org.callup.scenarios;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.callup.model.timeline.PolicyEvent;
import org.callup.scenarios.yaml.YamlList;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlNode;

/**
 * Reads {@code timeline}: a list of typed events ({@code type: announceWave}), each with a date, an optional
 * {@code when} trigger, {@code note} and {@code id}, and the fields of its type. Events are ordered by date, keeping
 * the file order (parent before child) among events of the same date, which is the order in which they fire.
 */
final class EventsReader implements RecordBinder.Custom {
    static final String KEY = "timeline";
    static final String TYPE = "type";
    static final String ID = "id";
    static final String ID_PATTERN = "[A-Za-z0-9_.-]+";
    /**
     * Components an event may leave out, whatever its type, with the value they then take: no trigger, no note,
     * every region, any country, any mode.
     */
    static final Map<String, Object> OPTIONAL = optionalComponents();

    /** An event with the mapping it was read from, for cross-checks that need its position. */
    record Read(PolicyEvent event, YamlMap node) {}

    private final RecordBinder binder;
    private final Problems problems;
    private final List<Read> read = new ArrayList<>();

    EventsReader(RecordBinder binder) {
        this.binder = binder;
        this.problems = binder.problems();
    }

    /** The events read, in firing order, with their nodes. */
    List<Read> events() {
        return read;
    }

    /** The position in firing order of every event that has an id, by id. */
    Map<String, Integer> indexById() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < read.size(); i++) {
            String id = TreeMerger.idOf(read.get(i).node());
            if (id != null) {
                out.put(id, i);
            }
        }
        return out;
    }

    @Override
    public Object read(YamlMap scenario) {
        YamlNode node = scenario.get(KEY);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof YamlList list)) {
            problems.at(node, "expected a list of events, got " + node.describe());
            return null;
        }
        int before = problems.count();
        for (YamlNode item : list.items()) {
            PolicyEvent e = event(item);
            if (e != null) {
                read.add(new Read(e, (YamlMap) item));
            }
        }
        read.sort(Comparator.comparing(r -> r.event().date()));
        return problems.count() > before ? null : read.stream().map(Read::event).toList();
    }

    private PolicyEvent event(YamlNode item) {
        if (!(item instanceof YamlMap map)) {
            problems.at(item, "expected an event such as {date: 2022-09-21, type: endQuota}, got " + item.describe());
            return null;
        }
        YamlNode typeNode = map.get(TYPE);
        if (typeNode == null) {
            problems.at(
                    map.location(),
                    YamlNode.child(map.path(), TYPE),
                    "missing; expected one of "
                            + String.join(", ", EventTypes.all().keySet()));
            return null;
        }
        String typeName = binder.values().text(typeNode);
        if (typeName == null) {
            return null;
        }
        Class<? extends PolicyEvent> type = EventTypes.byName(typeName);
        if (type == null) {
            problems.at(
                    typeNode,
                    "unknown event type '" + typeName + "'"
                            + Suggest.didYouMean(typeName, EventTypes.all().keySet()) + " (types: "
                            + String.join(", ", EventTypes.all().keySet()) + ")");
            return null;
        }
        YamlNode id = map.get(ID);
        if (id != null) {
            String s = binder.values().text(id);
            if (s != null && !s.matches(ID_PATTERN)) {
                problems.at(id, "an event id may contain letters, digits, '_', '-' and '.' only");
            }
        }
        List<String> changes = optionalChanges(type);
        if (!changes.isEmpty() && changes.stream().noneMatch(map::has)) {
            problems.at(map, typeName + " changes nothing; give at least one of " + String.join(", ", changes));
            return null;
        }
        return binder.bind(type, map, optional(type), Set.of(TYPE, ID));
    }

    /** The changes an event type may each leave out (its {@code Boolean} components), of which it needs one. */
    private static List<String> optionalChanges(Class<?> type) {
        List<String> out = new ArrayList<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            if (rc.getType() == Boolean.class) {
                out.add(rc.getName());
            }
        }
        return out;
    }

    /** Components an event of {@code type} may leave out: those of {@link #OPTIONAL}, and changes left out. */
    private static Map<String, Object> optional(Class<?> type) {
        Map<String, Object> m = new HashMap<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            if (rc.getType() == Boolean.class) {
                m.put(rc.getName(), null);
            }
            if (OPTIONAL.containsKey(rc.getName())) {
                m.put(rc.getName(), OPTIONAL.get(rc.getName()));
            }
        }
        return m;
    }

    private static Map<String, Object> optionalComponents() {
        Map<String, Object> m = new HashMap<>();
        m.put("when", null);
        m.put("note", null);
        m.put("regions", List.of());
        m.put("country", null);
        m.put("mode", null);
        return java.util.Collections.unmodifiableMap(m);
    }
}
