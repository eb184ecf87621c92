package org.callup.viz.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.Exemptions;
import org.callup.model.params.PostMode;
import org.callup.model.params.Scenario;
import org.callup.scenarios.ScenarioLibrary;
import org.callup.viz.inspect.LiveScenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ControlsTest {
    static Scenario scenario;

    @BeforeAll
    static void load() throws Exception {
        scenario = ScenarioLibrary.shipped().load("partial-mobilization-2022").scenario();
    }

    @Test
    void borderCapacityIsAShareOfEachPostsOwn() {
        LiveScenario p = new LiveScenario(scenario);
        BorderControls b = new BorderControls(p);

        b.setCapacityPercent(50);

        assertEquals(50.0, b.getCapacityPercent(), 1e-9);
        for (int i = 0; i < scenario.borders().posts().size(); i++) {
            assertEquals(
                    scenario.borders().posts().get(i).capacityPersonsPerDay() / 2,
                    p.shown().borders().posts().get(i).capacityPersonsPerDay(),
                    1e-9);
        }
        assertEquals("border capacity 50% of normal from the start", p.lastChange());
    }

    @Test
    void closingTheLandBordersLeavesTheFlights() {
        LiveScenario p = new LiveScenario(scenario);
        BorderControls b = new BorderControls(p);
        assertTrue(
                scenario.borders().posts().stream().anyMatch(x -> x.mode() != PostMode.AIR && !x.open()),
                "the default scenario keeps a land post closed");
        assertTrue(b.getLandBordersOpen(), "the land borders count as open while some of them are");

        b.setLandBordersOpen(false);

        assertFalse(b.getLandBordersOpen());
        assertTrue(b.getAirRoutesOpen());
        for (BorderPostSpec post : p.shown().borders().posts()) {
            assertEquals(post.mode() == PostMode.AIR, post.open(), post.id());
        }
    }

    @Test
    void exemptionBreadthHonoursTheFirstGroundsInOrder() {
        LiveScenario p = new LiveScenario(scenario);
        CallUpControls c = new CallUpControls(p);

        c.setExemptionBreadth(3);

        Exemptions e = p.shown().recruiters().exemptions();
        assertTrue(e.medical() && e.family() && e.students());
        assertFalse(e.it() || e.finance() || e.telecom() || e.stateMedia());
        assertEquals(3, c.getExemptionBreadth());
        new ExemptionControls(p).setIt(true);
        assertEquals(4, c.getExemptionBreadth());
    }

    @Test
    void valuesComputedByEventsReadCleanly() {
        LiveScenario p = new LiveScenario(scenario);
        p.change("protest.legitimacy", 0.5 - 0.1);

        assertEquals(0.4, new ProtestControls(p).getLegitimacy());
    }
}
