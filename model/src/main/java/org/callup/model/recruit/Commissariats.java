package org.callup.model.recruit;

import java.util.List;
import org.callup.model.params.Channel;
import org.callup.model.params.ChannelParams;
import org.callup.model.params.Channels;
import org.callup.model.params.EthnicStatus;
import org.callup.model.params.ExemptionCategory;
import org.callup.model.params.RecruiterParams;
import org.callup.model.params.RegionSpec;
import org.callup.model.params.ReviewParams;

/**
 * One military commissariat per region. Each day it derives its share of the national quota (biased toward poorer
 * regions and ethnic republics), its pressure from how far it is behind a linear plan, its delivery capacity
 * (which attacks on the office reduce for a while), its error rate (which rises with pressure), and for each
 * channel the acceptance probabilities of two lotteries: first the pursuit of men who ignore a summons they hold
 * (address visits, raids, cameras), then, with the capacity left, new summons. Each is capacity divided by the
 * expected number of men the channel would find, capped at 1.
 */
public final class Commissariats {
    private static final Channel[] SWEEP = Channel.sweepChannels();
    private final int regions;
    private final double[] reservists; // real persons registered in the region at the start
    private final double[] quotaWeight;
    /** Per region: persons mobilized since the current wave started. */
    private final double[] mobilizedInWave;

    private final double[] quota;
    private final double[] pressure;
    private final double[] errorRate;
    private final double[] capacityPersons;
    /** Acceptance probability of the summons lottery per region and sweep channel. */
    private final double[][] acceptance;
    /** Acceptance probability of the pursuit of men who ignore a summons, per region and sweep channel. */
    private final double[][] pursuit;

    private final int[] attackedUntil;
    private final double[] attackFactor;
    private boolean active;
    private boolean ended;
    private int waveStartDay;
    /** Days [reviewFrom, reviewUntil) on which commissariats work under a review of drafts; none by default. */
    private int reviewFrom = Integer.MAX_VALUE;

    private int reviewUntil = Integer.MAX_VALUE;

    public Commissariats(List<RegionSpec> specs, int[] regionStart, int scale, RecruiterParams rp) {
        regions = specs.size();
        reservists = new double[regions];
        quotaWeight = new double[regions];
        mobilizedInWave = new double[regions];
        quota = new double[regions];
        pressure = new double[regions];
        errorRate = new double[regions];
        capacityPersons = new double[regions];
        acceptance = new double[regions][SWEEP.length];
        pursuit = new double[regions][SWEEP.length];
        attackedUntil = new int[regions];
        attackFactor = new double[regions];
        java.util.Arrays.fill(attackFactor, 1.0);
        double natWage = 0;
        double totalRes = 0;
        for (int r = 0; r < regions; r++) {
            reservists[r] = (double) (regionStart[r + 1] - regionStart[r]) * scale;
            natWage += specs.get(r).avgWageRub() * reservists[r];
            totalRes += reservists[r];
        }
        natWage /= Math.max(1, totalRes);
        setQuotaBias(specs, natWage, rp);
    }

    private void setQuotaBias(List<RegionSpec> specs, double natWage, RecruiterParams rp) {
        for (int r = 0; r < regions; r++) {
            RegionSpec s = specs.get(r);
            double poverty = Math.max(0, 1 - s.avgWageRub() / natWage);
            double ethnic =
                    s.ethnicStatus() == EthnicStatus.REPUBLIC ? 1 : s.ethnicStatus() == EthnicStatus.MIXED ? 0.5 : 0;
            quotaWeight[r] =
                    reservists[r] * (1 + rp.quotaBiasPoverty() * poverty) * (1 + rp.quotaBiasEthnic() * ethnic);
        }
    }

    /** A new quota starts today: counts restart, the plan runs from today. */
    public void startWave(int day) {
        active = true;
        ended = false;
        waveStartDay = day;
        java.util.Arrays.fill(mobilizedInWave, 0);
    }

