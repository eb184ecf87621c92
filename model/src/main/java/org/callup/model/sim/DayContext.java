package org.callup.model.sim;

import java.util.Arrays;
import org.callup.model.params.Channel;
import org.callup.model.params.ChannelParams;
import org.callup.model.params.DecisionParams;
import org.callup.model.params.ExemptionCategory;
import org.callup.model.params.ProtestParams;
import org.callup.model.params.RecruiterParams;
import org.callup.model.params.Scenario;
import org.callup.model.recruit.Commissariats;

/**
 * Everything the phases of one day after the commissariats' plan read, computed before the citizen sweep and not
 * changed during it: today's parameters, the exemptions in force, the citizen rules evaluated for the day
 * ({@link TransitionTable.Day}), what a deciding man weighs, and the posts as citizens perceive them.
 *
 * <p>The engine makes a new one every day with {@link #prepare}; it is immutable, so the threads of the sweep share
 * it freely. The sweep reads its fields for every man it draws, so they are plain final fields, and the day's rule
 * table is held as its three arrays. Tests build the contexts they need with a {@link Builder}: the border and
 * protest phases read only the first group (day, seed, scale, parameters).
 */
final class DayContext {
    // today
    final int day;
    final long seed;
    /** Today's key of the stream every man draws once from to see whether anything happens to him. */
    final long eventKey;

    final int scale;
    final Scenario params;
    final DecisionParams dp;
    final RecruiterParams rp;
    final ProtestParams pp;
    final boolean callupActive;

    // exemptions: grounds masks over ExemptionCategory
    /** Categories in force today. */
    final int activeMask;
    /** Categories in force today whose holders obtain a deferral by applying (employers' and universities' lists). */
    final int onApplicationMask;

    // the citizen rules of the day (TransitionTable.Day)
    /** Per region and state ({@code [region * states + state]}), the bound of a man's draw. */
    final double[] bound;
    /**
     * Per region and state, the bound as the integer below which a man's draw falls ({@link Rng#bitsBelow}): the
     * sweep's first pass compares integers, with the same outcome as comparing the uniform with {@link #bound}.
     */
    final long[] drawBelow;
    /** Per region and state, the factor by which the state's rates were shrunk to fit in [0, 1). */
    final double[] shrink;
    /** Per region and row ({@code [region * TransitionTable.COUNT + row]}), the row's width. */
    final double[] width;
    /**
     * Per region and row, where the row ends: the widths of its state's rows added in row order up to and including
     * it, as the sweep would add them for a man who has every row.
     */
    final double[] upTo;
    /** Whether no width is negative or NaN, so that {@link #upTo} never decreases within a state. */
    final boolean widthsNonNegative;
    /** Weight of men whose grounds are in force, per region (the commissariats' error rate). */
    final Commissariats offices;

    // what a deciding man weighs
    final double alarm;
    /** Whether any man of the region has been summoned (else ties cannot raise alarm). */
    final boolean[] summonsInRegion;
    /** Alarm a man gains from each of his ties who was summoned: tieFear / ties. */
    final double tieFearPerTie;
    /** Share of the hunting channels' effort that reaches men in hiding. */
    final double hideRisk;
    /** The posts as men see them today. */
    final Routes routes;
    /** Per region, the chance of arrest that would-be protesters expect. */
    final double[] arrestEstimate;
    /** Per region, the hardship the region adds (capital, recent summonses), or null for none. */
    final double[] regionHardship;
    /**
     * The weight, at least 1, by which a man who holds no summons multiplies his arrest risk: the fear of being served
     * one if arrested (1 + arrestSummonsFear x the share of arrested protesters served one so far; ODD 7.13).
     */
    final double arrestFear;

