package org.callup.model.timeline;

import java.time.LocalDate;

/**
 * Announces a call-up: sets a new national quota and plan, raises national alarm to {@code alarm} and lowers
 * legitimacy by {@code legitimacyDrop}.
 */
public record AnnounceWave(LocalDate date, Trigger when, String note, long quotaPersons, int planDays, double alarm,
                           double legitimacyDrop) implements PolicyEvent {
    public AnnounceWave {
        if (quotaPersons < 0 || planDays < 1) {
            throw new IllegalArgumentException("quotaPersons must be >= 0 and planDays >= 1");
        }
        if (!(alarm >= 0 && alarm <= 1) || !(legitimacyDrop >= 0 && legitimacyDrop <= 1)) {
            throw new IllegalArgumentException("alarm and legitimacyDrop must be between 0 and 1");
        }
    }

    @Override
    public String describe() {
        return "call-up of " + quotaPersons + " announced";
    }
}
