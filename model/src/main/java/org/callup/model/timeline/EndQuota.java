package org.callup.model.timeline;

import java.time.LocalDate;
import org.callup.model.params.Scenario;

/**  Declares the call-up complete: commissariats stop delivering summons. */
public record EndQuota(LocalDate date, Trigger when, String note) implements PolicyEvent {
    /** Changes no parameter: the quota stays as it was, only the commissariats stop. */
    @Override
    public Scenario applyTo(Scenario params) {
        return params;
    }

    @Override
    public void enact(RunEffects run, Scenario params) {
        run.endQuota();
    }

    @Override
    public String describe() {
        return "quota declared complete";
    }
}
