package org.callup.model.timeline;

import java.time.LocalDate;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;

/** Adds a legal ground for deferral or exemption. */
public record AddExemption(
        LocalDate date, Trigger when, String note, org.callup.model.params.ExemptionCategory category)
        implements PolicyEvent {
    @Override
    public Scenario applyTo(Scenario params) {
        return ParamPaths.set(params, ParamEdits.exemption(category), true);
    }

    @Override
    public String describe() {
        return "exempt " + category;
    }
}
