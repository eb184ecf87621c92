package org.callup.model.timeline;

import java.time.LocalDate;
import org.callup.model.params.Param;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Ranges;
import org.callup.model.params.Scenario;

/**
 * Announces a call-up: sets a new national quota and plan, raises national alarm to {@code alarm} and lowers
 * legitimacy by {@code legitimacyDrop}.
 */
public record AnnounceWave(
        LocalDate date,
        Trigger when,
        String note,

        @Param(
                min = 0,
                max = 5000000,
                doc = "National quota of the wave, persons",
                source = "seeds 000, 001, 003: 300,000 in 2022")
        long quotaPersons,

        @Param(min = 1, max = 1000, doc = "Days the plan gives to fill the quota")
        int planDays,

        @Param(
                min = 0,
                max = 1,
                doc = "National alarm the announcement raises (0-1)",
                source = "scale-facts.csv levada_poll_fear: 47% anxious or afraid")
        double alarm,

        @Param(min = 0, max = 1, doc = "Drop in the legitimacy of the authorities")
        double legitimacyDrop)
        implements PolicyEvent {
    public AnnounceWave {
        Ranges.check(AnnounceWave.class, date, when, note, quotaPersons, planDays, alarm, legitimacyDrop);
    }

    @Override
    public Scenario applyTo(Scenario params) {
        Scenario q = ParamEdits.quota(params, quotaPersons, planDays);
        return ParamPaths.set(q, "protest.legitimacy", Math.max(0, q.protest().legitimacy() - legitimacyDrop));
    }

    @Override
    public void enact(RunEffects run, Scenario params) {
        run.startWave();
        run.raiseAlarm(alarm);
    }

    @Override
    public String describe() {
        return "call-up of " + quotaPersons + " announced";
    }
}
