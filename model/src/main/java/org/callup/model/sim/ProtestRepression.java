package org.callup.model.sim;

import java.util.List;
import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Population;
import org.callup.model.observe.Metric;
import org.callup.model.params.ProtestParams;
import org.callup.model.params.RegionSpec;
import org.callup.model.recruit.Commissariats;

/**
 * Protest and repression per region, after Epstein (2002): with A protesters in the region today (real persons) and
 * C police available, the region's arrests are A x P, where P = 1 - exp(-k C / A) is Epstein's arrest
 * probability, but never more than C x arrests per officer. Arrests are whole simulated citizens: where that capacity
 * is at least one citizen the cap is hard (its whole citizens, rounded down); below one citizen a day, it holds in
 * expectation only (ODD §7.13). Which protesters are arrested is a lottery on a hash of (seed, day, citizen).
 * Tomorrow's protesters estimate P from today's A. Among
 * protesters whose net grievance exceeds the attack threshold, attacks on offices are drawn as a Poisson count in
 * real persons, so that rare events do not depend on the scale; each attack cuts the region's office capacity.
 *
 * <p>Deviations from Epstein: vision is the region; activation is a logit choice (see Decision) rather than a
 * deterministic threshold; arrested protesters are held for a fixed term.
 */
final class ProtestRepression {
    private final Population pop;
    private final double[] police;
    /** Today's protesters per region (real persons), read tomorrow for the estimated arrest probability. */
    final double[] actives;

    final int[] attacks;

    ProtestRepression(Population pop, List<RegionSpec> regions) {
        this.pop = pop;
        this.police = new double[regions.size()];
        this.actives = new double[regions.size()];
        this.attacks = new int[regions.size()];
        for (int r = 0; r < regions.size(); r++) {
            police[r] = regions.get(r).populationTotal() / 1000.0;
        }
    }

    /** Police available in region r under today's parameters. */
    double police(ProtestParams pp, int r) {
        return police[r] * pp.policePer1000Residents();
    }

    /** Epstein's estimated arrest probability with {@code active} protesters (real persons, the citizen included). */
    static double arrestProbability(ProtestParams pp, double police, double active) {
        return 1 - Math.exp(-pp.arrestConstantK() * police / Math.max(1, active));
    }

    /** The probability a would-be protester in each region expects, from yesterday's protests. */
    void estimates(ProtestParams pp, int scale, double[] out) {
        for (int r = 0; r < out.length; r++) {
            out[r] = arrestProbability(pp, police(pp, r), actives[r] + scale);
        }
    }

    void run(DayContext ctx, List<CitizenSweep.ChunkOut> outs, Ledger ledger, Commissariats offices) {
        ProtestParams pp = ctx.pp;
        int regions = actives.length;
        int[] protesters = new int[regions];
        int[] aggrieved = new int[regions];
        for (CitizenSweep.ChunkOut out : outs) {
            for (int k = 0; k < out.protesters.size(); k++) {
                protesters[pop.regionOf(out.protesters.get(k))]++;
            }
            for (int k = 0; k < out.aggrieved.size(); k++) {
                aggrieved[pop.regionOf(out.aggrieved.get(k))]++;
            }
        }
        int[] arrests = new int[regions];
        for (int r = 0; r < regions; r++) {
            double a = protesters[r] * (double) ctx.scale;
            actives[r] = a;
            double c = police(pp, r);
            arrests[r] = arrestsInCitizens(
                    ctx,
                    r,
                    protesters[r],
                    a > 0 ? a * arrestProbability(pp, c, a) : 0,
                    c * pp.arrestsPerOfficerPerDay());
            double meanAttacks = aggrieved[r] * (double) ctx.scale * pp.attackChancePerDay();
            attacks[r] = Rng.poisson(Rng.key(ctx.seed, ctx.day, r, Streams.ATTACK), meanAttacks);
            if (attacks[r] > 0) {
                ledger.count(r, Metric.OFFICE_ATTACKS, attacks[r]);
                offices.recordAttacks(r, attacks[r], ctx.day, ctx.rp);
            }
        }
        arrest(ctx, outs, arrests, ledger);
    }

    /**
     * Arrests in simulated citizens: the expected number in real persons, capped by the police's capacity and divided
     * by the scale, rounded at random, within the protesters there are and, where the capacity is at least one
     * citizen, within its whole citizens. Below one citizen the cap is not applied to the rounded count: a day
     * arrests one citizen with the capacity's fraction as chance, so the cap holds in expectation. (Carrying the
     * fraction from day to day would make it hard at every scale, but it also ends the rounding down above one
     * citizen, which moves the shipped scenario's first-day arrests out of their calibration target.)
     */
    private static int arrestsInCitizens(DayContext ctx, int r, int protesters, double expected, double capacity) {
        double exact = Math.min(expected, capacity) / ctx.scale;
        int n = (int) Math.floor(exact);
        if (Rng.unit(Rng.key(ctx.seed, ctx.day, r, Streams.ARREST)) < exact - n) {
            n++;
        }
        int cap = (int) Math.floor(capacity / ctx.scale);
        return Math.min(protesters, cap >= 1 ? Math.min(n, cap) : n);
    }

    /** In each region, the protesters with the smallest lottery keys are arrested. */
    private void arrest(DayContext ctx, List<CitizenSweep.ChunkOut> outs, int[] arrests, Ledger ledger) {
        int regions = arrests.length;
        long[][] keyed = new long[regions][];
        int[] fill = new int[regions];
        for (int r = 0; r < regions; r++) {
            keyed[r] = new long[0];
        }
        for (CitizenSweep.ChunkOut out : outs) {
            for (int k = 0; k < out.protesters.size(); k++) {
                int i = out.protesters.get(k);
                int r = pop.regionOf(i);
                if (arrests[r] == 0) {
                    continue;
                }
                if (fill[r] == keyed[r].length) {
                    keyed[r] = java.util.Arrays.copyOf(keyed[r], Math.max(16, fill[r] * 2));
                }
                long key = Rng.key(ctx.seed, ctx.day, i, Streams.ARREST);
                keyed[r][fill[r]++] = (key & 0xffffffff00000000L) | (i & 0xffffffffL);
            }
        }
        for (int r = 0; r < regions; r++) {
            long[] k = java.util.Arrays.copyOf(keyed[r], fill[r]);
            java.util.Arrays.sort(k);
            for (int j = 0; j < Math.min(arrests[r], k.length); j++) {
                int i = (int) k[j];
                ledger.count(r, Metric.PROTEST_ARRESTS);
                ledger.move(i, r, CitizenState.ARRESTED, ctx.day);
            }
        }
    }
}
