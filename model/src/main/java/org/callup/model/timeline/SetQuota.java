package org.callup.model.timeline;

import java.time.LocalDate;
import org.callup.model.params.Check;
import org.callup.model.params.Param;
import org.callup.model.params.Scenario;

/** Sets the national quota (persons to be mobilized from now) and the days the plan gives to fill it. */
public record SetQuota(LocalDate date, Trigger when, String note,
                       @Param(min = 0, max = 5000000, doc = "National quota from this day, persons") long persons,
                       @Param(min = 1, max = 1000, doc = "Days the plan gives to fill the quota") int planDays)
        implements PolicyEvent {
    public SetQuota {
        if (persons < 0 || persons > 5_000_000L) {
            throw new IllegalArgumentException("persons must be between 0 and 5000000, was " + persons);
        }
        Check.range("planDays", planDays, 1, 1000);
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
