package org.callup.model.timeline;

import java.time.LocalDate;

/** Removes a legal ground for deferral or exemption. */
public record RemoveExemption(LocalDate date, Trigger when, String note, org.callup.model.params.ExemptionCategory category) implements PolicyEvent {
    @Override
    public String describe() {
        return "no longer exempt: " + category;
    }
}
