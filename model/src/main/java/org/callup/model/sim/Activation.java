package org.callup.model.sim;

import org.callup.model.citizens.Population;
import org.callup.model.citizens.Traits;
import org.callup.model.params.ProtestParams;

/**
 * Epstein's (2002, PNAS 99:7243) activation rule: a man's grievance is G = H (1 - L), with hardship H and the
 * authorities' legitimacy L, and he is active while G - R P > T, with his risk aversion R, his region's estimated
 * arrest probability P (from yesterday's actives and the police there) and the threshold T (docs/ODD.md, 7.13).
 *
 * <p>Hardship is his anti-war conviction (standing in for Epstein's uniformly drawn hardship) times
 * min(1, hardshipBase x alarm + own summons + ties summoned + minority + region), where the region's term is
 * hardshipCapital in a capital plus hardshipPerShareSummoned times the share of the region's men summoned in the
 * last summonsMemoryDays: the call-up that empties a village raises grievance there days after the decree.
 */
final class Activation {
    private Activation() {}

    /** Hardship H of man i of region r. */
    static double hardship(DayContext ctx, Population pop, int i, int r, boolean summoned, int tiesSummoned) {
        ProtestParams pp = ctx.pp;
        double h = pp.hardshipBase() * ctx.alarm
                + (summoned ? pp.hardshipOwnSummons() : 0)
                + pp.hardshipPerTieSummoned() * tiesSummoned
                + (pop.has(i, Traits.MINORITY) ? pp.hardshipMinority() : 0)
                + (ctx.regionHardship == null ? 0 : ctx.regionHardship[r]);
        return Traits.unit(pop.antiWar[i]) * Math.min(1, h);
    }

    /** Grievance G = H (1 - L) of man i. */
    static double grievance(DayContext ctx, Population pop, int i, int r, boolean summoned, int tiesSummoned) {
        return hardship(ctx, pop, i, r, summoned, tiesSummoned) * (1 - ctx.pp.legitimacy());
    }

    /**
     * Epstein's rule for man i with grievance g: whether G - R P > T. A man who holds no summons weighs the arrest
     * risk by the fear of being served one at the station ({@link DayContext#arrestFear}, at least 1); a man who holds
     * one has nothing more to fear from it.
     */
    static boolean active(DayContext ctx, Population pop, int i, int r, double g) {
        double risk =
                pop.marked(i, Traits.HOLDS_SUMMONS) ? ctx.arrestEstimate[r] : ctx.arrestEstimate[r] * ctx.arrestFear;
        return netIncentive(g, Traits.unit(pop.riskAversion[i]), risk, ctx.pp.threshold()) > 0;
    }

    /** G - R P - T. */
    static double netIncentive(double grievance, double riskAversion, double arrestEstimate, double threshold) {
        return grievance - riskAversion * arrestEstimate - threshold;
    }

    // ---- bounds of the rule, for skipping men who cannot turn active or count as aggrieved (docs/PERFORMANCE.md)
    //
    // These bounds must follow hardship(), grievance() and active(): a change to the rule that they do not follow
    // changes the model's output (ActivationTest checks that they bound the rule on random men and days).

    /**
     * An upper bound of the grievance {@link #grievance} computes today for any man of region r whose anti-war byte
     * is at most {@code antiWar}, who holds a summons only if {@code summoned}, has at most {@code ties} ties summoned
     * and is of a minority only if {@code minority}. It is {@link #hardship}'s expression with these values put in,
     * term for term and in the same order, so that it bounds the computed number and not only the exact one:
     * rounded addition, multiplication by a number that is not negative, and {@code min} never decrease when an
     * operand grows, and every term is at least 0 (the protest parameters' ranges start at 0, legitimacy is at most
     * 1, alarm and the region's hardship are not negative). The bound is exact for a man with these very values.
     */
    static double grievanceBound(DayContext ctx, int r, int antiWar, boolean summoned, int ties, boolean minority) {
        ProtestParams pp = ctx.pp;
        double h = pp.hardshipBase() * ctx.alarm
                + (summoned ? pp.hardshipOwnSummons() : 0)
                + pp.hardshipPerTieSummoned() * ties
                + (minority ? pp.hardshipMinority() : 0)
                + (ctx.regionHardship == null ? 0 : ctx.regionHardship[r]);
        return (antiWar & 0xff) / 255.0 * Math.min(1, h) * (1 - pp.legitimacy());
    }

    /**
     * Whether a man whose grievance is at most {@code grievanceBound} can neither turn active nor count as aggrieved
     * today: G &lt;= attackThreshold, and G - R P - T &lt;= G - T &lt;= 0 as R P is not negative (R in [0, 1], P
     * an arrest probability; {@link #calmPossible} checks P).
     */
    static boolean calm(ProtestParams pp, double grievanceBound) {
        return grievanceBound <= pp.attackThreshold() && grievanceBound - pp.threshold() <= 0;
    }

    /**
     * Whether the bounds apply in region r today: its arrest estimate is not negative (R P &gt;= 0) and the terms of
     * hardship are not negative.
     */
    static boolean calmPossible(DayContext ctx, int r) {
        return ctx.pp != null
                && ctx.arrestEstimate != null
                && !(ctx.arrestEstimate[r] < 0)
                && ctx.alarm >= 0
                && (ctx.regionHardship == null || ctx.regionHardship[r] >= 0)
                && ctx.pp.legitimacy() <= 1;
    }

    /**
     * The largest anti-war byte (0 to 255) of a man of region r who cannot turn active nor count as aggrieved today
     * whatever his summons and ties (at most {@code maxTies} summoned) and, if {@code minorityInRegion}, his being of
     * a minority; -1 if there is none. The bound grows with the byte ({@link #grievanceBound}), so a man at or below
     * it is calm and a binary search finds it.
     */
    static int calmAntiWar(DayContext ctx, int r, boolean minorityInRegion, int maxTies) {
        return calmAntiWar(ctx, r, minorityInRegion, maxTies, true);
    }

    /**
     * {@link #calmAntiWar(DayContext, int, boolean, int)} for a man who holds a summons only if {@code summonsPossible}:
     * with false, the cutoff of men in a state that never holds one (living normally, deferred), at least as high.
     */
    static int calmAntiWar(DayContext ctx, int r, boolean minorityInRegion, int maxTies, boolean summonsPossible) {
        if (!calmPossible(ctx, r)) {
            return -1;
        }
        int lo = -1; // calm at lo (or lo = -1), not calm above hi
        int hi = 255;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (calm(ctx.pp, grievanceBound(ctx, r, mid, summonsPossible, maxTies, minorityInRegion))) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
