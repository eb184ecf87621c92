package org.callup.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Traits;
import org.callup.model.params.ProtestParams;
import org.junit.jupiter.api.Test;

/**
 * Epstein's activation rule as docs/ODD.md 7.13 writes it: G = aw min(1, hardshipBase alarm + own summons + ties +
 * minority + region) (1 - L); a man turns active when G - R P > T, stays active while it holds, and gives up at
 * activeQuitRatePerDay.
 */
class ActivationTest {
    private static final int MEN = 4000;

    private static SweepHarness harness() {
        SweepHarness h = new SweepHarness(MEN);
        for (int i = 0; i < MEN; i++) {
            h.pop.antiWar[i] = Traits.toUnitByte(Rng.uniform(3, 0, i, Streams.ANTI_WAR));
            h.pop.riskAversion[i] = Traits.toUnitByte(Rng.uniform(3, 0, i, Streams.RISK));
            if (i % 3 == 0) {
                h.pop.traits[i] |= Traits.MINORITY;
            }
        }
        h.alarm = 1.0; // every man looks at the rule (attention min(1, alarm + tie fear) is 1)
        h.arrestEstimate = 0.3;
        h.regionHardship = 0.1;
        h.set("decisions.considerRatePerDay", 0.0);
        h.set("protest.activationRatePerDay", 1.0);
        h.set("protest.activeQuitRatePerDay", 0.0);
        return h;
    }

    /** The ODD's formula, computed here from the man's traits. */
    private static boolean rule(SweepHarness h, int i, ProtestParams pp) {
        double aw = Traits.unit(h.pop.antiWar[i]);
        double ra = Traits.unit(h.pop.riskAversion[i]);
        double hardship = Math.min(
                1,
                pp.hardshipBase() * h.alarm
                        + (h.pop.has(i, Traits.MINORITY) ? pp.hardshipMinority() : 0)
                        + h.regionHardship);
        double g = aw * hardship * (1 - pp.legitimacy());
        return g - ra * h.arrestEstimate - pp.threshold() > 0;
    }

    @Test
    void aManTurnsActiveExactlyWhenGMinusRPExceedsT() {
        SweepHarness h = harness();
        h.all(CitizenState.NORMAL);
        h.sweep(1);
        ProtestParams pp = h.scenario.protest();
        int active = 0;
        for (int i = 0; i < MEN; i++) {
            boolean is = h.pop.state[i] == CitizenState.ACTIVE.code;
            assertEquals(rule(h, i, pp), is, "man " + i);
            active += is ? 1 : 0;
        }
        assertTrue(active > 50 && active < MEN / 2, "the rule must split the men: " + active);
        assertEquals(active, h.out.protesters.size(), "every new active is in the street today");
    }

    @Test
    void anActiveManQuitsWhenTheRuleFailsOrAtTheQuitRate() {
        SweepHarness h = harness();
        h.all(CitizenState.ACTIVE);
        h.sweep(1);
        ProtestParams pp = h.scenario.protest();
        for (int i = 0; i < MEN; i++) {
            assertEquals(
                    rule(h, i, pp) ? CitizenState.ACTIVE.code : CitizenState.NORMAL.code, h.pop.state[i], "man " + i);
        }
        // at a quit rate of 0.4 a day, about 40% of those for whom the rule holds give up
        h.set("protest.activeQuitRatePerDay", 0.4);
        h.all(CitizenState.ACTIVE);
        h.sweep(2);
        int holds = 0;
        int stayed = 0;
        for (int i = 0; i < MEN; i++) {
            if (rule(h, i, pp)) {
                holds++;
                stayed += h.pop.state[i] == CitizenState.ACTIVE.code ? 1 : 0;
            } else {
                assertEquals(CitizenState.NORMAL.code, h.pop.state[i]);
            }
        }
        assertEquals(0.6 * holds, stayed, 4 * Math.sqrt(holds * 0.24));
    }

    @Test
    void aHigherEstimatedArrestRiskDeters() {
        SweepHarness low = harness();
        low.all(CitizenState.NORMAL);
        low.sweep(1);
        SweepHarness high = harness();
        high.arrestEstimate = 0.9;
        high.all(CitizenState.NORMAL);
        high.sweep(1);
        assertTrue(high.count(CitizenState.ACTIVE) < low.count(CitizenState.ACTIVE));
    }

