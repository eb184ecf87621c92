package org.callup.model.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Traits;
import org.callup.model.params.ProtestParams;
import org.junit.jupiter.api.Test;

/**
 * The bounds of Epstein's rule by which the sweep leaves out men who cannot turn active ({@link Activation#calm},
 * {@link Activation#calmAntiWar}): on random men and days the rule never holds, and a man never counts as aggrieved,
 * where the bound says he cannot; and a sweep that uses them changes nothing.
 */
class ActivationBoundsTest {
    private static final int MEN = 6000;

    /** A random day's context: alarm, region hardship, arrest estimate and the protest parameters. */
    private static DayContext randomDay(SweepHarness h, long k) {
        double u = Rng.uniform(11, (int) k, 0, 1);
        h.set("protest.legitimacy", 0.3 + 0.7 * Rng.uniform(11, (int) k, 1, 1));
        h.set("protest.hardshipBase", Rng.uniform(11, (int) k, 2, 1));
        h.set("protest.hardshipOwnSummons", 0.3 * Rng.uniform(11, (int) k, 3, 1));
        h.set("protest.hardshipPerTieSummoned", 0.1 * Rng.uniform(11, (int) k, 4, 1));
        h.set("protest.hardshipMinority", 0.3 * Rng.uniform(11, (int) k, 5, 1));
        h.set("protest.threshold", 0.2 * Rng.uniform(11, (int) k, 6, 1));
        h.set("protest.attackThreshold", 0.3 * Rng.uniform(11, (int) k, 7, 1));
        h.alarm = u;
        h.regionHardship = 0.5 * Rng.uniform(11, (int) k, 8, 1);
        h.arrestEstimate = Rng.uniform(11, (int) k, 9, 1);
        h.all(CitizenState.NORMAL);
        h.set("protest.activationRatePerDay", 0.0); // only the context is wanted here
        h.sweep((int) (k % 50) + 1);
        return h.ctx;
    }

    @Test
    void theRuleNeverHoldsWhereTheBoundSaysItCannot() {
        SweepHarness h = new SweepHarness(10);
        int calmMen = 0;
        int hotMen = 0;
        for (long day = 0; day < 400; day++) {
            DayContext ctx = randomDay(h, day);
            ProtestParams pp = ctx.pp;
            int maxTies = ctx.maxTies;
            assertTrue(maxTies > 0);
            int calmByte = Activation.calmAntiWar(ctx, 0, true, maxTies);
            for (int m = 0; m < 200; m++) {
                int i = m % h.men;
                int aw = (int) (256 * Rng.uniform(day, m, 0, 2));
                boolean summoned = Rng.uniform(day, m, 1, 2) < 0.5;
                boolean minority = Rng.uniform(day, m, 2, 2) < 0.5;
                int ties = (int) ((maxTies + 1) * Rng.uniform(day, m, 3, 2));
                h.pop.antiWar[i] = (byte) aw;
                h.pop.riskAversion[i] = (byte) (256 * Rng.uniform(day, m, 4, 2));
                h.pop.traits[i] = (byte) (minority ? Traits.MINORITY : 0);
                double g = Activation.grievance(ctx, h.pop, i, 0, summoned, ties);
                boolean active = Activation.active(ctx, h.pop, i, 0, g);
                boolean aggrieved = g > pp.attackThreshold();
                // the man's own bound, with his summons and minority and the most ties
                double own = Activation.grievanceBound(ctx, 0, aw, summoned, maxTies, minority);
                assertTrue(g <= own, "day " + day + " man " + m);
                // the bound is the rule's number itself for a man with these very values
                assertEquals(Activation.grievance(ctx, h.pop, i, 0, summoned, maxTies), own, 0.0, "day " + day);
                if (Activation.calm(pp, own)) {
                    assertFalse(active || aggrieved, "day " + day + " man " + m);
                }
                // the region's anti-war limit, whatever his summons, ties and minority
                if (aw <= calmByte) {
                    calmMen++;
                    assertFalse(active || aggrieved, "day " + day + " man " + m + " calm up to " + calmByte);
                } else {
                    hotMen++;
                }
            }
            // the limit is the largest calm byte
            if (calmByte < 255) {
                assertFalse(Activation.calm(pp, Activation.grievanceBound(ctx, 0, calmByte + 1, true, maxTies, true)));
            }
            if (calmByte >= 0) {
                assertTrue(Activation.calm(pp, Activation.grievanceBound(ctx, 0, calmByte, true, maxTies, true)));
            }
        }
        assertTrue(calmMen > 1000 && hotMen > 1000, calmMen + " calm, " + hotMen + " not");
    }

