package org.callup.model.timeline;

import java.time.LocalDate;

/** Sets the scenario parameter at {@code path} (e.g. {@code protest.legitimacy}) to {@code value}. */
public record SetParameter(LocalDate date, Trigger when, String note, String path, Object value) implements PolicyEvent {
    @Override
    public String describe() {
        return "set " + path + " = " + value;
    }
}
