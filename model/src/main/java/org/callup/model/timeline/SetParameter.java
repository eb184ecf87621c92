package org.callup.model.timeline;

import java.time.LocalDate;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;

/** Sets the scenario parameter at {@code path} (e.g. {@code protest.legitimacy}) to {@code value}. */
public record SetParameter(LocalDate date, Trigger when, String note, String path, Object value)
        implements PolicyEvent {
    @Override
    public Scenario applyTo(Scenario params) {
        return ParamPaths.set(params, path, value);
    }

    @Override
    public String describe() {
        return "set " + path + " = " + value;
    }

    @Override
    public String describe(Scenario params) {
        return EventWording.setParameter(params, path, value);
    }
}
