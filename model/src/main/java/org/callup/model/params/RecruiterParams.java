package org.callup.model.params;

/**
 * The commissariats: one per region, each with a quota derived from the national target, a daily delivery capacity
 * split among channels, pressure when behind plan, and errors that rise with pressure.
 */
public record RecruiterParams(
        @Param(
                min = 0,
                max = 5000000,
                doc = "National target, persons (0 = no call-up under way)",
                source = "seeds 000, 001, 003: 300,000 announced 2022-09-21")
        long nationalQuotaPersons,

        @Param(
                min = 1,
                max = 1000,
                doc = "Days the plan gives to fill the quota",
                source = "timeline-2022.csv: 21 Sep to the declared end on 28 Oct")
        int planDays,

        @Param(
                min = 0,
                max = 5,
                doc =
                        "Extra quota weight for a region whose wage is below the national one, per unit of relative shortfall",
                source = "seed 001: the poor bore the burden; size assumed")
        double quotaBiasPoverty,

        @Param(
                min = 0,
                max = 5,
                doc = "Extra quota weight for an ethnic republic (half for a mixed region)",
                source = "seed 001: Dagestan, Yakutia, Buryatia disproportionately targeted; size assumed")
        double quotaBiasEthnic,

        @Param(
                min = 0,
                max = 100,
                doc =
                        "Summons a commissariat can deliver per day, per 1000 reservists of its region, at normal pressure")
        double capacityPerDayPer1000Reservists,

        @Param(min = 0, max = 20, doc = "Growth of capacity per unit of shortfall behind plan (share of quota)")
        double pressureGain,

        @Param(min = 1, max = 20, doc = "Cap on the pressure multiplier of capacity")
        double pressureMax,

        @Param(doc = "The delivery channels") Channels channels,

        @Param(min = 16, max = 70, doc = "Youngest age targeted")
        int targetAgeMin,

        @Param(
                min = 16,
                max = 70,
                doc = "Oldest private or sergeant targeted",
                source = "scale-facts.csv mobilization_age_caps: up to 35")
        int targetAgeMax,

        @Param(
                min = 16,
                max = 70,
                doc = "Oldest officer targeted",
                source = "scale-facts.csv mobilization_age_caps: junior officers 50")
        int officerAgeMax,

        @Param(
                min = 0,
                max = 1,
                doc = "Targeting weight of reservists (men with prior service)",
                source =
                        "seed 000: the order named experienced reservists first; 0 for conscription of men without service")
        double priorServiceWeight,

        @Param(
                min = 0,
                max = 1,
                doc = "Targeting weight of men without service",
                source = "seed 000: men without experience were called, against the pledge")
        double noServiceWeight,

        @Param(
                min = 0,
                max = 1,
                doc =
                        "Targeting weight of a man above the age caps (up to the oldest age modelled), relative to one within them: drafts of the over-age by mistake",
                source = "seed 001: Yakutsk, 'give back our grandfathers'; size assumed")
        double overAgeWeight,

        @Param(
                min = 0,
                max = 1,
                doc =
                        "Lottery weight of a man whose legal grounds are in force, relative to one without, at normal pressure",
                source = "seeds 001, 002, 004: students and the unfit drafted")
        double errorRateBase,

        @Param(min = 0, max = 1, doc = "Extra error chance per unit of pressure above normal")
        double errorRatePerPressure,

        @Param(
                min = 0,
                max = 1,
                doc = "Share of mistaken drafts eventually sent home",
                source = "seed 001: Yakutsk; Kremlin conceded errors")
        double mistakeReturnShare,

        @Param(min = 1, max = 365, doc = "Mean days before a mistaken draft is sent home")
        double mistakeReturnMeanDays,

        @Param(
                min = 0,
                max = 1,
                doc = "Share of men caught who are processed and sent to a unit the same day",
                source = "seed 002: 'same-day draft'")
        double sameDayShare,

        @Param(min = 1, max = 60, doc = "Days a detained man is held before being mobilized or released")
        int detentionDays,

        @Param(
                min = 1,
                max = 365,
                doc = "Mean days from mobilization to deployment, the minimum included (at least a day after it)",
                source = "scale-facts.csv sent_to_zone_by_2022_10_28 (82,000 of 300,000 in five weeks); mean assumed")
        double trainingMeanDays,

        @Param(
                min = 0,
                max = 365,
                doc = "Fewest days of training before a mobilized man can be deployed",
                source =
                        "scale-facts.csv sent_to_zone_by_2022_10_28: 82,000 sent, 218,000 still in training on 10-28; length assumed")
        int trainingMinDays,

        @Param(
                min = 0,
                max = 1,
                doc = "Share of capacity an office loses after an attack",
                source = "brief; size assumed")
        double attackCapacityLoss,

        @Param(min = 1, max = 365, doc = "Days an attacked office takes to recover its capacity")
        int attackRecoveryDays,

        @Param(min = 0, max = 1, doc = "Daily chance a mobilized man not yet deployed escapes", source = "seed 004")
        double escapeRatePerDay,

        @Param(
                min = 0,
                max = 1,
                doc = "Daily chance a man with legal grounds applies for and obtains a deferral",
                source = "timeline-2022.csv 2022-09-27: IT deferral form opens")
        double deferralRatePerDay,

        @Param(doc = "Legal grounds for deferral in force") Exemptions exemptions,

        @Param(
                doc =
                        "The call-up under way is the regular conscription: its draftees become conscripts, who are not deployed, and are not counted as mobilized",
                source = "MODEL-BRIEF: conscripts are not mobilized and did not officially go to the front")
        boolean conscription,

        @Param(doc = "The review of drafts a reviewDrafts event orders")
        ReviewParams review,

        @Param(doc = "Staged regional quotas: the share of the quota given at the start of a wave, and when the rest")
        StagingParams staging,

        @Param(
                min = 0,
                max = 30,
                doc =
                        "Days between a man being taken and his being counted in the official totals (metrics mobilized and mobilized_without_service)",
                source =
                        "assumption: 0 in the default scenario; a rival explanation of the 2022 counts (docs/CALIBRATION.md)")
        int reportingLagDays) {

    public RecruiterParams {
        Ranges.check(
                RecruiterParams.class,
                nationalQuotaPersons,
                planDays,
                quotaBiasPoverty,
                quotaBiasEthnic,
                capacityPerDayPer1000Reservists,
                pressureGain,
                pressureMax,
                channels,
                targetAgeMin,
                targetAgeMax,
                officerAgeMax,
                priorServiceWeight,
                noServiceWeight,
                overAgeWeight,
                errorRateBase,
                errorRatePerPressure,
                mistakeReturnShare,
                mistakeReturnMeanDays,
                sameDayShare,
                detentionDays,
                trainingMeanDays,
                trainingMinDays,
                attackCapacityLoss,
                attackRecoveryDays,
                escapeRatePerDay,
                deferralRatePerDay,
                exemptions,
                conscription,
                review,
                staging,
                reportingLagDays);
        Ranges.checkFrom(RecruiterParams.class, "targetAgeMax", targetAgeMax, targetAgeMin);
        Check.notNull("channels", channels);
        Check.notNull("exemptions", exemptions);
        Check.notNull("review", review);
        Check.notNull("staging", staging);
    }
}