    /**
     * A man without a summons weighs the arrest risk by the fear of being served one at the station: G - R P f > T;
     * a man who holds one weighs R P alone.
     */
    @Test
    void aManWithoutASummonsWeighsHisArrestRiskByTheFearOfOne() {
        SweepHarness h = harness();
        DayContext ctx = new DayContext.Builder(0, 3, 1)
                .pp(h.scenario.protest())
                .arrestEstimate(new double[] {0.3})
                .arrestFear(2.5)
                .build();
        int differ = 0;
        for (int i = 0; i < MEN; i++) {
            double g = 0.05 + 0.5 * Traits.unit(h.pop.antiWar[i]);
            double ra = Traits.unit(h.pop.riskAversion[i]);
            double t = h.scenario.protest().threshold();
            h.pop.unmark(i, Traits.HOLDS_SUMMONS);
            boolean feared = Activation.active(ctx, h.pop, i, 0, g);
            assertEquals(g - ra * 0.3 * 2.5 - t > 0, feared, "man " + i + " without a summons");
            h.pop.mark(i, Traits.HOLDS_SUMMONS);
            boolean holder = Activation.active(ctx, h.pop, i, 0, g);
            assertEquals(g - ra * 0.3 - t > 0, holder, "man " + i + " holding a summons");
            h.pop.unmark(i, Traits.HOLDS_SUMMONS);
            differ += feared != holder ? 1 : 0;
        }
        assertTrue(differ > 20, "the fear must change some men's choice: " + differ);
        // in the sweep, fear keeps men out of the street
        SweepHarness calm = harness();
        calm.all(CitizenState.NORMAL);
        calm.sweep(1);
        SweepHarness afraid = harness();
        afraid.arrestFear = 2.5;
        afraid.all(CitizenState.NORMAL);
        afraid.sweep(1);
        assertTrue(afraid.count(CitizenState.ACTIVE) < calm.count(CitizenState.ACTIVE));
    }

    @Test
    void menLookAtTheRuleAsTheyPayAttention() {
        // with no tie summoned, a man looks at the rule at activationRatePerDay x alarm
        SweepHarness h = harness();
        h.alarm = 0.25;
        h.regionHardship = 0.4;
        h.all(CitizenState.NORMAL);
        h.sweep(1);
        ProtestParams pp = h.scenario.protest();
        int holds = 0;
        int active = 0;
        for (int i = 0; i < MEN; i++) {
            boolean is = h.pop.state[i] == CitizenState.ACTIVE.code;
            if (rule(h, i, pp)) {
                holds++;
                active += is ? 1 : 0;
            } else {
                assertEquals(CitizenState.NORMAL.code, h.pop.state[i], "man " + i);
            }
        }
        assertTrue(holds > 50, "the rule must hold for some: " + holds);
        assertEquals(0.25 * holds, active, 4 * Math.sqrt(holds * 0.25 * 0.75), "a quarter of them look");
    }

    @Test
    void aDeferredManWhoProtestsKeepsHisDeferral() {
        SweepHarness h = harness();
        h.set("recruiters.exemptions.it", true);
        h.all(CitizenState.DEFERRED);
        for (int i = 0; i < MEN; i++) {
            h.pop.occupation[i] = Traits.OCC_IT;
            if (i % 2 == 0) {
                h.pop.mark(i, Traits.HOLDS_DEFERRAL); // as a deferral granted marks him
            }
        }
        h.sweep(1);
        int active = h.count(CitizenState.ACTIVE);
        assertTrue(active > 50, "deferred men protest too: " + active);
        boolean[] protested = new boolean[MEN];
        for (int i = 0; i < MEN; i++) {
            protested[i] = h.pop.state[i] == CitizenState.ACTIVE.code;
        }
        h.set("protest.activeQuitRatePerDay", 1.0);
        h.sweep(2);
        for (int i = 0; i < MEN; i++) {
            if (protested[i]) {
                CitizenState back = i % 2 == 0 ? CitizenState.DEFERRED : CitizenState.NORMAL;
                assertEquals(back.code, h.pop.state[i], "man " + i + " after giving up");
            }
        }
    }
}
