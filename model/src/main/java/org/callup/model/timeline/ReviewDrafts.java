package org.callup.model.timeline;

import java.time.LocalDate;

/**
 * Orders commissariats to review drafts, as after the president conceded mistakes on 29 September 2022: from
 * {@code recruiters.review.lagDays} days later, for {@code recruiters.review.days} days, they keep only
 * {@code recruiters.review.capacityShare} of their capacity and their errors are multiplied by
 * {@code recruiters.review.errorFactor}.
 */
public record ReviewDrafts(LocalDate date, Trigger when, String note) implements PolicyEvent {
    @Override
    public String describe() {
        return "review of drafts ordered";
    }
}
