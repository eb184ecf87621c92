package org.callup.model.timeline;

import java.time.LocalDate;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;

/** Removes a legal ground for deferral or exemption. */
public record RemoveExemption(
        LocalDate date, Trigger when, String note, org.callup.model.params.ExemptionCategory category)
        implements PolicyEvent {
    @Override
    public Scenario applyTo(Scenario params) {
        return ParamPaths.set(params, ParamEdits.exemption(category), false);
    }

    @Override
    public String describe() {
        return "no longer exempt: " + category;
    }
}
