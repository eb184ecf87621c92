package org.callup.model.sim;

import org.callup.model.border.BorderPosts;
import org.callup.model.citizens.CitizenState;
import org.callup.model.params.ChannelParams;
import org.callup.model.params.DecisionParams;
import org.callup.model.params.ExemptionCategory;
import org.callup.model.params.PostMode;
import org.callup.model.params.ProtestParams;
import org.callup.model.params.RecruiterParams;
import org.callup.model.params.Scenario;
import org.callup.model.recruit.Commissariats;
import org.callup.model.recruit.Targeting;

/**
 * Everything the citizen sweep of one day reads, computed once before it and not changed during it: today's
 * parameters, the lottery's acceptance probabilities, the posts as citizens perceive them, and per region an upper
 * bound on the chance that anything happens to a man in each state, which lets the sweep skip a man to whom nothing
 * happens with a single random draw.
 */
final class DayContext {
    int day;
    long seed;
    /** Today's key of the stream every man draws once from to see whether anything happens to him. */
    long eventKey;
    int scale;
    Scenario params;
    DecisionParams dp;
    RecruiterParams rp;
    ProtestParams pp;

    int activeMask;
    /** Categories whose holders obtain a deferral by applying (lists from employers and universities). */
    int listMask;
    boolean callupActive;
    double alarm;

    double[] errorRate;
    /** Whether any man of the region holds a summons (else ties cannot raise alarm). */
    boolean[] summonsInRegion;
    double hideRisk;

    /**
     * Per region and state ([region * states + state]): the chance that anything happens today to a man in that
     * state, or 1 for states whose rule must look at every man (a trip or a detention that ends on a date), or 0
     * for states in which nothing happens in the sweep.
     */
    double[] stateBound;
    /**
     * Widths of the intervals of a man's draw, per region and channel, already shrunk: new summons for a man living
     * normally, summons or capture for a man in hiding, capture of a man who ignores a summons. Computed once a day
     * so that the sweep reads them instead of recomputing them for every man it looks at.
     */
    double[][] summonsWidth;
    double[][] hidingWidth;
    double[][] pursuitWidth;
    /** Width of the reconsideration interval of a man living normally, per region, already shrunk. */
    double[] considerWidth;
    /** Start of the deferral interval at the end of a normal man's draw: [deferStart, boundNormal). */
    double[] deferStart;
    /** Factor applied to every probability of a region and state when their bounds add up to more than one. */
    double[] shrinkNormal;
    double[] shrinkHiding;
    double[] shrinkNotified;

    BorderPosts.Perceived perceived;
    double[] price;
    int[][] travelDays;
    double[][] distance1000Km;
    PostMode[] mode;
    double[] arrestEstimate;

    double considerRate;
    /** Alarm a man gains from each of his ties who was summoned: tieFear / ties. */
    double tieFearPerTie;
    double deferralRate;
    double deployRate;
    double mistakeReturnRate;
    double escapeRate;
    double abroadReturnRate;
    double hideReturnRate;

