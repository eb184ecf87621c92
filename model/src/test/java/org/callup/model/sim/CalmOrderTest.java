package org.callup.model.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Population;
import org.callup.model.citizens.Traits;
import org.junit.jupiter.api.Test;

/**
 * The men of each chunk by anti-war byte ({@link CalmOrder}), and the first pass of the sweep that uses them: it
 * draws exactly the men, in the same order, that comparing each man's draw with his own bound draws.
 */
class CalmOrderTest {
    @Test
    void eachChunkIsOrderedByDecreasingByteAndCounted() {
        Population pop = new Population(new int[] {0, 700, 701, 2500});
        for (int i = 0; i < pop.size(); i++) {
            // a skewed mix with many equal bytes, and the extremes
            double u = Rng.uniform(3, 0, i, 1);
            pop.antiWar[i] = (byte) (i % 97 == 0 ? 255 : i % 89 == 0 ? 0 : (int) (256 * u * u));
        }
        List<Parallel.Chunk> chunks = List.of(
                new Parallel.Chunk(0, 0, 0, 300),
                new Parallel.Chunk(1, 0, 300, 700),
                new Parallel.Chunk(2, 1, 700, 701),
                new Parallel.Chunk(3, 2, 701, 2500));
        CalmOrder order = CalmOrder.of(pop, chunks, null, 1);
        for (Parallel.Chunk c : chunks) {
            boolean[] seen = new boolean[c.to() - c.from()];
            int previousByte = 256;
            int previousIndex = -1;
            for (int j = c.from(); j < c.to(); j++) {
                int i = c.from() + order.offset[j];
                assertTrue(i < c.to() && !seen[i - c.from()], "a permutation of the chunk");
                seen[i - c.from()] = true;
                int b = pop.antiWar[i] & 0xff;
                assertTrue(b < previousByte || (b == previousByte && i > previousIndex), "decreasing, then by index");
                previousByte = b;
                previousIndex = i;
            }
            for (int v = -3; v <= 258; v++) {
                int above = 0;
                for (int i = c.from(); i < c.to(); i++) {
                    above += (pop.antiWar[i] & 0xff) > v ? 1 : 0;
                }
                assertEquals(above, order.above(c, v), "chunk " + c.index() + ", cutoff " + v);
            }
        }
    }

    private static final int MEN = 6000;

    /** A region of men in the states that have Epstein's row (and some that have not), bytes spread over 0 to 255. */
    private static SweepHarness mixed() {
        SweepHarness h = new SweepHarness(MEN);
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
        h.summonsInRegion = true;
        h.arrestEstimate = 0.2;
        return h;
    }

    /**
     * The men the first pass must draw with the order: each man against the full bound if his anti-war byte is above
     * the cutoff of his state (that of men without a summons if he is living normally or deferred), else the calm
     * bound; where more than a quarter of the chunk is above the lower cutoff, every man above it (drawSplit).
     */
    private static int[] expected(SweepHarness h, DayContext ctx) {
        int states = CitizenState.count();
        int lower = ctx.calmAntiWar[0];
        int above = 0;
        for (int i = 0; i < MEN; i++) {
            above += (h.pop.antiWar[i] & 0xff) > lower ? 1 : 0;
        }
        int[] drawn = new int[MEN];
        int n = 0;
        for (int i = 0; i < MEN; i++) {
            byte s = h.pop.state[i];
            boolean free = s == CitizenState.NORMAL.code || s == CitizenState.DEFERRED.code;
            int cutoff = free && above <= MEN / 4 ? ctx.calmAntiWarUnsummoned[0] : lower;
            int full = (h.pop.antiWar[i] & 0xff) > cutoff ? 1 : 0;
            if (Rng.bits(ctx.eventKey, i) < ctx.splitDrawBelow[full * states + s]) {
                drawn[n++] = i;
            }
        }
        return Arrays.copyOf(drawn, n);
    }

