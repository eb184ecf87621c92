package org.callup.model.timeline;

import org.callup.model.params.Channel;
import org.callup.model.params.ExemptionCategory;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;

/**
 * Parameter paths and edits that several event types share. Events change parameters through {@link ParamPaths},
 * so they name parameters as scenario files do and every change passes the records' validation.
 */
final class ParamEdits {
    private ParamEdits() {}

    /** Path of the border post {@code id}, e.g. {@code borders.posts[upper_lars]}. */
    static String post(String id) {
        return "borders.posts[" + id + "]";
    }

    /** Path of a delivery channel, e.g. {@code recruiters.channels.raid}. */
    static String channel(Channel c) {
        return "recruiters.channels." + c.key();
    }

    /** Path of the flag that puts a legal ground in force, e.g. {@code recruiters.exemptions.stateMedia}. */
    static String exemption(ExemptionCategory c) {
        String key = switch (c) {
            case STUDENTS -> "students";
            case IT -> "it";
            case FINANCE -> "finance";
            case TELECOM -> "telecom";
            case STATE_MEDIA -> "stateMedia";
            case MEDICAL -> "medical";
            case FAMILY -> "family";
        };
        return "recruiters.exemptions." + key;
    }

    /** The national quota and the days the plan gives to fill it. */
    static Scenario quota(Scenario s, long persons, int planDays) {
        Scenario a = ParamPaths.set(s, "recruiters.nationalQuotaPersons", persons);
        return ParamPaths.set(a, "recruiters.planDays", planDays);
    }
}
