package org.callup.model.sim;

import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Population;
import org.callup.model.citizens.Traits;
import org.callup.model.observe.Metric;
import org.callup.model.params.Channel;
import org.callup.model.recruit.Commissariats;
import org.callup.model.recruit.Targeting;

/**
 * The daily pass over the citizens of one chunk: summons delivery, detention, deferral, decisions, travel,
 * returns, deployment and releases. At most one event happens to a man on a day: one uniform draw is compared
 * with the region's bound for his state, and only if it falls below does the sweep look at his attributes.
 * Arrivals at posts and protesters are handed to the border and protest phases through the chunk's lists.
 */
final class CitizenSweep {
    private static final Channel[] CHANNELS = Targeting.SWEEP_CHANNELS;
    // state codes as constants, so that the sweep switches on the byte itself
    private static final byte S_NORMAL = 0;
    private static final byte S_NOTIFIED = 1;
    private static final byte S_HIDING = 2;
    private static final byte S_TRAVELLING = 3;
    private static final byte S_ABROAD = 5;
    private static final byte S_MOBILIZED = 6;
    private static final byte S_DEFERRED = 8;
    private static final byte S_DETAINED = 9;
    private static final byte S_ARRESTED = 10;

    static {
        if (S_NORMAL != CitizenState.NORMAL.code || S_NOTIFIED != CitizenState.NOTIFIED.code
                || S_HIDING != CitizenState.HIDING.code || S_TRAVELLING != CitizenState.TRAVELLING.code
                || S_ABROAD != CitizenState.ABROAD.code || S_MOBILIZED != CitizenState.MOBILIZED.code
                || S_DEFERRED != CitizenState.DEFERRED.code || S_DETAINED != CitizenState.DETAINED.code
                || S_ARRESTED != CitizenState.ARRESTED.code) {
            throw new AssertionError("state codes out of step with CitizenState");
        }
    }

    private final Population pop;
    private final Targeting targeting;

    CitizenSweep(Population pop, Targeting targeting) {
        this.pop = pop;
        this.targeting = targeting;
    }

    /** Per-worker scratch state: its ledger, decision maker, and the men of the current chunk who drew an event. */
    static final class Worker {
        /** Elements of padding after each scratch array, so that two workers' arrays never share a cache line. */
        private static final int PAD = 16;

        final Ledger ledger;
        final Decision decision;
        /** Indices of the men whose draw fell below their bound, in increasing order. */
        int[] drawn = new int[Parallel.CHUNK + PAD];

        Worker(Ledger ledger, Decision decision) {
            this.ledger = ledger;
            this.decision = decision;
        }

        /** Makes room for a chunk of {@code men} (the engine's chunks always fit; a test's may be larger). */
        void fit(int men) {
            if (drawn.length < men) {
                drawn = new int[men + PAD];
            }
        }
    }

    /** What a chunk hands to the later phases of the day. */
    static final class ChunkOut {
        final IntList arrivals = new IntList();
        final IntList protesters = new IntList();
        final IntList aggrieved = new IntList();

        void clear() {
            arrivals.clear();
            protesters.clear();
            aggrieved.clear();
        }
    }

    /**
     * Sweeps one chunk in two passes: {@link #draw} finds the men to whom something may happen today, then their
     * rules run in increasing order of index. The result is that of a single pass that ran each man's rule when it
     * reached him: a rule changes only its own man's entries, so each man's state is still the one he started the
     * day with when the first pass reads it, and the rules see their ties' states in the same order as before.
     *
     * <p>The split is for speed, and above all for speed with several threads. The first pass touches every man,
     * has no branch that depends on the data, and calls nothing, so the JIT compiles it on the first days and keeps
     * that code when the call-up starts. The rules of the second pass take branches that quiet days never take;
     * when the call-up starts, code compiled without those branches is thrown away and runs for a while in the
     * JIT's profiling tier, whose counters all threads update. Two workers updating the same counters make
     * profiled code several times slower than one does (docs/PERFORMANCE.md), so that stretch must be confined to
     * the rules, which a tenth of men at most reach, instead of taking the pass over every man with it.
     */
    void sweep(DayContext ctx, Parallel.Chunk chunk, Worker w, ChunkOut out) {
        out.clear();
        int r = chunk.region();
        w.fit(chunk.to() - chunk.from());
        int n = draw(ctx, chunk, w.drawn);
        byte[] state = pop.state;
        int[] drawn = w.drawn;
        for (int k = 0; k < n; k++) {
            int i = drawn[k];
            // the same uniform the draw compared: a counter-based stream gives it again for (day, man)
            happen(ctx, state[i], Rng.uniform(ctx.eventKey, i), i, r, chunk, w, out);
        }
    }

