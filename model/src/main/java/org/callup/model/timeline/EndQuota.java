package org.callup.model.timeline;

import java.time.LocalDate;

/**  Declares the call-up complete: commissariats stop delivering summons. */
public record EndQuota(LocalDate date, Trigger when, String note) implements PolicyEvent {
    @Override
    public String describe() {
        return "quota declared complete";
    }
}
