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

    private static final Map<String, String> DOCS = Map.ofEntries(
            Map.entry("setParameter", "Sets the parameter at 'path' (e.g. protest.legitimacy) to 'value'"),
            Map.entry("openPost", "Opens a border post"),
            Map.entry("closePost", "Closes a border post; the men queueing there go home"),
            Map.entry("setAdmissionRules", "Changes some admission rules of a post; rules not given stay as they were"),
            Map.entry("addExemption", "Adds a legal ground for deferral or exemption"),
            Map.entry("removeExemption", "Removes a legal ground for deferral or exemption"),
            Map.entry("startRaids", "Starts or changes summons channels at an intensity, in some regions (none = all)"),
            Map.entry("stopRaids", "Stops summons channels everywhere"),
            Map.entry("setQuota", "Sets the national quota (persons from now) and the days the plan gives to fill it"),
            Map.entry("endQuota", "Declares the call-up complete: commissariats stop delivering summons"),
            Map.entry("announceWave", "Announces a call-up: quota and plan, national alarm, a drop in legitimacy"),
            Map.entry("reviewDrafts", "Orders a review of drafts: for a while, commissariats work slower and err less "
                    + "(recruiters.review)"));

    /** One line on what an event type does. */
    static String doc(String name) {
        return DOCS.getOrDefault(name, "");
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