    /**
     * Every man of the chunk draws his day's uniform and compares it with the bound of his state in his region;
     * the men below it are written to {@code drawn}. Returns how many.
     *
     * <p>The comparison is counted, not branched on: every man's index is written at the current end of
     * the list, which grows by one only if the draw is below the bound. A mixed population (a tenth of men below
     * their bound on an ordinary day after the call-up) then costs the same as a uniform one, with no mispredicted
     * branch, and the loop's compiled code does not depend on how often men are below their bound.
     */
    private int draw(DayContext ctx, Parallel.Chunk chunk, int[] drawn) {
        byte[] state = pop.state;
        double[] bound = ctx.stateBound;
        int base = chunk.region() * CitizenState.count();
        long key = ctx.eventKey;
        int n = 0;
        for (int i = chunk.from(); i < chunk.to(); i++) {
            double u = Rng.uniform(key, i);
            drawn[n] = i;
            n += below(u, bound[base + state[i]]);
        }
        return n;
    }

    /**
     * 1 if u < b, else 0, without a branch: for finite doubles, u - b is negative exactly when u < b (it is +0.0,
     * never -0.0, when they are equal), so the sign bit of the difference is the answer.
     */
    private static int below(double u, double b) {
        return (int) (Double.doubleToRawLongBits(u - b) >>> 63);
    }

    private void happen(DayContext ctx, byte s, double u, int i, int r, Parallel.Chunk chunk, Worker w, ChunkOut out) {
        switch (s) {
            case S_NORMAL -> normal(ctx, u, i, r, chunk, w, out);
            case S_NOTIFIED -> notified(ctx, u, i, r, chunk, w, out);
            case S_HIDING -> hiding(ctx, u, i, r, chunk, w);
            case S_TRAVELLING -> travelling(ctx, i, r, w, out);
            case S_ABROAD -> abroad(ctx, u, i, r, w);
            case S_MOBILIZED -> mobilized(ctx, u, i, r, w);
            case S_DEFERRED -> deferred(ctx, i, r, w);
            case S_DETAINED -> detained(ctx, i, r, w);
            case S_ARRESTED -> arrested(ctx, i, r, w);
            default -> {
                // queueing (handled by the border phase), deployed, returned: their bound is 0
            }
        }
    }

    private double weight(DayContext ctx, int i, int r) {
        double base = targeting.baseWeight(ctx.rp, i);
        return (targeting.groundsMask(i) & ctx.activeMask) != 0 ? base * ctx.errorRate[r] : base;
    }

    private void normal(DayContext ctx, double u, int i, int r, Parallel.Chunk chunk, Worker w, ChunkOut out) {
        if (u >= ctx.deferStart[r]) {
            // the deferral interval comes last, so that a man whose draw falls in it costs one table lookup
            if ((Traits.groundsMask(pop.traits[i], pop.occupation[i]) & ctx.listMask) != 0) {
                defer(ctx, i, r, w);
            }
            return;
        }
        double shrink = ctx.shrinkNormal[r];
        double[] widths = ctx.summonsWidth[r];
        double pos = 0;
        for (int c = 0; c < CHANNELS.length; c++) {
            double b = widths[c];
            if (b > 0 && u < pos + b) {
                if (u - pos < b * targeting.exposure(c, i, r) * weight(ctx, i, r)) {
                    deliver(ctx, i, r, CHANNELS[c], chunk, w, out);
                }
                return;
            }
            pos += b;
        }
        if (u < pos + ctx.considerWidth[r]) {
            // thinning: the bound assumed every tie summoned; the man's own chance counts his summoned ties
            int tiesSummoned = w.decision.summonedTies(ctx, i, chunk.from(), chunk.to());
            double chance = ctx.considerRate * Math.min(1, ctx.alarm + ctx.tieFearPerTie * tiesSummoned);
            if (u - pos < chance * shrink) {
                decide(ctx, i, r, chunk, w, out, false, tiesSummoned);
            }
        }
    }

