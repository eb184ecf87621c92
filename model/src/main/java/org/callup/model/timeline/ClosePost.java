package org.callup.model.timeline;

import java.time.LocalDate;

/** Closes a border post: no one crosses, and the men queueing there go home. */
public record ClosePost(LocalDate date, Trigger when, String note, String post) implements PolicyEvent {
    @Override
    public String describe() {
        return "close " + post;
    }
}
