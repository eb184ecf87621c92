package org.callup.model.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Traits;
import org.callup.model.params.ExemptionCategory;
import org.junit.jupiter.api.Test;

/**
 * The draw of a run with a run cache ({@code CitizenSweep.drawTop8Class}) leaves out the men whose uniform falls in
 * Epstein's row while the cutoff of their state (summons or not) says the rule cannot act on them, and the calm men living
 * normally who cannot apply for a deferral and whose uniform falls in the row of the application: man for man, it
 * draws each man against his own bound, among the men of the draw with two sets of bounds, and a sweep with it
 * changes nothing.
 */
class ApplyCutDrawTest {
    private static final int MEN = 6000;

    /**
     * A region of men in the states that have Epstein's row and some that have not; a fifth in IT (grounds granted
     * on application), some of them too young to be looked for (targeting weight 0); the IT exemption in force and
     * the region's call-up open.
     */
    private static SweepHarness mixed() {
        SweepHarness h = new SweepHarness(MEN);
        CitizenState[] states = {
            CitizenState.NORMAL,
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
            if (i % 5 == 0) {
                h.pop.occupation[i] = Traits.OCC_IT;
                if (i % 3 == 0) {
                    h.pop.age[i] = 16;
                }
            }
            CitizenState s = states[(int) (states.length * Rng.uniform(5, 1, i, 1))];
            h.pop.state[i] = s.code;
            if (s == CitizenState.NOTIFIED) {
                h.pop.mark(i, Traits.HOLDS_SUMMONS);
            }
        }
        h.set("protest.activationRatePerDay", 0.5);
        h.set("protest.activeQuitRatePerDay", 0.3);
        h.set("recruiters.exemptions.it", true);
        h.offices.startWave(0);
        h.offices.overrideQuota(0, 1e9);
        h.summonsInRegion = true;
        h.arrestEstimate = 0.2;
        return h;
    }

    /** The first 8 bits of every man's uniform of the day, as the run cache keeps them. */
    private static byte[] top8(DayContext ctx) {
        byte[] q = new byte[MEN];
        for (int i = 0; i < MEN; i++) {
            q[i] = (byte) Rng.uniformTop8(ctx.eventKey, i);
        }
        return q;
    }

    /**
     * The men drawn, from each man's own bound: the full bound unless his anti-war byte is at most the calm cutoff of
     * his state (no summons in a state that never holds one; of a man of a minority where the region has any), then
     * the calm bound, which ends where
     * the row of the application starts for a man living normally who cannot apply.
     */
    private static int[] expected(SweepHarness h, DayContext ctx, int apply) {
        int states = CitizenState.count();
        int[] drawn = new int[MEN];
        int n = 0;
        for (int i = 0; i < MEN; i++) {
            byte s = h.pop.state[i];
            boolean free = s == CitizenState.NORMAL.code || s == CitizenState.DEFERRED.code;
            int minority = ctx.minorityInRegion == null || ctx.minorityInRegion[0] ? 1 : 0;
            int cutoff = ctx.calmOwn[(free ? 0 : 2) + minority];
            double bound = ctx.splitBound[states + s];
            if ((h.pop.antiWar[i] & 0xff) <= cutoff) {
                bound = ctx.splitBound[s];
                boolean applies = ExemptionCategory.any(h.targeting.groundsMask(i), ctx.onApplicationMask)
                        && h.targeting.baseWeight(ctx.rp, i) > 0;
                if (s == CitizenState.NORMAL.code && !applies) {
                    bound = Math.min(bound, ctx.upTo[apply - 1]);
                }
            }
            if (Rng.uniform(ctx.eventKey, i) < bound) {
                drawn[n++] = i;
            }
        }
        return Arrays.copyOf(drawn, n);
    }