    private void notified(DayContext ctx, double u, int i, int r, Parallel.Chunk chunk, Worker w, ChunkOut out) {
        double shrink = ctx.shrinkNotified[r];
        double[] widths = ctx.pursuitWidth[r];
        double pos = 0;
        for (int c = 0; c < CHANNELS.length; c++) {
            double b = widths[c];
            if (b > 0 && u < pos + b) {
                if (u - pos < b * targeting.exposure(c, i, r)) {
                    capture(ctx, i, r, w);
                }
                return;
            }
            pos += b;
        }
        double b = ctx.deferralRate * shrink;
        if (u < pos + b) {
            if ((targeting.groundsMask(i) & ctx.activeMask) != 0) {
                defer(ctx, i, r, w);
            }
            return;
        }
        pos += b;
        if (u < pos + ctx.dp.notifiedReconsiderRatePerDay() * shrink) {
            decide(ctx, i, r, chunk, w, out, true, w.decision.summonedTies(ctx, i, chunk.from(), chunk.to()));
        }
    }

    private void hiding(DayContext ctx, double u, int i, int r, Parallel.Chunk chunk, Worker w) {
        double shrink = ctx.shrinkHiding[r];
        double[] widths = ctx.hidingWidth[r];
        double pos = 0;
        boolean holds = pop.marked(i, Traits.HOLDS_SUMMONS);
        for (int c = 0; c < CHANNELS.length; c++) {
            double b = widths[c];
            if (b > 0 && u < pos + b) {
                if (u - pos < b * targeting.exposure(c, i, r) * weight(ctx, i, r)) {
                    if (holds && Commissariats.detains(c)) {
                        capture(ctx, i, r, w);
                    } else if (!holds) {
                        serve(ctx, i, r, CHANNELS[c], w.ledger);
                    }
                }
                return;
            }
            pos += b;
        }
        if (u < pos + ctx.hideReturnRate * shrink) {
            w.ledger.move(i, r, holds ? CitizenState.NOTIFIED : CitizenState.NORMAL, ctx.day);
        }
    }

    private void travelling(DayContext ctx, int i, int r, Worker w, ChunkOut out) {
        int p = pop.post[i];
        if (ctx.day - pop.since[i] >= ctx.travelDays[r][p]) {
            w.ledger.move(i, r, CitizenState.QUEUEING, ctx.day);
            out.arrivals.add(i);
        }
    }

    private void abroad(DayContext ctx, double u, int i, int r, Worker w) {
        if (u < ctx.abroadReturnRate) {
            w.ledger.returnedVia(pop.post[i]);
            w.ledger.count(r, Metric.RETURNED_FROM_ABROAD);
            pop.post[i] = -1;
            w.ledger.move(i, r, pop.marked(i, Traits.HOLDS_SUMMONS) ? CitizenState.NOTIFIED : CitizenState.NORMAL, ctx.day);
        }
    }

    private void mobilized(DayContext ctx, double u, int i, int r, Worker w) {
        double pos = ctx.deployRate;
        if (u < pos) {
            w.ledger.move(i, r, CitizenState.DEPLOYED, ctx.day);
            return;
        }
        if (pop.marked(i, Traits.MISTAKEN)) {
            pos += ctx.mistakeReturnRate;
            if (u < pos) {
                pop.unmark(i, Traits.MISTAKEN | Traits.HOLDS_SUMMONS);
                w.ledger.count(r, Metric.MISTAKEN_DRAFTS_RETURNED);
                w.ledger.move(i, r, CitizenState.RETURNED, ctx.day);
                return;
            }
        }
        if (u < pos + ctx.escapeRate) {
            w.ledger.count(r, Metric.ESCAPES);
            w.ledger.move(i, r, CitizenState.HIDING, ctx.day);
        }
    }

    private void deferred(DayContext ctx, int i, int r, Worker w) {
        // reached only on a day an exemption is removed (the state's bound is 0 otherwise)
        if ((targeting.groundsMask(i) & ctx.activeMask) == 0) {
            w.ledger.move(i, r, CitizenState.NORMAL, ctx.day);
        }
    }

    private void detained(DayContext ctx, int i, int r, Worker w) {
        if (ctx.day - pop.since[i] < ctx.rp.detentionDays()) {
            return;
        }
        boolean grounds = (targeting.groundsMask(i) & ctx.activeMask) != 0;
        if (grounds && Rng.uniform(ctx.seed, ctx.day, i, Streams.RELEASE) < ctx.rp.mistakeReturnShare()) {
            defer(ctx, i, r, w);
        } else {
            mobilize(ctx, i, r, w);
        }
    }

