package org.callup.model.sim;

import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Population;
import org.callup.model.citizens.Traits;
import org.callup.model.observe.Metric;
import org.callup.model.params.Channel;
import org.callup.model.params.ExemptionCategory;
import org.callup.model.params.PostMode;
import org.callup.model.recruit.Targeting;

/**
 * The daily pass over the citizens of one chunk: summons delivery, detention, deferral, decisions, travel,
 * returns, deployment and releases. At most one event happens to a man on a day: one uniform draw is compared
 * with the region's bound for his state, and only if it falls below does the sweep look at his attributes.
 * Arrivals at posts and men active in protest are handed to the border and protest phases through the chunk's lists.
 */
final class CitizenSweep {
    private static final Channel[] CHANNELS = Channel.sweepChannels();

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
        /** The men above the calm cutoff drawn against the full bound only ({@link #drawCalmFirst}). */
        int[] others = new int[Parallel.CHUNK + PAD];
        /** Where the two lists are merged; then swapped with {@link #drawn}. */
        int[] merged = new int[Parallel.CHUNK + PAD];

        Worker(Ledger ledger, Decision decision) {
            this.ledger = ledger;
            this.decision = decision;
        }

        /** Makes room for a chunk of {@code men} (the engine's chunks always fit; a test's may be larger). */
        void fit(int men) {
            if (drawn.length < men) {
                drawn = new int[men + PAD];
                others = new int[men + PAD];
                merged = new int[men + PAD];
            }
        }
    }

    /** What a chunk hands to the later phases of the day. */
    static final class ChunkOut {
        final IntList arrivals = new IntList();
        /** Men active in protest today (the newly active and those who stay active), whom the police may meet. */
        final IntList protesters = new IntList();
        /**
         * Men of the chunk's region whose grievance is above the attack threshold, in simulated citizens: each man who
         * looked at Epstein's rule today counts 1 / (his chance of looking), so the sum estimates all such men.
         */
        double aggrieved;
        /** The region of the chunk last swept into this. */
        int region;
        /** Men who chose an air route today: they book a seat in the border phase. */
        final IntList bookings = new IntList();
        /** Men who turned round today on their way to a road or rail post: they go home in the border phase. */
        final IntList turnedRound = new IntList();

        void clear() {
            arrivals.clear();
            turnedRound.clear();
            bookings.clear();
            protesters.clear();
            aggrieved = 0;
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
        out.region = r;
        int n = drawMen(ctx, chunk, w);
        byte[] state = pop.state;
        int[] drawn = w.drawn;
        for (int k = 0; k < n; k++) {
            int i = drawn[k];
            // the same uniform the draw compared: a counter-based stream gives it again for (day, man)
            happen(ctx, state[i], Rng.uniform(ctx.eventKey, i), i, r, chunk, w, out);
        }
    }

    /** The first pass: writes the men of the chunk to whom something may happen today to {@code w.drawn}; how many. */
    int drawMen(DayContext ctx, Parallel.Chunk chunk, Worker w) {
        int r = chunk.region();
        w.fit(chunk.to() - chunk.from());
        boolean split = ctx.splitDraw != null && ctx.splitDraw[r];
        if (top8 != null && finiteRegion[r]) {
            if (classTop8 != null && classDraw) {
                return drawTop8Class(ctx, chunk, w);
            }
            return split ? drawTop8Split(ctx, chunk, w.drawn) : drawTop8(ctx, chunk, w.drawn);
        } else if (split) {
            return calmOrder != null ? drawCalmFirst(ctx, chunk, w) : drawSplit(ctx, chunk, w.drawn);
        }
        return draw(ctx, chunk, w.drawn);
    }

    /**
     * Every man of the chunk draws his day's uniform and compares it with the bound of his state in his region;
     * the men below it are written to {@code drawn}. Returns how many.
     *
     * <p>The comparison is counted, not branched on: every man's index is written at the current end of
     * the list, which grows by one only if the draw is below the bound. A mixed population (a tenth of men below
     * their bound on an ordinary day after the call-up) then costs the same as a uniform one, with no mispredicted
     * branch, and the loop's compiled code does not depend on how often men are below their bound. The draw is
     * compared as an integer, its 53 bits against those of the bound ({@link DayContext#drawBelow}): the same
     * outcome as comparing the uniform, without converting a number to a double for every man.
     */
    private int draw(DayContext ctx, Parallel.Chunk chunk, int[] drawn) {
        return drawAgainst(
                pop.state,
                ctx.drawBelow,
                chunk.region() * CitizenState.count(),
                ctx.eventKey,
                chunk.from(),
                chunk.to(),
                drawn);
    }

    /** The loop of {@link #draw}: men from {@code from} to {@code to} against {@code below[base + state]}. */
    private static int drawAgainst(byte[] state, long[] below, int base, long key, int from, int to, int[] drawn) {
        int n = 0;
        for (int i = from; i < to; i++) {
            // the uniform's bits against the bound's (Rng.bitsBelow): u < bound, as integers; both lie in
            // [0, 2^53], so the difference is negative exactly when the draw is below
            drawn[n] = i;
            n += (int) ((Rng.bits(key, i) - below[base + state[i]]) >>> 63);
        }
        return n;
    }

    /**
     * Per state, 0 if no man in it holds a summons (living normally, deferred: a summons is served only with a move
     * to holding one or to a man in hiding, queueing or abroad, and every move back to these two states drops it or
     * goes through {@link #comeBack}), else 1. Epstein's rule cannot act on a man of the first two whose anti-war
     * byte is at most {@link DayContext#calmAntiWarUnsummoned}.
     */
    private static final int[] MAY_HOLD_SUMMONS = mayHoldSummons();

    private static int[] mayHoldSummons() {
        int[] may = new int[CitizenState.count()];
        java.util.Arrays.fill(may, 1);
        may[CitizenState.NORMAL.code] = 0;
        may[CitizenState.DEFERRED.code] = 0;
        return may;
    }

    /** The men of each chunk by anti-war byte (null: {@link #drawSplit} reads every man's byte). */
    private CalmOrder calmOrder;

    /** Lets the sweep find the men above the calm cutoff from their order (null: read every man's byte). */
    void useCalmOrder(CalmOrder order) {
        calmOrder = order;
    }

    /**
     * The men of {@link #drawSplit}, found without reading every man's anti-war byte, less those living normally or
     * deferred whose byte is at most {@link DayContext#calmAntiWarUnsummoned} and whose uniform falls in Epstein's
     * row (the rule cannot act on them: they hold no summons). Every man is compared with the calm bound, which is
     * never above the full one, in {@link #draw}'s loop; then the men above the cutoff, the first of the chunk in
     * {@link CalmOrder}, with the full bound, and those below it but not below the calm bound (not yet drawn) are
     * sorted and merged into the list. {@link #drawSplit}'s loop costs about a third more per man than
     * {@link #draw}'s (the byte, its comparison and a wider index), which this leaves to the few men above the
     * cutoff; where they are more than a quarter of the chunk, {@link #drawSplit} is cheaper and runs instead.
     */
    private int drawCalmFirst(DayContext ctx, Parallel.Chunk chunk, Worker w) {
        int r = chunk.region();
        int from = chunk.from();
        int hot = calmOrder.above(chunk, ctx.calmAntiWar[r]);
        if (hot > (chunk.to() - from) / 4) {
            return drawSplit(ctx, chunk, w.drawn);
        }
        // the men above the higher cutoff of men who hold no summons come first in the order: up to here, every man
        // is compared with the full bound, after it only a man in a state that may hold a summons
        int unsummonedEnd = from + calmOrder.above(chunk, ctx.calmAntiWarUnsummoned[r]);
        byte[] state = pop.state;
        long[] below = ctx.splitDrawBelow;
        int states = CitizenState.count();
        int calmBase = r * 2 * states;
        long key = ctx.eventKey;
        int n = drawAgainst(state, below, calmBase, key, from, chunk.to(), w.drawn);
        char[] offset = calmOrder.offset;
        int[] others = w.others;
        int m = 0;
        for (int j = from; j < from + hot; j++) {
            int i = from + offset[j];
            int s = state[i];
            long bits = Rng.bits(key, i);
            others[m] = i;
            // 1 (his full bound) if he is above the higher cutoff or may hold a summons, else 0 (the calm one)
            int full = MAY_HOLD_SUMMONS[s] | ((j - unsummonedEnd) >>> 31);
            // below that bound (the difference negative) and not below the calm one (not negative)
            m += (int) (((bits - below[calmBase + full * states + s]) & ~(bits - below[calmBase + s])) >>> 63);
        }
        if (m == 0) {
            return n;
        }
        java.util.Arrays.sort(others, 0, m);
        return merge(w, n, m);
    }

    /**
     * {@link #draw} with two sets of bounds ({@link DayContext#splitBound}): a man whose anti-war byte is at most his
     * region's {@link DayContext#calmAntiWar} cannot turn active nor count as aggrieved today, so he is compared with
     * the bound that leaves out Epstein's rule, the others with the full bound. The men drawn are those of
     * {@link #draw} less those whose uniform falls in the rule's row while the rule cannot act on them; each finds
     * the row he would have found. One more byte a man is read, branch-free as in {@link #draw}; the sweep uses this
     * only in a region where some men are calm and the rule's row is not empty.
     */
    private int drawSplit(DayContext ctx, Parallel.Chunk chunk, int[] drawn) {
        byte[] state = pop.state;
        byte[] antiWar = pop.antiWar;
        long[] below = ctx.splitDrawBelow;
        int states = CitizenState.count();
        int base = chunk.region() * 2 * states;
        int calm = ctx.calmAntiWar[chunk.region()];
        long key = ctx.eventKey;
        int n = 0;
        for (int i = chunk.from(); i < chunk.to(); i++) {
            // 0 for a calm man, 1 for the others: the sign of calm - antiWar
            int hot = (calm - (antiWar[i] & 0xff)) >>> 31;
            drawn[n] = i;
            n += (int) ((Rng.bits(key, i) - below[base + hot * states + state[i]]) >>> 63);
        }
        return n;
    }

    /** Today's first 8 bits of every man's uniform, from a {@link RunCache}, or null (then men draw in full). */
    private byte[] top8;
    /** Per region and state, {@code floor(256 b)} of the bound b, clamped to [-1, 256]. */
    private int[] boundTop8;
    /** Per region, whether every bound of the region is finite (else its men draw in full). */
    private boolean[] finiteRegion;
    /** {@link #boundTop8} of {@link DayContext#splitBound}, or null when the day has no split bounds. */
    private int[] splitTop8;

    /**
     * Gives the sweep today's first 8 bits of every man's uniform (null: none, draw in full). Call before the day's
     * sweep, with the day's context, from the thread that then runs the sweep's chunks.
     */
    void useDraws(DayContext ctx, byte[] today) {
        top8 = today;
        if (today == null) {
            return;
        }
        double[] bound = ctx.bound;
        int states = CitizenState.count();
        if (boundTop8 == null || boundTop8.length != bound.length) {
            boundTop8 = new int[bound.length];
            finiteRegion = new boolean[bound.length / states];
        }
        for (int r = 0; r < finiteRegion.length; r++) {
            boolean finite = true;
            for (int k = r * states; k < (r + 1) * states; k++) {
                finite &= Double.isFinite(bound[k]);
                boundTop8[k] = (int) Math.floor(Math.min(Math.max(bound[k] * 256, -1), 256));
            }
            finiteRegion[r] = finite;
        }
        double[] split = ctx.splitBound;
        if (split == null) {
            splitTop8 = null;
            classTop8 = null;
            return;
        }
        if (splitTop8 == null || splitTop8.length != split.length) {
            splitTop8 = new int[split.length];
        }
        for (int r = 0; r < finiteRegion.length; r++) {
            for (int k = r * 2 * states; k < (r + 1) * 2 * states; k++) {
                finiteRegion[r] &= Double.isFinite(split[k]);
                splitTop8[k] = (int) Math.floor(Math.min(Math.max(split[k] * 256, -1), 256));
            }
        }
        classBounds(ctx);
    }

    /**
     * The men who can apply for a deferral today, in increasing order (a ground granted on application and in force,
     * and a targeting weight above 0: for the others {@link #deferOnApplication} does nothing), for the recruiters'
     * parameters and mask of {@link #keyRp} and {@link #keyMask}; {@link #appliers} of them. Null without a run
     * cache.
     */
    private int[] applier;

    private int appliers;
    private org.callup.model.params.RecruiterParams keyRp;
    private int keyMask = -1;
    /**
     * Per region, then 0 for a calm man and 1 for the others, then state: {@code floor(256 b)} of the bound b of the
     * draw in {@link #drawTop8Class} (clamped as {@link #boundTop8}); null when the sweep draws otherwise. A calm man
     * living normally has the bound of a man who cannot apply for a deferral.
     */
    private int[] classTop8;
    /** The bounds of {@link #classTop8} themselves. */
    private double[] classBound;
    /**
     * Per region, without and with a summons ({@code [r * 2 + summoned]}), the anti-war byte up to which a man is
     * calm for {@link #drawTop8Class} ({@link DayContext#calmOwn} of a man of a minority where the region has any;
     * -1: nobody).
     */
    private int[] classCalm;
    /** Per region and state, the calm bound as the integers {@link Rng#bits} is compared with. */
    private long[] calmBelow;

    /** Whether the sweep uses {@link #drawTop8Class} when it can (a test turns it off to compare). */
    private boolean classDraw = true;

    void useClassDraw(boolean on) {
        classDraw = on;
    }

    /**
     * Per state, the row in which a man applies for a deferral when it is the state's last row but Epstein's rule
     * (so that a calm man's bound ends where it ends, {@link DayContext#splitBound}), or -1.
     */
    private static final int[] APPLY_ROW = applyRows();

    private static int[] applyRows() {
        int[] rows = new int[CitizenState.count()];
        java.util.Arrays.fill(rows, -1);
        for (int s = 0; s < rows.length; s++) {
            int last = TransitionTable.END[s] - 1;
            if (last - 1 >= TransitionTable.FIRST[s]
                    && TransitionTable.KIND[last] == TransitionTable.Kind.ACTIVATE
                    && TransitionTable.KIND[last - 1] == TransitionTable.Kind.DEFER_ON_APPLICATION) {
                rows[s] = last - 1;
            }
        }
        return rows;
    }

    /**
     * Makes the bounds of {@link #drawTop8Class} for the day, and the list of men who can apply for a deferral when
     * the recruiters' parameters or the exemptions granted on application change (at most on a day with an event).
     * A calm man living normally ({@link DayContext#splitBound}) who cannot apply for a deferral has a bound that ends
     * where the row of the application starts, as the rule of that row does nothing for him and the row after it is
     * Epstein's, which cannot act on him. Where some row of the state needs a mark, or some width is negative, the
     * calm bound stays.
     */
    private void classBounds(DayContext ctx) {
        int states = CitizenState.count();
        int regions = finiteRegion.length;
        if (ctx.splitBound == null || ctx.rp == null || ctx.upTo == null) {
            classTop8 = null;
            return;
        }
        if (applier == null || keyMask != ctx.onApplicationMask || !sameWeights(ctx.rp, keyRp)) {
            if (applier == null) {
                applier = new int[16];
            }
            int m = 0;
            for (int i = 0; i < pop.size(); i++) {
                if (ExemptionCategory.any(targeting.groundsMask(i), ctx.onApplicationMask)
                        && targeting.baseWeight(ctx.rp, i) > 0) {
                    if (m == applier.length) {
                        applier = java.util.Arrays.copyOf(applier, 2 * m);
                    }
                    applier[m++] = i;
                }
            }
            appliers = m;
            keyRp = ctx.rp;
            keyMask = ctx.onApplicationMask;
        }
        if (classTop8 == null || classTop8.length != regions * 2 * states) {
            classTop8 = new int[regions * 2 * states];
            classBound = new double[regions * 2 * states];
            calmBelow = new long[regions * states];
            classCalm = new int[regions * 2];
        }
        for (int r = 0; r < regions; r++) {
            // the cutoffs of his marks (DayContext.calmOwn), of a man of a minority where the region has any: a man
            // living normally or deferred holds no summons, a man notified has the cutoff of a man holding one;
            // Epstein's rule tests his own marks' cutoff, at least these, before it does anything
            int minority = ctx.minorityInRegion == null || ctx.minorityInRegion[r] ? 1 : 0;
            classCalm[r * 2] = ctx.calmOwn[r * 4 + minority];
            classCalm[r * 2 + 1] = ctx.calmOwn[r * 4 + 2 + minority];
            for (int st = 0; st < states; st++) {
                double full = ctx.splitBound[(r * 2 + 1) * states + st];
                double calm = ctx.splitBound[(r * 2) * states + st];
                double cut = calm;
                int k = APPLY_ROW[st];
                if (k >= 0 && ctx.widthsNonNegative && !WALKS[st]) {
                    cut = Math.min(
                            calm, k == TransitionTable.FIRST[st] ? 0 : ctx.upTo[r * TransitionTable.COUNT + k - 1]);
                }
                calmBelow[r * states + st] = Rng.bitsBelow(calm);
                double[] bySet = {cut, full};
                for (int set = 0; set < 2; set++) {
                    int at = (r * 2 + set) * states + st;
                    classBound[at] = bySet[set];
                    classTop8[at] = (int) Math.floor(Math.min(Math.max(bySet[set] * 256, -1), 256));
                    finiteRegion[r] &= Double.isFinite(bySet[set]);
                }
            }
        }
    }

    /**
     * Whether {@link Targeting#baseWeight} gives every man the same weight under {@code a} as under {@code b}: the
     * ages and weights it reads are equal (an event that changes other recruiters' parameters keeps the list).
     */
    private static boolean sameWeights(
            org.callup.model.params.RecruiterParams a, org.callup.model.params.RecruiterParams b) {
        return a == b
                || (b != null
                        && a.targetAgeMin() == b.targetAgeMin()
                        && a.targetAgeMax() == b.targetAgeMax()
                        && a.officerAgeMax() == b.officerAgeMax()
                        && Double.compare(a.priorServiceWeight(), b.priorServiceWeight()) == 0
                        && Double.compare(a.noServiceWeight(), b.noServiceWeight()) == 0
                        && Double.compare(a.overAgeWeight(), b.overAgeWeight()) == 0);
    }

    /**
     * {@link #drawTop8Split} with the calm cutoff of each man's state ({@link DayContext#calmOwn}: a man living
     * normally or deferred holds no summons), and a calm man living normally drawn against a bound that ends where
     * the row of the application starts unless he can apply ({@link #classBounds}). The men drawn are those of
     * {@link #drawTop8Split} less those whose uniform falls in a row whose rule can do nothing for them (Epstein's
     * with a byte at most the cutoff, the application without grounds to apply on), in increasing order. The loop
     * reads the bytes {@link #drawTop8Split} reads; the few men who can apply are then looked at from their list.
     */
    private int drawTop8Class(DayContext ctx, Parallel.Chunk chunk, Worker w) {
        byte[] state = pop.state;
        byte[] antiWar = pop.antiWar;
        byte[] q = top8;
        int[] c = classTop8;
        double[] bound = classBound;
        int states = CitizenState.count();
        int r = chunk.region();
        int base = r * 2 * states;
        // the cutoff of a man without a summons, and how much lower it is for a man holding one (notified, the only
        // other state with Epstein's row; for the states without it both bounds are the same)
        int free = classCalm[r * 2];
        int heldLess = classCalm[r * 2 + 1] - free;
        int notified = CitizenState.NOTIFIED.code;
        long key = ctx.eventKey;
        int[] drawn = w.drawn;
        int n = 0;
        for (int i = chunk.from(); i < chunk.to(); i++) {
            int st = state[i];
            // 1 for a man notified: ((st ^ notified) - 1) is negative only when st is NOTIFIED (codes are small)
            int held = ((st ^ notified) - 1) >>> 31;
            // 0 for a calm man, 1 for the others: the sign of cutoff - byte
            int hot = (free + held * heldLess - (antiWar[i] & 0xff)) >>> 31;
            int s = base + hot * states + st;
            int d = (q[i] & 0xff) - c[s];
            drawn[n] = i;
            n += d >>> 31;
            if (d == 0) {
                n += below(Rng.uniform(key, i), bound[s]);
            }
        }
        // the calm men living normally who can apply and whose uniform falls in the row of the application: their
        // bound is the calm one (the few men who can apply, each a full uniform)
        int a = java.util.Arrays.binarySearch(applier, 0, appliers, chunk.from());
        a = a < 0 ? -a - 1 : a;
        int[] others = w.others;
        int m = 0;
        int normal = CitizenState.NORMAL.code;
        int calmBase = r * states;
        for (; a < appliers && applier[a] < chunk.to(); a++) {
            int i = applier[a];
            int st = state[i];
            if (st != normal || (antiWar[i] & 0xff) > free) {
                continue;
            }
            long bits = Rng.bits(key, i);
            int at = base + st;
            // below the calm bound and not below the cut one
            if (bits < calmBelow[calmBase + st] && !(Rng.uniform(key, i) < bound[at])) {
                others[m++] = i;
            }
        }
        if (m == 0) {
            return n;
        }
        return merge(w, n, m);
    }

    /** Merges {@code w.others[0, m)} into {@code w.drawn[0, n)}, both increasing, into {@code w.drawn}; n + m. */
    private static int merge(Worker w, int n, int m) {
        int[] drawn = w.drawn;
        int[] others = w.others;
        int[] merged = w.merged;
        int a = 0;
        int b = 0;
        int k = 0;
        while (a < n && b < m) {
            merged[k++] = drawn[a] < others[b] ? drawn[a++] : others[b++];
        }
        while (a < n) {
            merged[k++] = drawn[a++];
        }
        while (b < m) {
            merged[k++] = others[b++];
        }
        w.merged = drawn;
        w.drawn = merged;
        return k;
    }

    /**
     * The draw with the first 8 bits of every man's uniform given ({@link #useDraws}): the same men as {@link #draw}.
     * With q = floor(256 u) and c = floor(256 b) for his uniform u and bound b, u < b if q < c and u >= b if
     * q > c; only when q = c (about one man in 256) is his full uniform computed and compared. A man is counted as
     * in {@link #draw}, without a branch; the rare equal case branches.
     */
    private int drawTop8(DayContext ctx, Parallel.Chunk chunk, int[] drawn) {
        byte[] state = pop.state;
        byte[] q = top8;
        int[] c = boundTop8;
        double[] bound = ctx.bound;
        int base = chunk.region() * CitizenState.count();
        long key = ctx.eventKey;
        int n = 0;
        for (int i = chunk.from(); i < chunk.to(); i++) {
            int s = base + state[i];
            int d = (q[i] & 0xff) - c[s];
            drawn[n] = i;
            n += d >>> 31;
            if (d == 0) {
                n += below(Rng.uniform(key, i), bound[s]);
            }
        }
        return n;
    }

    /** {@link #drawTop8} with the two sets of bounds of {@link #drawSplit}: the same men as {@link #drawSplit}. */
    private int drawTop8Split(DayContext ctx, Parallel.Chunk chunk, int[] drawn) {
        byte[] state = pop.state;
        byte[] antiWar = pop.antiWar;
        byte[] q = top8;
        int[] c = splitTop8;
        double[] bound = ctx.splitBound;
        int states = CitizenState.count();
        int base = chunk.region() * 2 * states;
        int calm = ctx.calmAntiWar[chunk.region()];
        long key = ctx.eventKey;
        int n = 0;
        for (int i = chunk.from(); i < chunk.to(); i++) {
            int s = base + ((calm - (antiWar[i] & 0xff)) >>> 31) * states + state[i];
            int d = (q[i] & 0xff) - c[s];
            drawn[n] = i;
            n += d >>> 31;
            if (d == 0) {
                n += below(Rng.uniform(key, i), bound[s]);
            }
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

    /**
     * Finds the row of the man's state in which his uniform u falls and runs its rule; nothing happens if u falls
     * past the last row (possible only by rounding). Rows that require a mark he lacks are left out, and the rows
     * after such a row start where it would have started.
     *
     * <p>For a state none of whose rows requires a mark, the rows end where {@link DayContext#upTo} says, sums taken
     * once a day in row order, so the search is a counted comparison per row. The sums are the ones the walk below
     * adds up for a man who has every row, to the last bit, and the row found is the walk's as long as no width is
     * negative (else, never in practice, every man walks). The rule itself runs in {@link #apply}: this method is kept small
     * so that the JIT inlines it into the sweep's loop, and the rules, which only a few men reach, stay out of it.
     */
    private void happen(DayContext ctx, byte s, double u, int i, int r, Parallel.Chunk chunk, Worker w, ChunkOut out) {
        int base = r * TransitionTable.COUNT;
        int first = TransitionTable.FIRST[s];
        int end = TransitionTable.END[s];
        int k = first;
        double pos;
        if (WALKS[s] || !ctx.widthsNonNegative) {
            double[] width = ctx.width;
            pos = 0;
            for (; k < end; k++) {
                int needs = TransitionTable.REQUIRES[k];
                if (needs != 0 && (pop.marks[i] & needs) != needs) {
                    continue;
                }
                double b = width[base + k];
                if (u < pos + b) {
                    break;
                }
                pos += b;
            }
        } else {
            // the ends never decrease, so the rows ending above u are the last n: counted without a branch, as in
            // the draw (a man's row varies from man to man, and a branch on it would be mispredicted)
            double[] upTo = ctx.upTo;
            int n = 0;
            for (int j = first; j < end; j++) {
                n += below(u, upTo[base + j]);
            }
            k = end - n;
            pos = k == first ? 0 : upTo[base + k - 1];
        }
        if (k < end) {
            apply(ctx, i, r, k, u - pos, s, chunk, w, out);
        }
    }

    /** Whether any row of each state requires a mark (then its men walk the rows one by one). */
    private static final boolean[] WALKS = walkingStates();

    private static boolean[] walkingStates() {
        boolean[] walks = new boolean[CitizenState.count()];
        for (int s = 0; s < walks.length; s++) {
            for (int k = TransitionTable.FIRST[s]; k < TransitionTable.END[s]; k++) {
                walks[s] |= TransitionTable.REQUIRES[k] != 0;
            }
        }
        return walks;
    }

    /**
     * Runs the rule of row k for man i of region r, whose uniform fell {@code v} into the row. Returns whether the rule acted
     * (its condition held: he was exposed, had grounds, his term was over, ...). The switch is an expression, so a
     * {@link TransitionTable.Kind} without a case here does not compile.
     */
    private boolean apply(
            DayContext ctx, int i, int r, int k, double v, byte s, Parallel.Chunk chunk, Worker w, ChunkOut out) {
        // (i and r first: the JVM loads the first locals with shorter instructions, which keeps this method under
        // the size up to which C2 inlines a hot call)
        return switch (TransitionTable.KIND[k]) {
            case SUMMONS -> summons(ctx, k, v, i, r, chunk, w, out);
            case CONSIDER -> consider(ctx, s, v, i, r, chunk, w, out);
            case DEFER_ON_APPLICATION -> deferOnApplication(ctx, s, v, i, r, chunk, w);
            case PURSUIT -> pursuit(ctx, k, v, i, r, w);
            case DEFER -> deferIfGrounds(ctx, i, r, w);
            case RECONSIDER -> reconsider(ctx, i, r, chunk, w, out);
            case SUMMONS_LAPSES -> summonsLapses(ctx, i, r, w);
            case FOUND_IN_HIDING -> foundInHiding(ctx, k, v, i, r, w);
            case COME_BACK -> comeBack(ctx, i, r, w);
            case RETURN_FROM_ABROAD -> returnFromAbroad(ctx, k, v, i, r, w);
            case MOVE -> move(ctx, k, i, r, w);
            case DEPLOY -> deploy(ctx, i, r, w);
            case MISTAKE_RETURN -> mistakeReturn(ctx, i, r, w);
            case ARRIVE -> travelling(ctx, i, r, chunk, w, out);
            case GROUNDS_LAPSED -> groundsLapsed(ctx, i, r, w);
            case DETENTION_ENDS -> detained(ctx, i, r, w);
            case ARREST_ENDS -> arrestEnds(ctx, i, r, w);
            case ACTIVATE -> activate(ctx, s, v, i, r, chunk, w, out);
            case STAY_ACTIVE -> stayActive(ctx, v, i, r, chunk, w, out);
        };
    }

    /** The width of row k in region r. */
    private static double width(DayContext ctx, int k, int r) {
        return ctx.width[r * TransitionTable.COUNT + k];
    }

    private boolean summons(
            DayContext ctx, int k, double v, int i, int r, Parallel.Chunk chunk, Worker w, ChunkOut out) {
        int c = TransitionTable.CHANNEL[k];
        if (v < width(ctx, k, r) * targeting.exposure(c, i, r) * weight(ctx, i, r)) {
            deliver(ctx, i, r, CHANNELS[c], chunk, w, out);
            return true;
        }
        return false;
    }

    private boolean consider(
            DayContext ctx, byte s, double v, int i, int r, Parallel.Chunk chunk, Worker w, ChunkOut out) {
        // thinning: the bound assumed every tie summoned; the man's own chance counts his summoned ties
        int tiesSummoned = w.decision.summonedTies(ctx, i, chunk.from(), chunk.to());
        double chance = ctx.dp.considerRatePerDay() * Math.min(1, ctx.alarm + ctx.tieFearPerTie * tiesSummoned);
        if (v < chance * ctx.shrink[r * CitizenState.count() + s]) {
            decide(ctx, i, r, chunk, w, out, false, tiesSummoned);
            return true;
        }
        return false;
    }

    private boolean deferOnApplication(DayContext ctx, byte s, double v, int i, int r, Parallel.Chunk chunk, Worker w) {
        // only a man the commissariats look for has reason to apply, and he applies when alarmed, as he
        // reconsiders: the bound assumed every tie summoned, his own chance counts his summoned ties
        double risk = targeting.baseWeight(ctx.rp, i);
        if (ExemptionCategory.any(targeting.groundsMask(i), ctx.onApplicationMask) && risk > 0) {
            int tiesSummoned = w.decision.summonedTies(ctx, i, chunk.from(), chunk.to());
            // he applies as much as he is at risk: a reservist within the caps (weight 1) at the full rate, a man
            // the call-up hardly looks for (no service, over age) in proportion to his targeting weight
            double chance = ctx.rp.deferralRatePerDay()
                    * Math.min(1, risk)
                    * Math.min(1, ctx.alarm + ctx.tieFearPerTie * tiesSummoned);
            if (v < chance * ctx.shrink[r * CitizenState.count() + s]) {
                defer(ctx, i, r, w);
                return true;
            }
        }
        return false;
    }

    private boolean deploy(DayContext ctx, int i, int r, Worker w) {
        if (ctx.day - pop.since[i] >= ctx.rp.trainingMinDays()) {
            w.ledger.count(r, Metric.DEPLOYMENTS);
            w.ledger.move(i, r, CitizenState.DEPLOYED, ctx.day);
            return true;
        }
        return false;
    }

    private boolean pursuit(DayContext ctx, int k, double v, int i, int r, Worker w) {
        if (v < width(ctx, k, r) * targeting.exposure(TransitionTable.CHANNEL[k], i, r)) {
            capture(ctx, i, r, w);
            return true;
        }
        return false;
    }

    private boolean reconsider(DayContext ctx, int i, int r, Parallel.Chunk chunk, Worker w, ChunkOut out) {
        return decide(ctx, i, r, chunk, w, out, true, w.decision.summonedTies(ctx, i, chunk.from(), chunk.to()));
    }

    /** His region's call-up is closed: his summons is void and he goes back to normal life (ODD 7.2). */
    private boolean summonsLapses(DayContext ctx, int i, int r, Worker w) {
        pop.unmark(i, Traits.HOLDS_SUMMONS | Traits.MISTAKEN | Traits.TRAVEL_BAN);
        w.ledger.count(r, Metric.SUMMONS_LAPSED);
        w.ledger.move(i, r, CitizenState.NORMAL, ctx.day);
        return true;
    }

    private boolean deferIfGrounds(DayContext ctx, int i, int r, Worker w) {
        if (groundsInForce(ctx, i)) {
            defer(ctx, i, r, w);
            return true;
        }
        return false;
    }

    private boolean foundInHiding(DayContext ctx, int k, double v, int i, int r, Worker w) {
        int c = TransitionTable.CHANNEL[k];
        if (v < width(ctx, k, r) * targeting.exposure(c, i, r) * weight(ctx, i, r)) {
            boolean holds = pop.marked(i, Traits.HOLDS_SUMMONS);
            if (holds && CHANNELS[c].detains()) {
                capture(ctx, i, r, w);
                return true;
            } else if (!holds) {
                serve(ctx, i, r, CHANNELS[c], w.ledger);
                return true;
            }
        }
        return false;
    }

    private boolean returnFromAbroad(DayContext ctx, int k, double v, int i, int r, Worker w) {
        // thinning: the row's rate is the largest chance of any man abroad; his own depends on his means
        double boost = Returns.boost(ctx.offices, ctx.params);
        if (!Returns.returns(ctx, pop, i, boost, v, width(ctx, k, r))) {
            return false;
        }
        w.ledger.returnedVia(pop.post[i]);
        w.ledger.count(r, Metric.RETURNED_FROM_ABROAD);
        pop.post[i] = -1;
        return comeBack(ctx, i, r, w);
    }

    private boolean move(DayContext ctx, int k, int i, int r, Worker w) {
        if (TransitionTable.COUNTS[k] != null) {
            w.ledger.count(r, TransitionTable.COUNTS[k]);
        }
        w.ledger.move(i, r, TransitionTable.OUTCOME[k], ctx.day);
        return true;
    }

    private boolean mistakeReturn(DayContext ctx, int i, int r, Worker w) {
        pop.unmark(i, Traits.MISTAKEN | Traits.HOLDS_SUMMONS);
        w.ledger.count(r, Metric.MISTAKEN_DRAFTS_RETURNED);
        w.ledger.count(r, mistakeKind(ctx, i));
        w.ledger.move(i, r, CitizenState.RETURNED, ctx.day);
        return true;
    }

    /** Reached only on a day an exemption is removed (the state's bound is 0 otherwise). */
    private boolean groundsLapsed(DayContext ctx, int i, int r, Worker w) {
        if (!groundsInForce(ctx, i)) {
            pop.unmark(i, Traits.HOLDS_DEFERRAL);
            w.ledger.move(i, r, CitizenState.NORMAL, ctx.day);
            return true;
        }
        return false;
    }

    /**
     * A man not active looks at Epstein's rule (ODD 7.13) when he pays attention, as he reconsiders: the row's bound
     * assumed every tie summoned, his own chance counts his summoned ties. He turns active if G - R P > T. Whatever
     * he decides, he counts towards the men whose grievance is above the attack threshold, with weight 1 / his
     * chance of looking.
     */
    private boolean activate(
            DayContext ctx, byte s, double v, int i, int r, Parallel.Chunk chunk, Worker w, ChunkOut out) {
        boolean summoned = pop.marked(i, Traits.HOLDS_SUMMONS);
        // his byte against the cutoff of his marks: the same as Activation.calm of his own grievanceBound (the most
        // ties), which grows with the byte; -1 where the bounds do not apply
        if (ctx.calmOwn != null
                && (pop.antiWar[i] & 0xff)
                        <= ctx.calmOwn[r * 4 + (summoned ? 2 : 0) + (pop.has(i, Traits.MINORITY) ? 1 : 0)]) {
            // whatever his ties, he can neither turn active nor count as aggrieved: the rule below would do nothing
            return false;
        }
        int ties = w.decision.summonedTies(ctx, i, chunk.from(), chunk.to());
        double chance = ctx.pp.activationRatePerDay()
                * Math.min(1, ctx.alarm + ctx.tieFearPerTie * ties)
                * ctx.shrink[r * CitizenState.count() + s];
        if (v >= chance) {
            return false;
        }
        double g = Activation.grievance(ctx, pop, i, r, summoned, ties);
        if (g > ctx.pp.attackThreshold()) {
            out.aggrieved += 1 / chance;
        }
        if (!Activation.active(ctx, pop, i, r, g)) {
            return false;
        }
        w.ledger.count(r, Metric.PROTESTERS);
        w.ledger.move(i, r, CitizenState.ACTIVE, ctx.day);
        out.protesters.add(i);
        return true;
    }

    /**
     * An active man, looked at every day: he gives up at activeQuitRatePerDay (his uniform {@code v} in the row) or
     * once G - R P > T no longer holds; else he is in the street today, where the police may arrest him.
     */
    private boolean stayActive(DayContext ctx, double v, int i, int r, Parallel.Chunk chunk, Worker w, ChunkOut out) {
        int ties = w.decision.summonedTies(ctx, i, chunk.from(), chunk.to());
        double g = Activation.grievance(ctx, pop, i, r, pop.marked(i, Traits.HOLDS_SUMMONS), ties);
        if (g > ctx.pp.attackThreshold()) {
            out.aggrieved += 1;
        }
        if (v < ctx.pp.activeQuitRatePerDay() || !Activation.active(ctx, pop, i, r, g)) {
            return leaveProtest(ctx, i, r, w);
        }
        out.protesters.add(i);
        return true;
    }

    private boolean arrestEnds(DayContext ctx, int i, int r, Worker w) {
        return ctx.day - pop.since[i] >= ctx.pp.arrestDays() && leaveProtest(ctx, i, r, w);
    }

    /**
     * The kind of a mistaken draft sent home, as reports name them: over the age cap first, then unfit, father of a
     * large family or carer, exempt occupation, student (a man with several grounds is counted once, under the
     * first).
     */
    private Metric mistakeKind(DayContext ctx, int i) {
        if (targeting.overAge(ctx.rp, i)) {
            return Metric.MISTAKEN_RETURNED_OVER_AGE;
        }
        int g = targeting.groundsMask(i);
        if ((g & ExemptionCategory.MEDICAL.bit()) != 0) {
            return Metric.MISTAKEN_RETURNED_UNFIT;
        }
        if ((g & ExemptionCategory.FAMILY.bit()) != 0) {
            return Metric.MISTAKEN_RETURNED_FAMILY;
        }
        if ((g & ExemptionCategory.STUDENTS.bit()) != 0 && (g & ~ExemptionCategory.STUDENTS.bit()) == 0) {
            return Metric.MISTAKEN_RETURNED_STUDENT;
        }
        return Metric.MISTAKEN_RETURNED_OCCUPATION;
    }

    /** Whether man i would be taken by mistake today: one of his grounds is in force, or he is over the age cap. */
    private static boolean mistaken(DayContext ctx, int i, Population pop, int groundsMask) {
        return ctx.groundsInForce(groundsMask) || Targeting.overAge(ctx.rp, pop.traits[i], pop.age[i]);
    }

    /** Whether one of man i's grounds is in force today. */
    private boolean groundsInForce(DayContext ctx, int i) {
        return ctx.groundsInForce(targeting.groundsMask(i));
    }

    private double weight(DayContext ctx, int i, int r) {
        double base = targeting.baseWeight(ctx.rp, i);
        return groundsInForce(ctx, i) ? base * ctx.offices.errorRate(r) : base;
    }

    /**
     * Out of the street or of jail (ODD 7.13): notified if he holds a summons; deferred if he was deferred when he
     * turned active and his grounds are still in force (protest does not cost him his deferral); else normal.
     */
    private boolean leaveProtest(DayContext ctx, int i, int r, Worker w) {
        if (!pop.marked(i, Traits.HOLDS_SUMMONS) && pop.marked(i, Traits.HOLDS_DEFERRAL)) {
            if (groundsInForce(ctx, i)) {
                w.ledger.move(i, r, CitizenState.DEFERRED, ctx.day);
                return true;
            }
        }
        return comeBack(ctx, i, r, w);
    }

    /** Back to his life: notified if he still holds a summons, else normal (a deferral he held is gone). */
    private boolean comeBack(DayContext ctx, int i, int r, Worker w) {
        pop.unmark(i, Traits.HOLDS_DEFERRAL);
        w.ledger.move(i, r, pop.marked(i, Traits.HOLDS_SUMMONS) ? CitizenState.NOTIFIED : CitizenState.NORMAL, ctx.day);
        return true;
    }

    private boolean travelling(DayContext ctx, int i, int r, Parallel.Chunk chunk, Worker w, ChunkOut out) {
        if (pop.marked(i, Traits.NO_SEAT)) {
            return chooseAgain(ctx, i, r, chunk, w, out);
        }
        int p = pop.post[i];
        if (ctx.day - pop.since[i] >= ctx.routes.travelDays()[r][p]) {
            w.ledger.move(i, r, CitizenState.QUEUEING, ctx.day);
            out.arrivals.add(i);
            return true;
        }
        // on his way he hears of the post and may turn round (ODD 7.11); the border phase sends him home
        if (ctx.routes.mode()[p] != PostMode.AIR
                && Rng.uniform(ctx.seed, ctx.day, i, Streams.TURN_ROUND)
                        < BorderCrossing.turnRoundChance(ctx.routes.perceived(), p, ctx.params.borders())) {
            out.turnedRound.add(i);
        }
        return false;
    }

    /**
     * Yesterday he found no seat on the flights he chose (ODD 7.12): he is home again, still set on leaving, and
     * decides today as a man who reconsiders, seeing the flights full; staying is one of his choices.
     */
    private boolean chooseAgain(DayContext ctx, int i, int r, Parallel.Chunk chunk, Worker w, ChunkOut out) {
        pop.unmark(i, Traits.NO_SEAT);
        pop.post[i] = -1;
        boolean summoned = pop.marked(i, Traits.HOLDS_SUMMONS);
        w.ledger.move(i, r, summoned ? CitizenState.NOTIFIED : CitizenState.NORMAL, ctx.day);
        return decide(ctx, i, r, chunk, w, out, summoned, w.decision.summonedTies(ctx, i, chunk.from(), chunk.to()));
    }

    private boolean detained(DayContext ctx, int i, int r, Worker w) {
        if (ctx.day - pop.since[i] < ctx.rp.detentionDays()) {
            return false;
        }
        if (groundsInForce(ctx, i)
                && Rng.uniform(ctx.seed, ctx.day, i, Streams.RELEASE) < ctx.rp.mistakeReturnShare()) {
            defer(ctx, i, r, w);
        } else {
            mobilize(ctx, i, r, w);
        }
        return true;
    }

    /** Serves a summons by channel c and lets the man decide at once. */
    private void deliver(DayContext ctx, int i, int r, Channel c, Parallel.Chunk chunk, Worker w, ChunkOut out) {
        serve(ctx, i, r, c, w.ledger);
        w.ledger.move(i, r, CitizenState.NOTIFIED, ctx.day);
        decide(ctx, i, r, chunk, w, out, true, w.decision.summonedTies(ctx, i, chunk.from(), chunk.to()));
    }

    /** Marks a summons as served (with a travel ban if the channel bans travel) and counts it. */
    static void serve(DayContext ctx, int i, int r, Channel c, Ledger ledger, Population pop, int groundsMask) {
        pop.mark(i, Traits.HOLDS_SUMMONS);
        if (c.bansTravel()) {
            pop.mark(i, Traits.TRAVEL_BAN);
        }
        ledger.count(r, Metric.SUMMONS_DELIVERED);
        ledger.count(r, Metric.of(c));
        noteIfMistaken(ctx, i, r, ledger, pop, groundsMask);
    }

    /**
     * Marks man i, just served a summons by whatever route (a commissariat's channel, a draft point at the border, the
     * police station after an arrest), as summoned by mistake and counts it in {@code summons_mistaken}, if one of his
     * grounds is in force or he is over the age cap.
     */
    static void noteIfMistaken(DayContext ctx, int i, int r, Ledger ledger, Population pop, int groundsMask) {
        if (mistaken(ctx, i, pop, groundsMask)) {
            pop.mark(i, Traits.MISTAKEN);
            ledger.count(r, Metric.SUMMONS_MISTAKEN);
        }
    }

    private void serve(DayContext ctx, int i, int r, Channel c, Ledger ledger) {
        serve(ctx, i, r, c, ledger, pop, targeting.groundsMask(i));
    }

    private void defer(DayContext ctx, int i, int r, Worker w) {
        pop.unmark(i, Traits.HOLDS_SUMMONS | Traits.MISTAKEN | Traits.TRAVEL_BAN);
        pop.mark(i, Traits.HOLDS_DEFERRAL);
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

    /**
     * Takes man i into the army: a conscript while the call-up under way is the regular conscription, else a
     * mobilized man (counted apart if he had never served).
     */
    static void mobilize(DayContext ctx, int i, int r, Ledger ledger, Population pop, int groundsMask) {
        if (mistaken(ctx, i, pop, groundsMask)) {
            pop.mark(i, Traits.MISTAKEN);
        }
        if (ctx.rp.conscription()) {
            ledger.count(r, Metric.CONSCRIPTED);
            ledger.move(i, r, CitizenState.CONSCRIPTED, ctx.day);
            return;
        }
        ledger.count(r, Metric.MOBILIZED);
        if (!pop.has(i, Traits.PRIOR_SERVICE)) {
            ledger.count(r, Metric.MOBILIZED_WITHOUT_SERVICE);
        }
        ledger.move(i, r, CitizenState.MOBILIZED, ctx.day);
    }

    /** The man decides (docs/ODD.md, 7.9); returns true, for {@link #apply}. */
    private boolean decide(
            DayContext ctx,
            int i,
            int r,
            Parallel.Chunk chunk,
            Worker w,
            ChunkOut out,
            boolean summoned,
            int tiesSummoned) {
        Decision d = w.decision;
        int choice = d.choose(ctx, i, r, tiesSummoned, weight(ctx, i, r), summoned);
        switch (choice) {
            case Decision.COMPLY -> mobilize(ctx, i, r, w);
            case Decision.HIDE -> w.ledger.move(i, r, CitizenState.HIDING, ctx.day);
            case Decision.FLEE -> {
                pop.post[i] = (byte) d.chosenPost;
                if (ctx.routes.drives(d.chosenPost, r, pop.has(i, Traits.CAR))) {
                    pop.mark(i, Traits.DRIVING);
                } else {
                    pop.unmark(i, Traits.DRIVING);
                }
                w.ledger.depart(r, d.chosenPost);
                w.ledger.move(i, r, CitizenState.TRAVELLING, ctx.day);
                if (ctx.routes.mode()[d.chosenPost] == PostMode.AIR) {
                    out.bookings.add(i);
                } else if (ctx.routes.travelDays()[r][d.chosenPost] == 0) {
                    // a post within half a day's drive: he joins its queue today
                    w.ledger.move(i, r, CitizenState.QUEUEING, ctx.day);
                    out.arrivals.add(i);
                }
            }
            default -> {
                // stay put: living normally, or ignoring the summons
            }
        }
        return true;
    }
}