    @Test
    void theDrawLeavesOutExactlyTheMenWhoseRowCannotActOnThem() {
        SweepHarness h = mixed();
        CitizenSweep split = new CitizenSweep(h.pop, h.targeting);
        split.useClassDraw(false);
        CitizenSweep cut = new CitizenSweep(h.pop, h.targeting);
        CitizenSweep.Worker w1 = new CitizenSweep.Worker(h.worker.ledger, h.worker.decision);
        CitizenSweep.Worker w2 = new CitizenSweep.Worker(h.worker.ledger, h.worker.decision);
        int states = CitizenState.count();
        int apply = -1;
        for (int k = TransitionTable.FIRST[CitizenState.NORMAL.code];
                k < TransitionTable.END[CitizenState.NORMAL.code];
                k++) {
            if (TransitionTable.KIND[k] == TransitionTable.Kind.DEFER_ON_APPLICATION) {
                apply = k;
            }
        }
        assertTrue(apply > TransitionTable.FIRST[CitizenState.NORMAL.code]);
        int days = 0;
        int leftOut = 0;
        int appliersInRow = 0;
        for (int day = 1; day <= 60; day++) {
            h.alarm = 0.2 + 0.8 * Rng.uniform(6, day, 0, 1);
            h.regionHardship = 0.3 * Rng.uniform(6, day, 1, 1);
            h.set("protest.threshold", 0.9 * Rng.uniform(6, day, 2, 1));
            h.set("protest.attackThreshold", 0.9 * Rng.uniform(6, day, 3, 1));
            // an exemption lifted on some days: the men's keys follow the mask in force
            h.set("recruiters.exemptions.it", day % 7 != 3);
            h.sweep(day);
            DayContext ctx = h.ctx;
            byte[] q = top8(ctx);
            split.useDraws(ctx, q);
            cut.useDraws(ctx, q);
            int n1 = split.drawMen(ctx, h.chunk, w1);
            int n2 = cut.drawMen(ctx, h.chunk, w2);
            int[] before = Arrays.copyOf(w1.drawn, n1);
            int[] after = Arrays.copyOf(w2.drawn, n2);
            days += ctx.calmOwn[0] >= 0 ? 1 : 0;
            // every man drawn with the cut was drawn without it; the others are the men the cut leaves out
            int[] expected = expected(h, ctx, apply);
            // the men drawn are among those of the draw with two sets of bounds
            assertTrue(Arrays.stream(after).allMatch(i -> Arrays.binarySearch(before, i) >= 0), "day " + day);
            assertArrayEquals(expected, after, "day " + day);
            leftOut += n1 - n2;
            for (int i : before) {
                double u = Rng.uniform(ctx.eventKey, i);
                boolean inRow =
                        h.pop.state[i] == CitizenState.NORMAL.code && u >= ctx.upTo[apply - 1] && u < ctx.upTo[apply];
                appliersInRow += inRow && h.pop.occupation[i] == Traits.OCC_IT && h.pop.age[i] > 16 ? 1 : 0;
            }
            assertEquals(states, CitizenState.count());
        }
        assertTrue(days >= 20, days + " days with calm men");
        assertTrue(leftOut > 300, leftOut + " men left out");
        assertTrue(appliersInRow > 10, appliersInRow + " men who can apply drawn into the row");
    }

    @Test
    void aSweepWithTheCutChangesNothing() {
        SweepHarness cut = mixed();
        SweepHarness split = mixed();
        split.sweep.useClassDraw(false);
        int deferred = 0;
        for (int day = 1; day <= 30; day++) {
            double alarm = 0.3 + 0.7 * Rng.uniform(7, day, 0, 1);
            for (SweepHarness h : new SweepHarness[] {cut, split}) {
                h.alarm = alarm;
                h.regionHardship = 0.1;
                // the day's context is made by the sweep; give it the cached bytes of the day before sweeping
                h.beforeSweep = ctx -> h.sweep.useDraws(ctx, top8(ctx));
                h.sweep(day);
            }
            assertArrayEquals(split.pop.state, cut.pop.state, "day " + day);
            assertArrayEquals(split.pop.marks, cut.pop.marks, "day " + day);
            assertArrayEquals(split.pop.since, cut.pop.since, "day " + day);
            assertEquals(split.out.aggrieved, cut.out.aggrieved, 0.0, "day " + day);
            assertEquals(split.out.protesters.size(), cut.out.protesters.size(), "day " + day);
            deferred += cut.worker.ledger.flow(0, org.callup.model.observe.Metric.DEFERRALS_GRANTED);
        }
        assertTrue(deferred > 0, "men applied for a deferral");
        assertFalse(cut.count(CitizenState.NORMAL) == 0);
    }
}
