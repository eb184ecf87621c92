package org.callup.results.sweep;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.callup.model.timeline.PolicyEvent;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioException;
import org.callup.scenarios.ScenarioLibrary;

/**
 * Finds a timeline event of the base scenario by its {@code id}. A resolved scenario keeps its events (in firing
 * order) but not their ids, so the event is found by loading the base with {@code removeEvents: [id]} and seeing
 * which one is gone: the scenario loader itself decides what the id means, and an unknown id gets its message
 * with the closest valid one.
 */
final class EventIndex {
    /** The position of the event in the base timeline, or why there is none. */
    record Found(int index, String problem) {
    }

    private final ResolvedScenario base;
    private final String extendsRef;
    private final Map<String, Found> cache = new HashMap<>();

    /**
     * @param extendsRef how a scenario file names the base in {@code extends}: a library name, or the absolute
     *                   path of its file
     */
    EventIndex(ResolvedScenario base, String extendsRef) {
        this.base = base;
        this.extendsRef = extendsRef;
    }

    Found find(String id) {
        return cache.computeIfAbsent(id, this::probe);
    }

    private Found probe(String id) {
        if (!id.matches("[A-Za-z0-9_.-]+")) {
            return new Found(-1, "'" + id + "' is not an event id (letters, digits, '_', '.' or '-')");
        }
        String yaml = "extends: " + quote(extendsRef) + "\nname: " + quote(base.name())
                + "\nremoveEvents: [" + quote(id) + "]\n";
        List<PolicyEvent> without;
        try {
            without = ScenarioLibrary.shipped().loadText(yaml, "timeline lookup").scenario().timeline();
        } catch (ScenarioException e) {
            String m = e.problems().get(0).message().replace("the extended scenario", "the base scenario");
            return new Found(-1, m);
        }
        List<PolicyEvent> all = base.scenario().timeline();
        if (without.size() != all.size() - 1) {
            return new Found(-1, "event '" + id + "' could not be told apart in the base scenario");
        }
        int i = 0;
        while (i < without.size() && without.get(i).equals(all.get(i))) {
            i++;
        }
        return new Found(i, null);
    }

    /** A YAML double-quoted string; JSON's escapes are valid in one. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
