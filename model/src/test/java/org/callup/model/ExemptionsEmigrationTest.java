package org.callup.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.Metric;
import org.callup.model.params.Scenario;
import org.callup.model.timeline.AnnounceWave;
import org.junit.jupiter.api.Test;

/**
 * The direction of the effect of exemptions on the exodus (docs/ODD.md, section 7.7). A deferral lowers the risk a
 * man faces without taking away his choices: with exemptions in force, the men who hold one are not summoned and
 * weigh a lower risk, so fewer of them leave; removing them exposes those men to the full risk, and the exodus can
 * only grow. The rule that a deferred man keeps his choices is tested on its own in CitizenSweepTest; this test
 * checks that the model as a whole keeps the direction. The two runs share their seed and population (common
 * random numbers), so the comparison is of the rule, not of noise.
 */
class ExemptionsEmigrationTest {
    private static double emigrants(boolean exemptions) {
        AnnounceWave wave = new AnnounceWave(UnitScenarios.START.plusDays(3), null, "", 60_000, 30, 1.0, 0.1);
        Scenario s = UnitScenarios.set(
                UnitScenarios.scenario(400_000, 20, UnitScenarios.START.plusDays(40), List.of(wave)),
                "recruiters.exemptions.students",
                exemptions,
                "recruiters.exemptions.it",
                exemptions,
                "recruiters.exemptions.finance",
                exemptions,
                "recruiters.exemptions.medical",
                exemptions,
                "recruiters.exemptions.family",
                exemptions,
                "citizens.unfitShare",
                0.3,
                "citizens.studentShare18to24",
                0.5);
        double total = 0;
        MobilizationModel m = new MobilizationModel(s, 1);
        List<DayObservation> days = new java.util.ArrayList<>();
        m.addSink(days::add);
        m.runToEnd();
        for (DayObservation d : days) {
            total += d.all(Metric.EMIGRANTS);
        }
        return total;
    }

    @Test
    void removingExemptionsDoesNotLowerTheRiskOfTheMenWhoHeldThemSoDoesNotLowerEmigration() {
        double with = emigrants(true);
        double without = emigrants(false);
        assertTrue(with > 0, "men leave in both runs: " + with);
        assertTrue(without >= with, "emigrants without exemptions " + without + " at least those with them " + with);
    }
}