    @Test
    void theFirstPassDrawsTheMenOfEachMansCutoff() {
        SweepHarness h = mixed();
        CitizenSweep plain = new CitizenSweep(h.pop, h.targeting);
        CitizenSweep ordered = new CitizenSweep(h.pop, h.targeting);
        ordered.useCalmOrder(CalmOrder.of(h.pop, List.of(h.chunk), null, 1));
        CitizenSweep.Worker w1 = new CitizenSweep.Worker(h.worker.ledger, h.worker.decision);
        CitizenSweep.Worker w2 = new CitizenSweep.Worker(h.worker.ledger, h.worker.decision);
        int fewAbove = 0;
        int manyAbove = 0;
        int noneAbove = 0;
        int leftOut = 0;
        int drawnAbove = 0;
        for (int day = 1; day <= 120; day++) {
            // thresholds and alarm that put anything from no man to every man above the cutoff
            h.alarm = Rng.uniform(6, day, 0, 1);
            h.regionHardship = 0.3 * Rng.uniform(6, day, 1, 1);
            h.set("protest.threshold", 0.9 * Rng.uniform(6, day, 2, 1));
            h.set("protest.attackThreshold", 0.9 * Rng.uniform(6, day, 3, 1));
            // the harness sweeps the day (men change state, so the mix moves), leaving the day's context
            h.sweep(day);
            DayContext ctx = h.ctx;
            if (ctx.splitDraw == null || !ctx.splitDraw[0]) {
                continue;
            }
            assertTrue(ctx.calmAntiWarUnsummoned[0] >= ctx.calmAntiWar[0]);
            int n1 = plain.drawMen(ctx, h.chunk, w1);
            int n2 = ordered.drawMen(ctx, h.chunk, w2);
            int[] split = Arrays.copyOf(w1.drawn, n1);
            int[] withOrder = Arrays.copyOf(w2.drawn, n2);
            assertArrayEquals(expected(h, ctx), withOrder, "day " + day);
            leftOut += n1 - n2;
            int calm = ctx.calmAntiWar[0];
            int above = 0;
            for (int i = 0; i < MEN; i++) {
                above += (h.pop.antiWar[i] & 0xff) > calm ? 1 : 0;
            }
            if (above == 0) {
                noneAbove++;
                assertArrayEquals(split, withOrder);
            } else if (above <= MEN / 4) {
                fewAbove++;
                for (int i : withOrder) {
                    drawnAbove += (h.pop.antiWar[i] & 0xff) > calm ? 1 : 0;
                }
            } else {
                manyAbove++;
                assertArrayEquals(split, withOrder, "more than a quarter above the cutoff: drawSplit, day " + day);
            }
        }
        // the days cover the order's path (a few men above the cutoff, some of them drawn) and both ends
        assertTrue(
                fewAbove >= 10 && manyAbove >= 5 && noneAbove >= 3, fewAbove + " / " + manyAbove + " / " + noneAbove);
        assertTrue(drawnAbove > 100, drawnAbove + " men above the cutoff drawn");
        assertTrue(leftOut > 100, leftOut + " men living normally or deferred left out by their own cutoff");
    }

    /** A region where about a tenth of the men are above the cutoff, whose rule therefore runs on the order's path. */
    private static SweepHarness fewAbove(boolean order) {
        SweepHarness h = mixed();
        h.set("protest.legitimacy", 0.0);
        h.set("protest.hardshipBase", 1.0);
        h.set("protest.attackThreshold", 0.85);
        h.set("protest.threshold", 0.8);
        if (order) {
            h.sweep.useCalmOrder(CalmOrder.of(h.pop, List.of(h.chunk), null, 1));
        } else {
            h.calmSkip = false;
        }
        return h;
    }

    @Test
    void aSweepWithTheOrderChangesNothing() {
        SweepHarness ordered = fewAbove(true);
        SweepHarness full = fewAbove(false);
        int orderDays = 0;
        StringBuilder aboves = new StringBuilder();
        int protesters = 0;
        double aggrieved = 0;
        for (int day = 1; day <= 30; day++) {
            double alarm = 0.5 + 0.5 * Rng.uniform(7, day, 0, 1);
            double region = 0.2 * Rng.uniform(7, day, 1, 1);
            for (SweepHarness h : new SweepHarness[] {ordered, full}) {
                h.alarm = alarm;
                h.regionHardship = region;
                h.sweep(day);
            }
            DayContext ctx = ordered.ctx;
            int above = 0;
            for (int i = 0; i < MEN; i++) {
                above += (ordered.pop.antiWar[i] & 0xff) > ctx.calmAntiWar[0] ? 1 : 0;
            }
            orderDays += ctx.splitDraw[0] && above > 0 && above <= MEN / 4 ? 1 : 0;
            aboves.append(' ').append(above);
            assertArrayEquals(full.pop.state, ordered.pop.state, "day " + day);
            assertArrayEquals(full.pop.marks, ordered.pop.marks, "day " + day);
            assertArrayEquals(full.pop.since, ordered.pop.since, "day " + day);
            assertArrayEquals(full.pop.post, ordered.pop.post, "day " + day);
            assertEquals(full.out.aggrieved, ordered.out.aggrieved, 0.0, "day " + day);
            assertEquals(full.out.protesters.size(), ordered.out.protesters.size(), "day " + day);
            for (int k = 0; k < full.out.protesters.size(); k++) {
                assertEquals(full.out.protesters.get(k), ordered.out.protesters.get(k));
            }
            protesters += ordered.out.protesters.size();
            aggrieved += ordered.out.aggrieved;
        }
        assertTrue(orderDays >= 20, orderDays + " days on the order's path; men above the cutoff:" + aboves);
        assertTrue(protesters > 50 && aggrieved > 50, protesters + " protesters, " + aggrieved + " aggrieved");
    }
}
