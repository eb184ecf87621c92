package org.callup.experiments.sweep;

import java.util.Map;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.Suggest;

/**
 * Finds a timeline event of the base scenario by its {@code id}, as the scenario loader recorded it; an unknown id
 * gets the closest valid one as the loader would suggest it.
 */
final class EventIndex {
    /** The position of the event in the base timeline, or why there is none. */
    record Found(int index, String problem) {}

    private final Map<String, Integer> byId;

    EventIndex(ResolvedScenario base) {
        this.byId = base.eventIndexById();
    }

    Found find(String id) {
        if (!id.matches("[A-Za-z0-9_.-]+")) {
            return new Found(-1, "'" + id + "' is not an event id (letters, digits, '_', '.' or '-')");
        }
        Integer i = byId.get(id);
        return i != null
                ? new Found(i, null)
                : new Found(
                        -1,
                        "the base scenario has no event with id '" + id + "'" + Suggest.didYouMean(id, byId.keySet()));
    }
}