    private static SweepHarness mixed(boolean calmSkip) {
        SweepHarness h = new SweepHarness(MEN);
        h.calmSkip = calmSkip;
        CitizenState[] states = {
            CitizenState.NORMAL,
            CitizenState.NORMAL,
            CitizenState.NOTIFIED,
            CitizenState.DEFERRED,
            CitizenState.ACTIVE,
            CitizenState.HIDING
        };
        for (int i = 0; i < MEN; i++) {
            h.pop.antiWar[i] = Traits.toUnitByte(Rng.uniform(5, 0, i, Streams.ANTI_WAR));
            h.pop.riskAversion[i] = Traits.toUnitByte(Rng.uniform(5, 0, i, Streams.RISK));
            if (i % 4 == 0) {
                h.pop.traits[i] |= Traits.MINORITY;
            }
            CitizenState s = states[(int) (states.length * Rng.uniform(5, 1, i, 1))];
            h.pop.state[i] = s.code;
            if (s == CitizenState.NOTIFIED) {
                h.pop.mark(i, Traits.HOLDS_SUMMONS);
            }
        }
        h.set("protest.activationRatePerDay", 0.5);
        h.set("protest.activeQuitRatePerDay", 0.3);
        h.set("protest.attackThreshold", 0.12);
        h.set("protest.threshold", 0.1);
        h.summonsInRegion = true;
        return h;
    }

    @Test
    void aSweepThatLeavesOutCalmMenChangesNothing() {
        SweepHarness skip = mixed(true);
        SweepHarness full = mixed(false);
        int splitDays = 0;
        int protesters = 0;
        double aggrieved = 0;
        for (int day = 1; day <= 30; day++) {
            double alarm = 0.2 + 0.8 * Rng.uniform(6, day, 0, 1);
            double region = 0.3 * Rng.uniform(6, day, 1, 1);
            for (SweepHarness h : new SweepHarness[] {skip, full}) {
                h.alarm = alarm;
                h.regionHardship = region;
                h.arrestEstimate = 0.2;
                h.sweep(day);
            }
            assertTrue(full.ctx.splitDraw == null);
            splitDays += skip.ctx.splitDraw[0] ? 1 : 0;
            assertArrayEquals(full.pop.state, skip.pop.state, "day " + day);
            assertArrayEquals(full.pop.marks, skip.pop.marks, "day " + day);
            assertArrayEquals(full.pop.since, skip.pop.since, "day " + day);
            assertArrayEquals(full.pop.post, skip.pop.post, "day " + day);
            assertEquals(full.out.aggrieved, skip.out.aggrieved, 0.0, "day " + day);
            assertEquals(full.out.protesters.size(), skip.out.protesters.size(), "day " + day);
            for (int k = 0; k < full.out.protesters.size(); k++) {
                assertEquals(full.out.protesters.get(k), skip.out.protesters.get(k));
            }
            protesters += skip.out.protesters.size();
            aggrieved += skip.out.aggrieved;
        }
        assertEquals(30, splitDays, "the bounds left men out every day");
        assertTrue(protesters > 100 && aggrieved > 100, protesters + " protesters, " + aggrieved + " aggrieved");
        assertTrue(Arrays.equals(full.pop.state, skip.pop.state));
    }
}