    // men who cannot turn active in protest today (Activation's bounds), so that the sweep need not draw them for it
    /** Per region, whether the region has men of a minority (null: assume it has). */
    final boolean[] minorityInRegion;
    /** Whether the sweep may leave out men who cannot turn active (the builder's setting). */
    private final boolean calmSkip;
    /** The most ties a man can have summoned: tiesPerCitizen. */
    final int maxTies;
    /**
     * Per region, the largest anti-war byte of a man who can neither turn active nor count as aggrieved today,
     * whatever his summons, ties and minority ({@link Activation#calmAntiWar}), or -1; null if the sweep does not
     * use the bounds.
     */
    final int[] calmAntiWar;
    /**
     * Per region, {@link #calmAntiWar} for a man who holds no summons, as no man living normally or deferred does
     * (at least {@link #calmAntiWar}); null with it.
     */
    final int[] calmAntiWarUnsummoned;
    /** Per region, whether the bounds apply ({@link Activation#calmPossible}); null with {@link #calmAntiWar}. */
    final boolean[] calmPossible;
    /**
     * Per region, then whether the man holds a summons, then whether he is of a minority ({@code [r * 4 + summoned * 2
     * + minority]}): the largest anti-war byte of a man with these marks who, whatever his ties (at most
     * {@link #maxTies} summoned), can neither turn active nor count as aggrieved today ({@link Activation#calmAntiWar}),
     * or -1. A man at or below it is exactly a man whose own {@link Activation#grievanceBound} is calm, as the bound
     * grows with the byte; Epstein's rule compares his byte with it instead of computing his bound. Null with
     * {@link #calmAntiWar}.
     */
    final int[] calmOwn;
    /**
     * Per region, whether the sweep draws its men against two sets of bounds ({@link #splitBound}): some men are calm
     * and some state has a protest row to leave out for them.
     */
    final boolean[] splitDraw;
    /**
     * Per region, then 0 for a calm man (anti-war byte at most {@link #calmAntiWar}) and 1 for the others, then
     * state ({@code [(region * 2 + notCalm) * states + state]}): the bound of the draw. For the others it is
     * {@link #bound}; for a calm man in a state whose last row is Epstein's rule it ends where that row starts, so
     * that the men whose uniform would fall in it, where the rule cannot act on them, are not drawn. Every other
     * man is drawn as before and finds the same row.
     */
    final double[] splitBound;
    /** {@link #splitBound} as the integers the draw compares with ({@link Rng#bitsBelow}). */
    final long[] splitDrawBelow;

    private DayContext(Builder b) {
        day = b.day;
        seed = b.seed;
        eventKey = Rng.stream(seed, day, Streams.EVENT);
        scale = b.scale;
        params = b.params;
        dp = b.dp;
        rp = b.rp;
        pp = b.pp;
        callupActive = b.callupActive;
        activeMask = b.activeMask;
        onApplicationMask = activeMask & ExemptionCategory.ON_APPLICATION_MASK;
        bound = b.bound;
        drawBelow = bound == null
                ? null
                : Arrays.stream(bound).mapToLong(Rng::bitsBelow).toArray();
        shrink = b.shrink;
        width = b.width;
        upTo = width == null ? null : upTo(width);
        widthsNonNegative = width != null && Arrays.stream(width).allMatch(x -> x >= 0);
        offices = b.offices;
        alarm = b.alarm;
        summonsInRegion = b.summonsInRegion;
        tieFearPerTie = b.tieFearPerTie;
        hideRisk = b.hideRisk;
        routes = b.routes;
        arrestEstimate = b.arrestEstimate;
        regionHardship = b.regionHardship;
        arrestFear = b.arrestFear;
        minorityInRegion = b.minorityInRegion;
        calmSkip = b.calmSkip;
        maxTies = params == null ? 0 : params.population().tiesPerCitizen();
        if (b.calmSkip && pp != null && bound != null && width != null && widthsNonNegative && arrestEstimate != null) {
            int states = TransitionTable.FIRST.length;
            int regions = bound.length / states;
            calmAntiWar = new int[regions];
            calmAntiWarUnsummoned = new int[regions];
            calmPossible = new boolean[regions];
            calmOwn = new int[regions * 4];
            splitDraw = new boolean[regions];
            splitBound = new double[regions * 2 * states];
            for (int r = 0; r < regions; r++) {
                calmPossible[r] = Activation.calmPossible(this, r);
                for (int own = 0; own < 4; own++) {
                    calmOwn[r * 4 + own] = Activation.calmAntiWar(this, r, (own & 1) != 0, maxTies, (own & 2) != 0);
                }
                calmAntiWar[r] =
                        Activation.calmAntiWar(this, r, minorityInRegion == null || minorityInRegion[r], maxTies);
                calmAntiWarUnsummoned[r] = Activation.calmAntiWar(
                        this, r, minorityInRegion == null || minorityInRegion[r], maxTies, false);
                for (int s = 0; s < states; s++) {
                    double full = bound[r * states + s];
                    int end = CALM_END[s];
                    double calm = end == NO_CALM_END
                            ? full
                            : Math.min(
                                    full, end < TransitionTable.FIRST[s] ? 0 : upTo[r * TransitionTable.COUNT + end]);
                    splitBound[(r * 2) * states + s] = calm;
                    splitBound[(r * 2 + 1) * states + s] = full;
                    splitDraw[r] |=
                            calmAntiWar[r] >= 0 && end != NO_CALM_END && width[r * TransitionTable.COUNT + end + 1] > 0;
                }
            }
            splitDrawBelow = Arrays.stream(splitBound).mapToLong(Rng::bitsBelow).toArray();
        } else {
            calmAntiWar = null;
            calmAntiWarUnsummoned = null;
            calmPossible = null;
            calmOwn = null;
            splitDraw = null;
            splitBound = null;
            splitDrawBelow = null;
        }
    }