    private void arrested(DayContext ctx, int i, int r, Worker w) {
        if (ctx.day - pop.since[i] >= ctx.pp.arrestDays()) {
            w.ledger.move(i, r, pop.marked(i, Traits.HOLDS_SUMMONS) ? CitizenState.NOTIFIED : CitizenState.NORMAL, ctx.day);
        }
    }

    /** Serves a summons by channel c and lets the man decide at once. */
    private void deliver(DayContext ctx, int i, int r, Channel c, Parallel.Chunk chunk, Worker w, ChunkOut out) {
        serve(ctx, i, r, c, w.ledger);
        w.ledger.move(i, r, CitizenState.NOTIFIED, ctx.day);
        decide(ctx, i, r, chunk, w, out, true, w.decision.summonedTies(ctx, i, chunk.from(), chunk.to()));
    }

    /** Marks a summons as served (with a travel ban if electronic) and counts it. */
    static void serve(DayContext ctx, int i, int r, Channel c, Ledger ledger, Population pop, int groundsMask) {
        pop.mark(i, Traits.HOLDS_SUMMONS);
        if (c == Channel.ELECTRONIC) {
            pop.mark(i, Traits.TRAVEL_BAN);
        }
        ledger.count(r, Metric.SUMMONS_DELIVERED);
        ledger.count(r, Metric.forChannel(c));
        if ((groundsMask & ctx.activeMask) != 0) {
            pop.mark(i, Traits.MISTAKEN);
            ledger.count(r, Metric.SUMMONS_MISTAKEN);
        }
    }

    private void serve(DayContext ctx, int i, int r, Channel c, Ledger ledger) {
        serve(ctx, i, r, c, ledger, pop, targeting.groundsMask(i));
    }

    private void defer(DayContext ctx, int i, int r, Worker w) {
        pop.unmark(i, Traits.HOLDS_SUMMONS | Traits.MISTAKEN | Traits.TRAVEL_BAN);
        w.ledger.count(r, Metric.DEFERRALS_GRANTED);
        w.ledger.move(i, r, CitizenState.DEFERRED, ctx.day);
    }

    /** Caught: processed the same day ("same-day draft", seed 002) or held a few days, with a chance to appeal. */
    private void capture(DayContext ctx, int i, int r, Worker w) {
        w.ledger.count(r, Metric.RAID_DETENTIONS);
        if (Rng.uniform(ctx.seed, ctx.day, i, Streams.SAME_DAY) < ctx.rp.sameDayShare()) {
            mobilize(ctx, i, r, w);
        } else {
            w.ledger.move(i, r, CitizenState.DETAINED, ctx.day);
        }
    }

    private void mobilize(DayContext ctx, int i, int r, Worker w) {
        mobilize(ctx, i, r, w.ledger, pop, targeting.groundsMask(i));
    }

    static void mobilize(DayContext ctx, int i, int r, Ledger ledger, Population pop, int groundsMask) {
        if ((groundsMask & ctx.activeMask) != 0) {
            pop.mark(i, Traits.MISTAKEN);
        }
        ledger.count(r, Metric.MOBILIZED);
        ledger.move(i, r, CitizenState.MOBILIZED, ctx.day);
    }

    private void decide(DayContext ctx, int i, int r, Parallel.Chunk chunk, Worker w, ChunkOut out, boolean summoned,
                        int tiesSummoned) {
        Decision d = w.decision;
        int choice = d.choose(ctx, i, r, tiesSummoned, weight(ctx, i, r), summoned);
        switch (choice) {
            case Decision.COMPLY -> mobilize(ctx, i, r, w);
            case Decision.HIDE -> w.ledger.move(i, r, CitizenState.HIDING, ctx.day);
            case Decision.FLEE -> {
                pop.post[i] = (byte) d.chosenPost;
                w.ledger.depart(r, d.chosenPost);
                w.ledger.move(i, r, CitizenState.TRAVELLING, ctx.day);
            }
            case Decision.PROTEST -> {
                w.ledger.count(r, Metric.PROTESTERS);
                out.protesters.add(i);
                if (d.netGrievance > ctx.pp.attackThreshold()) {
                    out.aggrieved.add(i);
                }
            }
            default -> {
                // stay put: living normally, or ignoring the summons
            }
        }
    }
}