    /**
     * A review of drafts is ordered today: from {@code lagDays} later, for {@code days} days, capacity and errors are
     * cut by the review's factors (read each day, so a later change of them applies at once). A second order
     * replaces the first.
     */
    public void startReview(int day, ReviewParams review) {
        reviewFrom = day + review.lagDays();
        reviewUntil = reviewFrom + review.days();
    }

    /** Whether commissariats work under a review of drafts on {@code day}. */
    public boolean reviewing(int day) {
        return day >= reviewFrom && day < reviewUntil;
    }

    /** The quota is declared complete: no more deliveries. */
    public void end() {
        ended = true;
        active = false;
    }

    public boolean active() {
        return active;
    }

    public boolean ended() {
        return ended;
    }

    public boolean activeIn(int r) {
        return active && mobilizedInWave[r] < quota[r];
    }

    public void recordMobilized(int r, double persons) {
        mobilizedInWave[r] += persons;
    }

    public void recordAttacks(int r, int attacks, int day, RecruiterParams rp) {
        if (attacks <= 0) {
            return;
        }
        // the attack comes after the day's plan: capacity is cut from tomorrow for attackRecoveryDays days
        attackedUntil[r] = day + 1 + rp.attackRecoveryDays();
        attackFactor[r] = Math.pow(1 - rp.attackCapacityLoss(), Math.min(attacks, 3));
    }

    /** {@link #plan(int, RecruiterParams, CandidatePool, int, int, List, double[])} with no summons outstanding. */
    public void plan(
            int day, RecruiterParams rp, CandidatePool pool, int activeExemptions, int scale, List<RegionSpec> specs) {
        plan(day, rp, pool, activeExemptions, scale, specs, null);
    }

    /**
     * Daily update of quotas, pressure, capacity, errors and the lottery's acceptance probabilities.
     *
     * @param heldPersons per region, persons holding a summons who have not reported (notified or detained), or
     *     null: new summons are served only for the places of the quota they do not already fill
     */
    public void plan(
            int day,
            RecruiterParams rp,
            CandidatePool pool,
            int activeExemptions,
            int scale,
            List<RegionSpec> specs,
            double[] heldPersons) {
        double totalWeight = 0;
        for (int r = 0; r < regions; r++) {
            totalWeight += quotaWeight[r];
        }
        Channels ch = rp.channels();
        boolean review = reviewing(day);
        double capacityShare = review ? rp.review().capacityShare() : 1;
        double errorFactor = review ? rp.review().errorFactor() : 1;
        double released = rp.staging().released(day - waveStartDay);
        for (int r = 0; r < regions; r++) {
            if (day >= attackedUntil[r]) {
                attackFactor[r] = 1.0;
            }
            quota[r] = rp.nationalQuotaPersons() * quotaWeight[r] / totalWeight * released;
            double elapsed = Math.min(1.0, (day - waveStartDay + 1) / (double) rp.planDays());
            double behind = quota[r] > 0 ? Math.max(0, quota[r] * elapsed - mobilizedInWave[r]) / quota[r] : 0;
            pressure[r] = Math.min(rp.pressureMax(), 1 + rp.pressureGain() * behind);
            errorRate[r] =
                    Math.min(1, rp.errorRateBase() + rp.errorRatePerPressure() * (pressure[r] - 1)) * errorFactor;
            capacityPersons[r] = activeIn(r)
                    ? rp.capacityPerDayPer1000Reservists()
                            * reservists[r]
                            / 1000
                            * pressure[r]
                            * attackFactor[r]
                            * capacityShare
                    : 0;
            double capacityAgents = capacityPersons[r] / scale;
            double open = openPlaces(r, heldPersons) / scale;
            double newSummons = 0;
            for (int c = 0; c < SWEEP.length; c++) {
                ChannelParams cp = ch.get(SWEEP[c]);
                if (cp.active() && cp.operatesIn(specs.get(r).id())) {
                    newSummons += capacityAgents * cp.capacityShare() * cp.intensity();
                }
            }
            // the quota binds: no more new summons a day than places of the quota left open
            double bind = newSummons > open ? open / newSummons : 1;
            for (int c = 0; c < SWEEP.length; c++) {
                ChannelParams cp = ch.get(SWEEP[c]);
                acceptance[r][c] = 0;
                pursuit[r][c] = 0;
                if (capacityAgents <= 0
                        || !cp.active()
                        || !cp.operatesIn(specs.get(r).id())) {
                    continue;
                }
                double k = capacityAgents * cp.capacityShare() * cp.intensity();
                // men who ignore a summons are pursued first (police visits to their address, seed 003)
                double evaders = SWEEP[c].detains()
                        ? cp.reach() * sum(pool, CandidatePool.NOTIFIED, r, c, errorRate[r], 0) / Targeting.FIXED_ONE
                        : 0;
                if (evaders > 0) {
                    pursuit[r][c] = Math.min(1, k / evaders);
                    k -= Math.min(k, evaders);
                }
                double w = cp.reach()
                        * (sum(pool, CandidatePool.NORMAL, r, c, errorRate[r], activeExemptions)
                                + cp.reachHiding()
                                        * sum(pool, CandidatePool.HIDING, r, c, errorRate[r], activeExemptions))
                        / Targeting.FIXED_ONE;
                acceptance[r][c] = w > 0 ? Math.min(1, k * bind / w) : 0;
            }
        }
    }

