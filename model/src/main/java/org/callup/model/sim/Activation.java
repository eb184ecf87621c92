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

    /** Epstein's rule for man i with grievance g: whether G - R P > T. */
    static boolean active(DayContext ctx, Population pop, int i, int r, double g) {
        return netIncentive(g, Traits.unit(pop.riskAversion[i]), ctx.arrestEstimate[r], ctx.pp.threshold()) > 0;
    }

    /** G - R P - T. */
    static double netIncentive(double grievance, double riskAversion, double arrestEstimate, double threshold) {
        return grievance - riskAversion * arrestEstimate - threshold;
    }
}
