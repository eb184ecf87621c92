package org.callup.scenarios;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callup.model.timeline.AddExemption;
import org.callup.model.timeline.AnnounceWave;
import org.callup.model.timeline.ClosePost;
import org.callup.model.timeline.ClosePosts;
import org.callup.model.timeline.EndQuota;
import org.callup.model.timeline.OpenPost;
import org.callup.model.timeline.OpenPosts;
import org.callup.model.timeline.PolicyEvent;
import org.callup.model.timeline.RemoveExemption;
import org.callup.model.timeline.ReviewDrafts;
import org.callup.model.timeline.SetAdmissionRules;
import org.callup.model.timeline.SetParameter;
import org.callup.model.timeline.SetQuota;
import org.callup.model.timeline.StartRaids;
import org.callup.model.timeline.StopRaids;

/**
 * The event types a timeline may use, registered here and nowhere else in this module: each implementation of the
 * model's sealed {@link PolicyEvent} with one line on what it does. In YAML a type is named by its record's name
 * with a lower-case first letter ({@code AnnounceWave} is {@code announceWave}); its keys are the record's
 * components. Loading fails at once if an implementation of {@link PolicyEvent} is missing from the table.
 */
final class EventTypes {
    /** An event type: its YAML name, its record and what it does. */
    record Type(String name, Class<? extends PolicyEvent> record, String doc) {}

    private static final Map<String, Type> BY_NAME = table(
            type(SetParameter.class, "Sets the parameter at 'path' (e.g. protest.legitimacy) to 'value'"),
            type(OpenPost.class, "Opens a border post"),
            type(ClosePost.class, "Closes a border post; the men queueing there go home"),
            type(OpenPosts.class, "Opens every post, or those to a 'country', or of a 'mode' (road, rail, air)"),
            type(ClosePosts.class, "Closes every post, or those to a 'country', or of a 'mode'; their queues go home"),
            type(SetAdmissionRules.class, "Changes some admission rules of a post; rules not given stay as they were"),
            type(AddExemption.class, "Adds a legal ground for deferral or exemption"),
            type(RemoveExemption.class, "Removes a legal ground for deferral or exemption"),
            type(StartRaids.class, "Starts or changes summons channels at an intensity, in some regions (none = all)"),
            type(StopRaids.class, "Stops summons channels everywhere"),
            type(SetQuota.class, "Sets the national quota (persons from now) and the days the plan gives to fill it"),
            type(EndQuota.class, "Declares the call-up complete: commissariats stop delivering summons"),
            type(AnnounceWave.class, "Announces a call-up: quota and plan, national alarm, a drop in legitimacy"),
            type(
                    ReviewDrafts.class,
                    "Orders a review of drafts: for a while, commissariats work slower and err less "
                            + "(recruiters.review)"));

    private static final Map<String, Class<? extends PolicyEvent>> RECORDS = records();

    private EventTypes() {}

    /** The record of every event type, by YAML name, in the order of the table. */
    static Map<String, Class<? extends PolicyEvent>> all() {
        return RECORDS;
    }

    static Class<? extends PolicyEvent> byName(String name) {
        Type t = BY_NAME.get(name);
        return t == null ? null : t.record();
    }

    /** One line on what an event type does. */
    static String doc(String name) {
        Type t = BY_NAME.get(name);
        return t == null ? "" : t.doc();
    }

    static String nameOf(Class<?> type) {
        String s = type.getSimpleName();
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static Map<String, Class<? extends PolicyEvent>> records() {
        Map<String, Class<? extends PolicyEvent>> m = new LinkedHashMap<>();
        BY_NAME.forEach((name, t) -> m.put(name, t.record()));
        return Collections.unmodifiableMap(m);
    }

    private static Type type(Class<? extends PolicyEvent> record, String doc) {
        return new Type(nameOf(record), record, doc);
    }

    private static Map<String, Type> table(Type... types) {
        Map<String, Type> m = new LinkedHashMap<>();
        for (Type t : types) {
            m.put(t.name(), t);
        }
        List<String> missing = new ArrayList<>();
        for (Class<?> c : PolicyEvent.class.getPermittedSubclasses()) {
            if (!m.containsKey(nameOf(c)) || m.get(nameOf(c)).record() != c) {
                missing.add(c.getName());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("event types not registered in EventTypes: " + missing);
        }
        return Collections.unmodifiableMap(m);
    }
}
