package org.callup.model.timeline;

import java.time.LocalDate;

/** Sets the national quota (persons to be mobilized from now) and the days the plan gives to fill it. */
public record SetQuota(LocalDate date, Trigger when, String note, long persons, int planDays) implements PolicyEvent {
    public SetQuota {
        if (persons < 0 || planDays < 1) {
            throw new IllegalArgumentException("persons must be >= 0 and planDays >= 1");
        }
    }

    @Override
    public String describe() {
        return "quota " + persons;
    }
}