    /**
     * Places of region r's quota not yet filled by the men mobilized in the wave nor claimed by the men who hold one
     * of its summons and have not reported, persons (at least 0).
     */
    private double openPlaces(int r, double[] heldPersons) {
        double held = heldPersons == null ? 0 : heldPersons[r];
        return Math.max(0, quota[r] - mobilizedInWave[r] - held);
    }

    /**
     * Whether region r's call-up is closed today: no wave is active, or the region's quota in force is met. The
     * summonses of a closed call-up lapse (docs/ODD.md, 7.2).
     */
    public boolean closed(int r) {
        return !activeIn(r);
    }

    /** Sum of exposure times weight of one candidate class; men with exemption grounds in force weigh {@code err}. */
    private static double sum(CandidatePool pool, int cls, int r, int c, double err, int activeMask) {
        double total = 0;
        for (int m = 0; m < CandidatePool.MASKS; m++) {
            total += pool.get(cls, r, c, m) * (ExemptionCategory.any(m, activeMask) ? err : 1.0);
        }
        return total;
    }

    /** Persons mobilized in region r since the current wave started. */
    public double mobilizedInWave(int r) {
        return mobilizedInWave[r];
    }

    /** Region r's share of the national quota in force, persons. */
    public double quota(int r) {
        return quota[r];
    }

    /** Today's multiplier of region r's capacity for being behind plan. */
    public double pressure(int r) {
        return pressure[r];
    }

    /** Persons region r's office can serve or detain today. */
    public double capacityPersons(int r) {
        return capacityPersons[r];
    }

    /** Acceptance probability of today's summons lottery in region r for sweep channel c. */
    public double acceptance(int r, int c) {
        return acceptance[r][c];
    }

    /** Acceptance probability of today's pursuit of men who ignore a summons, in region r by sweep channel c. */
    public double pursuit(int r, int c) {
        return pursuit[r][c];
    }

    /** Today's weight of men whose grounds are in force, relative to men without, in region r. */
    public double errorRate(int r) {
        return errorRate[r];
    }

    /**
     * Sets today's lotteries of region r and sweep channel c by hand, in place of {@link #plan} (tests of the
     * citizen rules).
     */
    public void overrideLottery(int r, int c, double acceptance, double pursuit) {
        this.acceptance[r][c] = acceptance;
        this.pursuit[r][c] = pursuit;
    }

    /** Sets region r's quota by hand, in place of {@link #plan} (tests of the citizen rules). */
    public void overrideQuota(int r, double quota) {
        this.quota[r] = quota;
    }

    /** Sets today's error rate of region r by hand, in place of {@link #plan} (tests of the citizen rules). */
    public void overrideErrorRate(int r, double errorRate) {
        this.errorRate[r] = errorRate;
    }

    public double attackFactor(int r) {
        return attackFactor[r];
    }
}
