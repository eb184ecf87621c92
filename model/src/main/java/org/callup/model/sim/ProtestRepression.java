package org.callup.model.sim;

import java.util.Arrays;
import java.util.List;
import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Population;
import org.callup.model.citizens.Traits;
import org.callup.model.observe.Metric;
import org.callup.model.params.ProtestParams;
import org.callup.model.params.RegionSpec;
import org.callup.model.recruit.Commissariats;

/**
 * Protest and repression per region, after Epstein's civil violence model (Epstein 2002, PNAS 99:7243; docs/ODD.md
 * 7.13). Vision is the region (the capitals are regions of their own): a man looking at Epstein's rule sees
 * yesterday's actives A there, in real persons, and the police C there, and estimates his arrest probability as
 * P = 1 - exp(-k C / (A + 1)), which does not depend on the population's scale. Police are a force per 1,000
 * residents, larger in the capitals. The police reach the share s of today's A actives and arrest
 * s A (1 - exp(-c C / (s A))) of them, real persons: a crowd disperses, so even a few actives facing many police are
 * taken only up to the share s, and a crowd much larger than the police loses about c C a day. That count, divided by the scale, is rounded at random to whole citizens, and which actives are
 * taken is a lottery on a hash of (seed, day, citizen); they are held for arrestDays.
 *
 * <p>Attacks on offices are a steady, rare act of the most aggrieved: among the men of the region whose grievance is
 * above the attack threshold (active or not), a Poisson count in real persons, so that a rare event does not depend
 * on the scale. Each attack cuts the region's office capacity for a while.
 *
 * <p>The phase also keeps the region's summonses of the last days, from which its share of men recently summoned
 * raises hardship there (Activation).
 */
final class ProtestRepression {
    /** Longest memory of summonses, days ({@code summonsMemoryDays} at most). */
    private static final int MEMORY = 60;

    private final Population pop;
    private final int scale;
    private final double[] residentsThousands;
    private final String[] regionIds;
    /** Today's crowd of actives per region (real persons), read tomorrow for the estimated arrest probability. */
    final double[] actives;
    /** Summonses served per region, by day modulo {@link #MEMORY} (citizens). */
    private final long[][] summonsByDay;

    private int daysRecorded;
    /** Protesters arrested in the country so far, and those of them served a summons at the station (citizens). */
    private long arrestedSoFar;

    private long servedAtStationSoFar;

    ProtestRepression(Population pop, List<RegionSpec> regions, int scale) {
        this.pop = pop;
        this.scale = scale;
        int n = regions.size();
        this.residentsThousands = new double[n];
        this.regionIds = new String[n];
        this.actives = new double[n];
        this.summonsByDay = new long[MEMORY][n];
        for (int r = 0; r < n; r++) {
            residentsThousands[r] = regions.get(r).populationTotal() / 1000.0;
            regionIds[r] = regions.get(r).id();
        }
    }

    /** Police in region r under today's parameters (real persons). */
    double police(ProtestParams pp, int r) {
        return residentsThousands[r]
                * (pp.capital(regionIds[r]) ? pp.capitalPolicePer1000Residents() : pp.policePer1000Residents());
    }

    /**
     * The weight by which a man who holds no summons multiplies his arrest risk: 1 + arrestSummonsFear x q, with q
     * the share of the protesters arrested so far (to yesterday) who were served a summons at the station, as the
     * news reports it (at least 1; exactly 1 before the first arrest and when the fear is 0).
     */
    double arrestFear(ProtestParams pp) {
        return pp.arrestSummonsFear() > 0 && arrestedSoFar > 0
                ? 1 + pp.arrestSummonsFear() * servedAtStationSoFar / arrestedSoFar
                : 1;
    }

    /** Epstein's estimated arrest probability, 1 - exp(-k C / (A + 1)), with A yesterday's actives (real persons). */
    static double arrestEstimate(ProtestParams pp, double police, double activesYesterday) {
        return 1 - Math.exp(-pp.arrestConstantK() * police / (activesYesterday + 1));
    }

    /**
     * Expected arrests among {@code active} actives met by {@code police} police, real persons: the police reach the
     * share s of the crowd ({@code arrestReachShare}), and among those s A they arrest s A (1 - exp(-c C / (s A))),
     * Epstein's one arrest per cop meeting an active, counted without repeats. The arrested share of a crowd is at
     * most s whatever its size, and a crowd much larger than the police loses about c C a day.
     */
    static double expectedArrests(ProtestParams pp, double police, double active) {
        double reached = pp.arrestReachShare() * active;
        return reached > 0 ? reached * (1 - Math.exp(-pp.arrestConstantC() * police / reached)) : 0;
    }