    private static final int NO_CALM_END = Integer.MIN_VALUE;

    /**
     * Per state, the row before Epstein's rule when that rule is the state's last row and no row of the state
     * requires a mark (so that the row ends are those of {@link #upTo} for every man); else {@link #NO_CALM_END}.
     */
    private static final int[] CALM_END = calmEnds();

    private static int[] calmEnds() {
        int[] ends = new int[TransitionTable.FIRST.length];
        for (int s = 0; s < ends.length; s++) {
            ends[s] = NO_CALM_END;
            int last = TransitionTable.END[s] - 1;
            if (last < TransitionTable.FIRST[s] || TransitionTable.KIND[last] != TransitionTable.Kind.ACTIVATE) {
                continue;
            }
            boolean marks = false;
            for (int k = TransitionTable.FIRST[s]; k < TransitionTable.END[s]; k++) {
                marks |= TransitionTable.REQUIRES[k] != 0;
            }
            if (!marks) {
                ends[s] = last - 1;
            }
        }
        return ends;
    }

    /**
     * The context of a day: today's parameters, the exemptions in force, and the citizen rules evaluated from the
     * commissariats' plan, alarm and where summons have been served.
     *
     * @param runSeed              the run's seed
     * @param runScale             the run's population scale (fixed when the population was built)
     * @param inForce              the parameters in force today
     * @param summoned             per region, whether any man of the region has been summoned
     * @param yesterdaysExemptions the exemption mask in force yesterday, or -1 on the first day
     */
    static DayContext prepare(
            int today,
            long runSeed,
            int runScale,
            Scenario inForce,
            double nationalAlarm,
            boolean[] summoned,
            Commissariats commissariats,
            int yesterdaysExemptions,
            Routes todaysRoutes,
            double[] arrestEstimates,
            double[] regionHardships) {
        return prepare(
                today,
                runSeed,
                runScale,
                inForce,
                nationalAlarm,
                summoned,
                commissariats,
                yesterdaysExemptions,
                todaysRoutes,
                arrestEstimates,
                regionHardships,
                null,
                1);
    }

    /**
     * As {@link #prepare(int, long, int, Scenario, double, boolean[], Commissariats, int, Routes, double[],
     * double[])}, knowing per region whether it has men of a minority (null: assume every region has), with the
     * weight a man without a summons gives his arrest risk ({@link #arrestFear}).
     */
    static DayContext prepare(
            int today,
            long runSeed,
            int runScale,
            Scenario inForce,
            double nationalAlarm,
            boolean[] summoned,
            Commissariats commissariats,
            int yesterdaysExemptions,
            Routes todaysRoutes,
            double[] arrestEstimates,
            double[] regionHardships,
            boolean[] minorities,
            double summonsFear) {
        Builder b = new Builder(today, runSeed, runScale)
                .params(inForce)
                .alarm(nationalAlarm)
                .summonsInRegion(summoned)
                .offices(commissariats)
                .callupActive(commissariats.active())
                .routes(todaysRoutes)
                .arrestEstimate(arrestEstimates)
                .regionHardship(regionHardships)
                .arrestFear(summonsFear)
                .minorityInRegion(minorities);
        // exemption categories removed since yesterday: deferred men holding only these go back to normal life
        int removedMask = yesterdaysExemptions < 0 ? 0 : yesterdaysExemptions & ~b.activeMask;
        return b.rules(TransitionTable.fill(
                        new TransitionTable.Inputs(
                                inForce, commissariats, nationalAlarm, summoned, b.activeMask, removedMask),
                        summoned.length))
                .build();
    }

    /** A builder holding this context's values, for a variant of it (tests). */
    Builder toBuilder() {
        Builder b = new Builder(day, seed, scale);
        b.params = params;
        b.dp = dp;
        b.rp = rp;
        b.pp = pp;
        b.callupActive = callupActive;
        b.activeMask = activeMask;
        b.bound = bound;
        b.shrink = shrink;
        b.width = width;
        b.offices = offices;
        b.alarm = alarm;
        b.summonsInRegion = summonsInRegion;
        b.tieFearPerTie = tieFearPerTie;
        b.hideRisk = hideRisk;
        b.routes = routes;
        b.arrestEstimate = arrestEstimate;
        b.regionHardship = regionHardship;
        b.arrestFear = arrestFear;
        b.minorityInRegion = minorityInRegion;
        b.calmSkip = calmSkip;
        return b;
    }

