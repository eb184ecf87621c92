package org.callup.model.params;

import java.util.List;

/**
 * Protest and repression after Epstein's civil violence model (Epstein 2002, PNAS 99:7243): grievance
 * G = H (1 - L); a man turns active when G - R P > T, with his region's estimated arrest probability
 * P = 1 - exp(-k C / (A + 1)) from yesterday's actives A and the police C there; police meeting the share s of
 * the actives within their reach arrest s A (1 - exp(-c C / (s A))) of them a day (docs/ODD.md, section 7.13).
 */
public record ProtestParams(
        @Param(min = 0, max = 1, doc = "Legitimacy of the authorities, L", source = "Epstein 2002; value assumed")
        double legitimacy,

        @Param(
                min = 0,
                max = 1,
                doc = "Hardship everyone feels at the height of national alarm (it fades with the alarm)")
        double hardshipBase,

        @Param(min = 0, max = 1, doc = "Extra hardship from one's own summons")
        double hardshipOwnSummons,

        @Param(min = 0, max = 1, doc = "Extra hardship per relative or friend summoned", source = "seed 000")
        double hardshipPerTieSummoned,

        @Param(
                min = 0,
                max = 1,
                doc = "Extra hardship for minorities (ethnic targeting)",
                source = "seed 001: Dagestan, Yakutsk protests")
        double hardshipMinority,

        @Param(
                min = 0,
                max = 1,
                doc = "Extra hardship (lower acceptance of the war) in the capital regions",
                source = "assumption: the capitals' lower support for the war and their protest networks")
        double hardshipCapital,

        @Param(
                min = 0,
                max = 1000,
                doc = "Extra hardship per unit share of the region's men summoned in the last summonsMemoryDays",
                source = "seed 001: the call-up hit villages and ethnic republics hardest, and they protested later")
        double hardshipPerShareSummoned,

        @Param(
                min = 1,
                max = 60,
                doc = "Days over which a region's summonses raise its hardship",
                source = "assumption")
        int summonsMemoryDays,

        @Param(min = 0, max = 1, doc = "Activation threshold T", source = "Epstein 2002: T = 0.1")
        double threshold,

        @Param(
                min = 0,
                max = 1,
                doc = "Daily chance that a man not active looks at Epstein's rule (and turns active if it holds)",
                source = "assumption")
        double activationRatePerDay,

        @Param(min = 0, max = 1, doc = "Daily chance that an active man gives up", source = "assumption")
        double activeQuitRatePerDay,

        @Param(
                min = 0,
                max = 20,
                doc = "Constant k of the estimated arrest probability 1 - exp(-k C / (A + 1))",
                source = "Epstein 2002: k = 2.3 on his grid; here calibrated")
        double arrestConstantK,

        @Param(
                min = 0,
                max = 50,
                doc = "Police on protest duty, per 1000 residents, outside the capital regions",
                source = "assumption (MVD police about 700,000 and Rosgvardiya about 340,000: some 7 per 1000)")
        double policePer1000Residents,

        @Param(
                min = 0,
                max = 50,
                doc = "Police on protest duty, per 1000 residents, in the capital regions",
                source = "assumption: riot police and Rosgvardiya are concentrated in Moscow and St Petersburg")
        double capitalPolicePer1000Residents,

        @Param(doc = "Region ids of the capitals (more police, hardshipCapital)")
        List<String> capitalRegions,

        @Param(
                min = 0,
                max = 20,
                doc = "Constant c of the arrests A (1 - exp(-c C / A)) that C police make among A actives a day",
                source = "assumption; calibrated")
        double arrestConstantC,

        @Param(
                min = 0,
                max = 1,
                doc = "Share of a day's crowd within the police's reach: the most the police can arrest of it in a day",
                source = "assumption: a crowd disperses, the police detain those at its front whom they can surround"
                        + " and carry off (Epstein's cops arrest one active in vision per step); calibrated")
        double arrestReachShare,

        @Param(
                min = 1,
                max = 60,
                doc = "Days an arrested protester is held",
                source = "assumption: administrative detention")
        int arrestDays,

        @Param(
                min = 0,
                max = 1,
                doc = "Share of arrested protesters without a summons who are served one at the police station",
                source = "assumption: no seed reports a rate")
        double detaineeSummonsShare,

        @Param(
                min = 0,
                max = 1000,
                doc = "Weight f of the fear of a summons if arrested: a man without a summons weighs his arrest risk"
                        + " R P by 1 + f q, q the share of the protesters arrested so far who were served a summons at the"
                        + " station (0: no fear)",
                source = "assumption; fitted by hand to the protest targets")
        double arrestSummonsFear,

        @Param(
                min = 0,
                max = 1,
                doc = "Grievance G above which a man may attack an office",
                source = "brief: the most aggrieved attack offices")
        double attackThreshold,

        @Param(
                min = 0,
                max = 1,
                doc = "Daily chance that a man whose grievance is above the attack threshold attacks an office",
                source = "seed 001: 17 offices torched in the first week; rate calibrated")
        double attackChancePerDay) {

    public ProtestParams {
        Ranges.check(
                ProtestParams.class,
                legitimacy,
                hardshipBase,
                hardshipOwnSummons,
                hardshipPerTieSummoned,
                hardshipMinority,
                hardshipCapital,
                hardshipPerShareSummoned,
                summonsMemoryDays,
                threshold,
                activationRatePerDay,
                activeQuitRatePerDay,
                arrestConstantK,
                policePer1000Residents,
                capitalPolicePer1000Residents,
                capitalRegions,
                arrestConstantC,
                arrestReachShare,
                arrestDays,
                detaineeSummonsShare,
                arrestSummonsFear,
                attackThreshold,
                attackChancePerDay);
        capitalRegions = List.copyOf(Check.notNull("capitalRegions", capitalRegions));
    }

    /** Whether the region is one of the capitals. */
    public boolean capital(String regionId) {
        return capitalRegions.contains(regionId);
    }
}
