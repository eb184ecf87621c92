package org.callup.model.recruit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.callup.model.UnitScenarios;
import org.callup.model.params.EthnicStatus;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.RecruiterParams;
import org.callup.model.params.RegionSpec;
import org.junit.jupiter.api.Test;

/** An attack cuts the office's capacity for exactly attackRecoveryDays days, from the day after it. */
class AttackRecoveryLastsTheRecoveryDaysTest {
    private static final List<RegionSpec> REGIONS = List.of(
            new RegionSpec("a", "a", 1_000_000, 55, 37, EthnicStatus.NONE, 60_000, 0.8),
            new RegionSpec("b", "b", 1_000_000, 55, 37, EthnicStatus.NONE, 60_000, 0.8));

    @Test
    void capacityIsCutOnEachOfTheRecoveryDaysAfterTheAttack() {
        for (int recovery : new int[] {1, 2, 7}) {
            RecruiterParams rp = ParamPaths.set(
                    ParamPaths.set(UnitScenarios.recruiters(), "nationalQuotaPersons", 10_000L),
                    "attackRecoveryDays",
                    recovery);
            Commissariats offices = new Commissariats(REGIONS, new int[] {0, 100, 200}, 10, rp);
            offices.startWave(0);
            int attackDay = 3;
            offices.recordAttacks(0, 1, attackDay, rp);
            for (int day = attackDay + 1; day <= attackDay + recovery; day++) {
                offices.plan(day, rp, new CandidatePool(2), 0, 10, REGIONS);
                assertEquals(
                        1 - rp.attackCapacityLoss(),
                        offices.attackFactor(0),
                        1e-12,
                        "recovery " + recovery + ": day " + (day - attackDay) + " after the attack");
            }
        }
    }
}
