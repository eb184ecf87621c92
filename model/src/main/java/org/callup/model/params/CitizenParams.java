package org.callup.model.params;

/** Distributions of citizens' attributes. Each share is the probability that one citizen has the attribute. */
public record CitizenParams(
        @Param(
                min = 0,
                max = 1,
                doc = "Share who served in the army (reservists proper)",
                source = "assumption: the 25M 'mobilization resource' are mostly men with service (scale-facts.csv)")
        double priorServiceShare,

        @Param(min = 0, max = 1, doc = "Share of reservists who are officers (called up to age 50)")
        double officerShareOfServed,

        @Param(
                min = 0,
                max = 1,
                doc = "Share medically unfit (legally exempt)",
                source = "scale-facts.csv standard_exemptions; share assumed")
        double unfitShare,

        @Param(
                min = 0,
                max = 1,
                doc = "Share with a family exemption (fathers of 4+, carers)",
                source = "scale-facts.csv standard_exemptions; share assumed")
        double familyExemptShare,

        @Param(min = 0, max = 1, doc = "Share of men aged 18-24 in full-time study")
        double studentShare18to24,

        @Param(min = 0, max = 0.5, doc = "Share working in IT", source = "seed 001; share assumed")
        double itShare,

        @Param(min = 0, max = 0.5, doc = "Share working in banking and finance", source = "seed 001; share assumed")
        double financeShare,

        @Param(min = 0, max = 0.5, doc = "Share working in telecoms")
        double telecomShare,

        @Param(min = 0, max = 0.5, doc = "Share working in 'systemic' state media", source = "seed 001; share assumed")
        double stateMediaShare,

        @Param(min = 0, max = 5, doc = "Spread (log-sd) of income around the regional wage")
        double incomeLogSd,

        @Param(min = 0, max = 60, doc = "Median savings, in months of own income")
        double savingsMonthsMedian,

        @Param(min = 0, max = 5, doc = "Spread (log-sd) of savings")
        double savingsLogSd,

        @Param(
                min = 0,
                max = 1,
                doc = "Share with a car at national average income",
                source = "seeds 001, 003: those with cars and money left")
        double carShare,

        @Param(min = 0, max = 1, doc = "Share of minorities in ethnic republics", source = "seed 001; share assumed")
        double minorityShareRepublic,

        @Param(min = 0, max = 1, doc = "Share of minorities in mixed district remainders")
        double minorityShareMixed,

        @Param(min = 0, max = 1, doc = "Share of minorities elsewhere")
        double minorityShareOther,

        @Param(
                min = 0,
                max = 1,
                doc = "Mean anti-war conviction (0-1)",
                source = "scale-facts.csv levada_poll_fear: 47% anxious or afraid; mean assumed")
        double antiWarMean,

        @Param(
                min = 0.5,
                max = 100,
                doc =
                        "Concentration of anti-war conviction: drawn logit-normal with the variance of a Beta of this concentration")
        double antiWarConcentration,

        @Param(
                min = 0,
                max = 1,
                doc = "Share not living at their registered address",
                source = "seeds 002, 003: men live at dachas, friends' flats, elsewhere; share assumed")
        double livesAwayShare,

        @Param(
                min = 0,
                max = 1,
                doc = "Mean visibility to the state in towns (phone, metro, cameras)",
                source = "seeds 002, 003")
        double visibilityUrban,

        @Param(min = 0, max = 1, doc = "Mean visibility to the state in the countryside")
        double visibilityRural) {

    public CitizenParams {
        Ranges.check(
                CitizenParams.class,
                priorServiceShare,
                officerShareOfServed,
                unfitShare,
                familyExemptShare,
                studentShare18to24,
                itShare,
                financeShare,
                telecomShare,
                stateMediaShare,
                incomeLogSd,
                savingsMonthsMedian,
                savingsLogSd,
                carShare,
                minorityShareRepublic,
                minorityShareMixed,
                minorityShareOther,
                antiWarMean,
                antiWarConcentration,
                livesAwayShare,
                visibilityUrban,
                visibilityRural);
        if (itShare + financeShare + telecomShare + stateMediaShare > 1) {
            throw new IllegalArgumentException("occupation shares must add up to at most 1");
        }
    }
}
