package org.callup.model.params;

/**
 * Protest and repression after Epstein's civil violence model (Epstein 2002, PNAS 99:7243): grievance
 * G = H (1 - L); a citizen's net incentive to protest is G - R P - T, with P = 1 - exp(-k C / A) per region.
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

        @Param(min = 0, max = 1, doc = "Activation threshold T", source = "Epstein 2002: T = 0.1")
        double threshold,

        @Param(min = 0, max = 20, doc = "Arrest constant k", source = "Epstein 2002: k = 2.3")
        double arrestConstantK,

        @Param(min = 0, max = 50, doc = "Police available against protests, per 1000 residents")
        double policePer1000Residents,

        @Param(min = 0, max = 10, doc = "Protesters one officer can detain per day")
        double arrestsPerOfficerPerDay,

        @Param(
                min = 1,
                max = 60,
                doc = "Days an arrested protester is held",
                source = "assumption: administrative detention")
        int arrestDays,

        @Param(
                min = 0,
                max = 1,
                doc = "Net grievance above which a protester may attack an office",
                source = "brief: the most aggrieved attack offices")
        double attackThreshold,

        @Param(
                min = 0,
                max = 1,
                doc = "Daily chance that a protester above the attack threshold attacks an office",
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
                threshold,
                arrestConstantK,
                policePer1000Residents,
                arrestsPerOfficerPerDay,
                arrestDays,
                attackThreshold,
                attackChancePerDay);
    }
}
