package org.callup.scenarios;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.callup.model.timeline.PolicyEvent;

/**
 * The event types a timeline may use: every implementation of the model's sealed {@link PolicyEvent}, named in
 * YAML by its class name with a lower-case first letter ({@code AnnounceWave} is {@code announceWave}).
 */
final class EventTypes {
    private static final Map<String, Class<? extends PolicyEvent>> BY_NAME = build();

    private EventTypes() {
    }

    static Map<String, Class<? extends PolicyEvent>> all() {
        return BY_NAME;
    }

    static Class<? extends PolicyEvent> byName(String name) {
        return BY_NAME.get(name);
    }

    static String nameOf(Class<?> type) {
        String s = type.getSimpleName();
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static Map<String, Class<? extends PolicyEvent>> build() {
        Map<String, Class<? extends PolicyEvent>> m = new LinkedHashMap<>();
        for (Class<?> c : PolicyEvent.class.getPermittedSubclasses()) {
            m.put(nameOf(c), c.asSubclass(PolicyEvent.class));
        }
        return Collections.unmodifiableMap(m);
    }
}
