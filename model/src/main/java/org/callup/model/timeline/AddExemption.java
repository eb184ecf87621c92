package org.callup.model.timeline;

import java.time.LocalDate;

/** Adds a legal ground for deferral or exemption. */
public record AddExemption(LocalDate date, Trigger when, String note, org.callup.model.params.ExemptionCategory category) implements PolicyEvent {
    @Override
    public String describe() {
        return "exempt " + category;
    }
}
