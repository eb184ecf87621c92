package org.callup.model.timeline;

import java.time.LocalDate;
import org.callup.model.params.Scenario;

/**
 * Orders commissariats to review drafts, as after the president conceded mistakes on 29 September 2022: from
 * {@code recruiters.review.lagDays} days later, for {@code recruiters.review.days} days, they keep only
 * {@code recruiters.review.capacityShare} of their capacity and their errors are multiplied by
 * {@code recruiters.review.errorFactor}.
 */
public record ReviewDrafts(LocalDate date, Trigger when, String note) implements PolicyEvent {
    /** Changes no parameter: the review follows {@code recruiters.review} as it is when the event fires. */
    @Override
    public Scenario applyTo(Scenario params) {
        return params;
    }

    @Override
    public void enact(RunEffects run, Scenario params) {
        run.startReview(params.recruiters().review());
    }

    @Override
    public String describe() {
        return "review of drafts ordered";
    }
}
