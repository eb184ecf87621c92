package org.callup.model.sim;

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
 * <p>{@link #prepare} fills it, once a day. The border and protest phases read only the first group (day, seed,
 * scale, parameters), which their tests set by hand.
 */
final class DayContext {
    // today
    int day;
    long seed;
    /** Today's key of the stream every man draws once from to see whether anything happens to him. */
    long eventKey;
    int scale;
    Scenario params;
    DecisionParams dp;
    RecruiterParams rp;
    ProtestParams pp;
    boolean callupActive;

    // exemptions: grounds masks over ExemptionCategory
    /** Categories in force today. */
    int activeMask;
    /** Categories in force today whose holders obtain a deferral by applying (employers' and universities' lists). */
    int onApplicationMask;

    // the citizen rules of the day
    /** The rules' widths, bounds and shrink factors for today, per region. */
    TransitionTable.Day rules;
    /** Weight of men whose grounds are in force, per region (the commissariats' error rate). */
    Commissariats offices;

    // what a deciding man weighs
    double alarm;
    /** Whether any man of the region has been summoned (else ties cannot raise alarm). */
    boolean[] summonsInRegion;
    /** Alarm a man gains from each of his ties who was summoned: tieFear / ties. */
    double tieFearPerTie;
    /** Share of the hunting channels' effort that reaches men in hiding. */
    double hideRisk;
    /** The posts as men see them today. */
    Routes routes;
    /** Per region, the chance of arrest that would-be protesters expect. */
    double[] arrestEstimate;

    /**
     * Fills the context for a day: today's parameters, the exemptions in force, and the citizen rules evaluated from
     * the commissariats' plan, alarm and where summons have been served.
     *
     * @param runSeed              the run's seed
     * @param runScale             the run's population scale (fixed when the population was built)
     * @param inForce              the parameters in force today
     * @param summoned             per region, whether any man of the region has been summoned
     * @param yesterdaysExemptions the exemption mask in force yesterday, or -1 on the first day
     */
    void prepare(int today, long runSeed, int runScale, Scenario inForce, double nationalAlarm, boolean[] summoned,
                 Commissariats commissariats, int yesterdaysExemptions, Routes todaysRoutes, double[] arrestEstimates) {
        day = today;
        seed = runSeed;
        scale = runScale;
        params = inForce;
        eventKey = Rng.stream(seed, day, Streams.EVENT);
        alarm = nationalAlarm;
        summonsInRegion = summoned;
        routes = todaysRoutes;
        arrestEstimate = arrestEstimates;
        offices = commissariats;
        rp = params.recruiters();
        dp = params.decisions();
        pp = params.protest();
        activeMask = rp.exemptions().mask();
        onApplicationMask = activeMask & ExemptionCategory.ON_APPLICATION_MASK;
        // exemption categories removed since yesterday: deferred men holding only these go back to normal life
        int removedMask = yesterdaysExemptions < 0 ? 0 : yesterdaysExemptions & ~activeMask;
        callupActive = offices.active();
        hideRisk = hideRisk(rp);
        int ties = params.population().tiesPerCitizen();
        tieFearPerTie = ties > 0 ? dp.tieFear() / ties : 0;
        rules = TransitionTable.fill(new TransitionTable.Inputs(params, offices, alarm, summonsInRegion, activeMask,
                removedMask), summonsInRegion.length);
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
}