    /** The running sums of the rows' widths, state by state, in the order the sweep adds them. */
    private static double[] upTo(double[] width) {
        double[] ends = new double[width.length];
        for (int base = 0; base + TransitionTable.COUNT <= width.length; base += TransitionTable.COUNT) {
            for (int s = 0; s < TransitionTable.FIRST.length; s++) {
                double pos = 0;
                for (int k = TransitionTable.FIRST[s]; k < TransitionTable.END[s]; k++) {
                    pos += width[base + k];
                    ends[base + k] = pos;
                }
            }
        }
        return ends;
    }

    /** A man in hiding is as exposed as the channels that hunt for men reach hidden ones. */
    private static double hideRisk(RecruiterParams rp) {
        double share = 0;
        double hidden = 0;
        for (Channel c : Channel.sweepChannels()) {
            ChannelParams cp = rp.channels().get(c);
            if (cp.active() && c.detains()) {
                share += cp.capacityShare() * cp.intensity();
                hidden += cp.capacityShare() * cp.intensity() * cp.reachHiding();
            }
        }
        return share > 0 ? hidden / share : 0;
    }

    /** Whether a man with these grounds has one in force today. */
    boolean groundsInForce(int groundsMask) {
        return ExemptionCategory.any(groundsMask, activeMask);
    }

    /**
     * Collects the values of a day context. {@link #params} sets the parameters and what follows from them alone (as
     * {@link #prepare} does); the other setters set one value each, and may override what {@code params} derived.
     */
    static final class Builder {
        private int day;
        private final long seed;
        private final int scale;
        private Scenario params;
        private DecisionParams dp;
        private RecruiterParams rp;
        private ProtestParams pp;
        private boolean callupActive;
        private int activeMask;
        private double[] bound;
        private double[] shrink;
        private double[] width;
        private Commissariats offices;
        private double alarm;
        private boolean[] summonsInRegion;
        private double tieFearPerTie;
        private double hideRisk;
        private Routes routes;
        private double[] arrestEstimate;
        private double[] regionHardship;
        private double arrestFear = 1;
        private boolean[] minorityInRegion;
        private boolean calmSkip = true;

        Builder(int day, long seed, int scale) {
            this.day = day;
            this.seed = seed;
            this.scale = scale;
        }

        Builder day(int today) {
            day = today;
            return this;
        }

        /**
         * Today's parameters, and what follows from them alone: the recruiters', decision and protest parameters, the
         * exemptions in force, the alarm a summoned tie adds and the risk of men in hiding.
         */
        Builder params(Scenario inForce) {
            params = inForce;
            rp = inForce.recruiters();
            dp = inForce.decisions();
            pp = inForce.protest();
            activeMask = rp.exemptions().mask();
            hideRisk = DayContext.hideRisk(rp);
            int ties = inForce.population().tiesPerCitizen();
            tieFearPerTie = ties > 0 ? dp.tieFear() / ties : 0;
            return this;
        }

        Builder dp(DecisionParams p) {
            dp = p;
            return this;
        }

        Builder rp(RecruiterParams p) {
            rp = p;
            return this;
        }

        Builder pp(ProtestParams p) {
            pp = p;
            return this;
        }

        Builder callupActive(boolean active) {
            callupActive = active;
            return this;
        }

        /** The citizen rules evaluated for the day. */
        Builder rules(TransitionTable.Day today) {
            bound = today.bound;
            shrink = today.shrink;
            width = today.width;
            return this;
        }

        Builder offices(Commissariats commissariats) {
            offices = commissariats;
            return this;
        }

        Builder alarm(double nationalAlarm) {
            alarm = nationalAlarm;
            return this;
        }

        Builder summonsInRegion(boolean[] summoned) {
            summonsInRegion = summoned;
            return this;
        }

        Builder tieFearPerTie(double perTie) {
            tieFearPerTie = perTie;
            return this;
        }

        Builder hideRisk(double risk) {
            hideRisk = risk;
            return this;
        }

        Builder routes(Routes todaysRoutes) {
            routes = todaysRoutes;
            return this;
        }

        Builder arrestEstimate(double[] perRegion) {
            arrestEstimate = perRegion;
            return this;
        }

        Builder regionHardship(double[] perRegion) {
            regionHardship = perRegion;
            return this;
        }

        /** The weight, at least 1, of a man's arrest risk if he holds no summons (1: no fear of one). */
        Builder arrestFear(double weight) {
            arrestFear = weight;
            return this;
        }

        Builder minorityInRegion(boolean[] perRegion) {
            minorityInRegion = perRegion;
            return this;
        }

        /** Whether the sweep leaves out the men who cannot turn active (default); false draws every man in full. */
        Builder calmSkip(boolean skip) {
            calmSkip = skip;
            return this;
        }

        DayContext build() {
            return new DayContext(this);
        }
    }
}
