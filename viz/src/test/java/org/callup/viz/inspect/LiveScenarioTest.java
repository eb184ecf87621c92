package org.callup.viz.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.callup.model.MobilizationModel;
import org.callup.model.params.Scenario;
import org.callup.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LiveScenarioTest {
    static Scenario smoke;

    @BeforeAll
    static void load() throws Exception {
        smoke = ScenarioLibrary.shipped().load("smoke").scenario();
    }

    @Test
    void beforePlayAChangeEditsTheScenarioTheRunStartsFrom() {
        LiveScenario p = new LiveScenario(smoke);

        assertTrue(p.change("protest.legitimacy", 0.25));

        assertEquals(0.25, p.startingPoint().protest().legitimacy());
        assertEquals(0.25, p.shown().protest().legitimacy());
        assertEquals(smoke.protest().legitimacy(), p.original().protest().legitimacy());
        assertEquals("protest.legitimacy = 0.25 from the start", p.lastChange());
    }

    @Test
    void duringARunAChangeIsShownAtOnceAndReachesTheModelTheNextDay() {
        LiveScenario p = new LiveScenario(smoke);
        MobilizationModel m = new MobilizationModel(smoke, 1);
        m.start();
        p.attach(m);
        m.schedule.step(m);
        double before = m.params().protest().legitimacy();

        assertTrue(p.change("protest.legitimacy", 0.1));

        assertEquals(0.1, p.shown().protest().legitimacy(), "shown as asked while paused");
        assertEquals(before, m.params().protest().legitimacy(), "today's parameters are not changed");
        assertTrue(p.lastChange().endsWith("from " + smoke.startDate().plusDays(1)), p.lastChange());
        m.schedule.step(m);
        p.dayDone();
        assertEquals(0.1, m.params().protest().legitimacy(), "the model applied it the next day");
        assertEquals(0.1, p.shown().protest().legitimacy());
        m.finish();
    }

    @Test
    void anInvalidValueIsRefusedAndSaysWhy() {
        LiveScenario p = new LiveScenario(smoke);

        assertFalse(p.change("protest.legitimacy", 1.5));

        assertEquals(smoke.protest().legitimacy(), p.shown().protest().legitimacy());
        assertTrue(p.lastChange().startsWith("refused: 'protest.legitimacy'"), p.lastChange());
    }
}