    /** The share of a crowd of {@code active} actives the police arrest in a day (0 for no crowd). */
    static double arrestedShare(ProtestParams pp, double police, double active) {
        return active > 0 ? expectedArrests(pp, police, active) / active : 0;
    }

    /**
     * Per region, the arrest probability men expect today (from yesterday's actives) and the hardship the region
     * adds: hardshipCapital in a capital, and hardshipPerShareSummoned times the share of its men summoned in the
     * last summonsMemoryDays days.
     */
    void estimates(ProtestParams pp, double[] arrestEstimate, double[] regionHardship) {
        int memory = Math.min(Math.min(MEMORY, pp.summonsMemoryDays()), daysRecorded);
        for (int r = 0; r < arrestEstimate.length; r++) {
            arrestEstimate[r] = arrestEstimate(pp, police(pp, r), actives[r]);
            long summoned = 0;
            for (int d = 1; d <= memory; d++) {
                summoned += summonsByDay[Math.floorMod(daysRecorded - d, MEMORY)][r];
            }
            double share = pop.regionSize(r) > 0 ? (double) summoned / pop.regionSize(r) : 0;
            regionHardship[r] =
                    pp.hardshipPerShareSummoned() * share + (pp.capital(regionIds[r]) ? pp.hardshipCapital() : 0);
        }
    }

    void run(DayContext ctx, List<CitizenSweep.ChunkOut> outs, Ledger ledger, Commissariats offices) {
        ProtestParams pp = ctx.pp;
        int regions = actives.length;
        int[] protesters = new int[regions];
        double[] aggrieved = new double[regions];
        for (CitizenSweep.ChunkOut out : outs) {
            for (int k = 0; k < out.protesters.size(); k++) {
                protesters[pop.regionOf(out.protesters.get(k))]++;
            }
            aggrieved[out.region] += out.aggrieved;
        }
        int[] arrests = new int[regions];
        long[] summonsToday = summonsByDay[Math.floorMod(daysRecorded, MEMORY)];
        for (int r = 0; r < regions; r++) {
            double expected = expectedArrests(pp, police(pp, r), protesters[r] * (double) scale);
            arrests[r] = Math.min(protesters[r], roundAtRandom(ctx, r, expected / scale));
            actives[r] = protesters[r] * (double) scale;
            int attacks = Rng.poisson(
                    Rng.key(ctx.seed, ctx.day, r, Streams.ATTACK), aggrieved[r] * scale * pp.attackChancePerDay());
            if (attacks > 0) {
                ledger.count(r, Metric.OFFICE_ATTACKS, attacks);
                offices.recordAttacks(r, attacks, ctx.day, ctx.rp);
            }
            summonsToday[r] = ledger.flow(r, Metric.SUMMONS_DELIVERED);
        }
        daysRecorded++;
        arrest(ctx, outs, arrests, ledger);
    }

    /** {@code exact} whole citizens, and one more with its fraction as chance. */
    private static int roundAtRandom(DayContext ctx, int r, double exact) {
        int n = (int) Math.floor(exact);
        return Rng.unit(Rng.key(ctx.seed, ctx.day, r, Streams.ARREST_COUNT)) < exact - n ? n + 1 : n;
    }

    /** In each region, the actives with the smallest lottery keys are arrested. */
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
                    keyed[r] = Arrays.copyOf(keyed[r], Math.max(16, fill[r] * 2));
                }
                long key = Rng.key(ctx.seed, ctx.day, i, Streams.ARREST);
                keyed[r][fill[r]++] = (key & 0xffffffff00000000L) | (i & 0xffffffffL);
            }
        }
        for (int r = 0; r < regions; r++) {
            long[] k = Arrays.copyOf(keyed[r], fill[r]);
            Arrays.sort(k);
            for (int j = 0; j < Math.min(arrests[r], k.length); j++) {
                int i = (int) k[j];
                ledger.count(r, Metric.PROTEST_ARRESTS);
                ledger.move(i, r, CitizenState.ARRESTED, ctx.day);
                arrestedSoFar++;
                if (!pop.marked(i, Traits.HOLDS_SUMMONS)
                        && Rng.uniform(ctx.seed, ctx.day, i, Streams.DETAINEE_SUMMONS)
                                < ctx.pp.detaineeSummonsShare()) {
                    // served at the station: he leaves jail holding it (notified, ODD 7.13)
                    pop.mark(i, Traits.HOLDS_SUMMONS);
                    ledger.count(r, Metric.PROTEST_SUMMONSES);
                    CitizenSweep.noteIfMistaken(
                            ctx, i, r, ledger, pop, Traits.groundsMask(pop.traits[i], pop.occupation[i]));
                    servedAtStationSoFar++;
                }
            }
        }
    }
}
