package org.callup.model.timeline;

import java.time.LocalDate;
import org.callup.model.params.Param;
import org.callup.model.params.Ranges;
import org.callup.model.params.Scenario;

/** Sets the national quota (persons to be mobilized from now) and the days the plan gives to fill it. */
public record SetQuota(
        LocalDate date,
        Trigger when,
        String note,

        @Param(min = 0, max = 5000000, doc = "National quota from this day, persons")
        long persons,

        @Param(min = 1, max = 1000, doc = "Days the plan gives to fill the quota")
        int planDays)
        implements PolicyEvent {
    public SetQuota {
        Ranges.check(SetQuota.class, date, when, note, persons, planDays);
    }

    @Override
    public Scenario applyTo(Scenario params) {
        return ParamEdits.quota(params, persons, planDays);
    }

    @Override
    public void enact(RunEffects run, Scenario params) {
        run.startWave();
    }

    @Override
    public String describe() {
        return "quota " + persons;
    }
}