    /**
     * Computes the day's tables.
     *
     * @param yesterdaysExemptions the exemption mask in force yesterday, or -1 on the first day
     */
    void prepare(int regions, Commissariats offices, int yesterdaysExemptions) {
        rp = params.recruiters();
        dp = params.decisions();
        pp = params.protest();
        activeMask = Commissariats.activeMask(rp.exemptions());
        listMask = activeMask & ((1 << ExemptionCategory.STUDENTS.ordinal()) | (1 << ExemptionCategory.IT.ordinal())
                | (1 << ExemptionCategory.FINANCE.ordinal()) | (1 << ExemptionCategory.TELECOM.ordinal())
                | (1 << ExemptionCategory.STATE_MEDIA.ordinal()));
        // exemption categories removed since yesterday: deferred men holding only these go back to normal life
        int removedMask = yesterdaysExemptions < 0 ? 0 : yesterdaysExemptions & ~activeMask;
        double[][] acceptance = offices.acceptance;
        double[][] pursuit = offices.pursuit;
        double[] reach = new double[Targeting.SWEEP_CHANNEL_COUNT];
        double[] reachHiding = new double[Targeting.SWEEP_CHANNEL_COUNT];
        errorRate = offices.errorRate;
        callupActive = offices.active();
        boolean quotaEnded = offices.ended();
        double share = 0;
        double hidden = 0;
        for (int c = 0; c < Targeting.SWEEP_CHANNEL_COUNT; c++) {
            ChannelParams cp = rp.channels().get(Targeting.SWEEP_CHANNELS[c]);
            reach[c] = cp.reach();
            reachHiding[c] = cp.reachHiding();
            if (cp.active() && Commissariats.detains(c)) {
                share += cp.capacityShare() * cp.intensity();
                hidden += cp.capacityShare() * cp.intensity() * cp.reachHiding();
            }
        }
        // a man in hiding is as exposed as the channels that hunt for men reach hidden ones
        hideRisk = share > 0 ? hidden / share : 0;
        double returnBoost = quotaEnded ? dp.returnBoostAfterEnd() : 1;
        considerRate = dp.considerRatePerDay();
        int ties = params.population().tiesPerCitizen();
        tieFearPerTie = ties > 0 ? dp.tieFear() / ties : 0;
        deferralRate = callupActive ? rp.deferralRatePerDay() : 0;
        deployRate = 1.0 / rp.trainingMeanDays();
        mistakeReturnRate = rp.mistakeReturnShare() / rp.mistakeReturnMeanDays();
        escapeRate = rp.escapeRatePerDay();
        abroadReturnRate = Math.min(1, dp.abroadReturnRatePerDay() * returnBoost);
        hideReturnRate = Math.min(1, dp.hideReturnRatePerDay() * returnBoost);
        stateBound = new double[regions * CitizenState.count()];
        summonsWidth = new double[regions][Targeting.SWEEP_CHANNEL_COUNT];
        hidingWidth = new double[regions][Targeting.SWEEP_CHANNEL_COUNT];
        pursuitWidth = new double[regions][Targeting.SWEEP_CHANNEL_COUNT];
        considerWidth = new double[regions];
        deferStart = new double[regions];
        shrinkNormal = new double[regions];
        shrinkHiding = new double[regions];
        shrinkNotified = new double[regions];
        for (int r = 0; r < regions; r++) {
            double channels = 0;
            double hiding = 0;
            double detaining = 0;
            for (int c = 0; c < Targeting.SWEEP_CHANNEL_COUNT; c++) {
                double b = acceptance[r][c] * reach[c];
                channels += b;
                hiding += b * reachHiding[c];
                detaining += pursuit[r][c] * reach[c];
            }
            double tie = summonsInRegion[r] ? dp.tieFear() : 0;
            double consider = considerRate * Math.min(1, alarm + tie);
            double deferral = listMask != 0 ? deferralRate : 0;
            double normal = channels + consider + deferral;
            double hide = hiding + hideReturnRate;
            double notified = detaining + deferralRate + dp.notifiedReconsiderRatePerDay();
            shrinkNormal[r] = normal > 1 ? 1 / normal : 1;
            shrinkHiding[r] = hide > 1 ? 1 / hide : 1;
            shrinkNotified[r] = notified > 1 ? 1 / notified : 1;
            for (int c = 0; c < Targeting.SWEEP_CHANNEL_COUNT; c++) {
                summonsWidth[r][c] = acceptance[r][c] * reach[c] * shrinkNormal[r];
                hidingWidth[r][c] = acceptance[r][c] * reach[c] * reachHiding[c] * shrinkHiding[r];
                pursuitWidth[r][c] = pursuit[r][c] * reach[c] * shrinkNotified[r];
            }
            considerWidth[r] = consider * shrinkNormal[r];
            double boundNormal = Math.min(1, normal);
            deferStart[r] = (channels + consider) * shrinkNormal[r];
            double boundHiding = Math.min(1, hide);
            double boundNotified = Math.min(1, notified);
            int b = r * CitizenState.count();
            stateBound[b + CitizenState.NORMAL.code] = boundNormal;
            stateBound[b + CitizenState.NOTIFIED.code] = boundNotified;
            stateBound[b + CitizenState.HIDING.code] = boundHiding;
            stateBound[b + CitizenState.TRAVELLING.code] = 1;
            stateBound[b + CitizenState.ABROAD.code] = abroadReturnRate;
            stateBound[b + CitizenState.MOBILIZED.code] = Math.min(1, deployRate + mistakeReturnRate + escapeRate);
            stateBound[b + CitizenState.DEFERRED.code] = removedMask != 0 ? 1 : 0;
            stateBound[b + CitizenState.DETAINED.code] = 1;
            stateBound[b + CitizenState.ARRESTED.code] = 1;
        }
    }
}
