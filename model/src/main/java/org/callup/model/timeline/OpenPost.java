package org.callup.model.timeline;

import java.time.LocalDate;

/** Opens a border post. */
public record OpenPost(LocalDate date, Trigger when, String note, String post) implements PolicyEvent {
    @Override
    public String describe() {
        return "open " + post;
    }
}
