package org.callup.model.params;

/**
 * Terms of the citizens' random-utility (multinomial logit) choice among complying, ignoring (staying put), hiding,
 * and fleeing by a route, and the rates at which they reconsider. Utilities are in logit units.
 */
public record DecisionParams(
        @Param(min = 0, max = 1, doc = "Daily chance a man without a summons reconsiders his situation at full alarm")
        double considerRatePerDay,

        @Param(min = 0, max = 1, doc = "Daily chance a man holding a summons reconsiders")
        double notifiedReconsiderRatePerDay,

        @Param(
                min = 0.5,
                max = 365,
                doc = "Half-life of national alarm after an announcement, days",
                source = "assumption; seeds 000, 003: fear peaked in the first days")
        double alarmHalfLifeDays,

        @Param(
                min = 0,
                max = 10,
                doc = "Extra alarm from each relative or friend who received a summons",
                source = "seed 000: a friend's summons moved the Ust-Ilimsk gunman; seed 003")
        double tieFear,

        @Param(min = 0, max = 20, doc = "Utility of reporting when summoned")
        double ascComply,

        @Param(min = -20, max = 20, doc = "Utility of hiding inside the country, relative to staying put")
        double ascHide,

        @Param(min = -20, max = 20, doc = "Utility of leaving the country, relative to staying put")
        double ascFlee,

        @Param(min = 0, max = 20, doc = "Weight of anti-war conviction (against complying, for evading)")
        double betaAttitude,

        @Param(min = 0, max = 50, doc = "Weight of perceived risk of being caught and punished, times risk aversion")
        double betaRisk,

        @Param(min = 0, max = 20, doc = "Weight of a route's price, per month of own income")
        double betaCostPerMonthIncome,

        @Param(min = 0, max = 20, doc = "Weight of the expected wait at a post, per day")
        double betaWaitPerDay,

        @Param(min = 0, max = 20, doc = "Weight of distance to a post, per 1000 km")
        double betaDistancePer1000Km,

        @Param(min = 0, max = 20, doc = "Weight of the risk of being turned back or served a summons at the post")
        double betaBorderRisk,

        @Param(
                min = 0,
                max = 30,
                doc = "Days before news of queues and closures reaches citizens",
                source = "assumption; brief: news reaches people with a delay")
        int newsDelayDays,

        @Param(min = 0, max = 1, doc = "Daily chance a man in hiding gives up and returns to normal life")
        double hideReturnRatePerDay,

        @Param(min = 0, max = 1, doc = "Daily chance a man abroad comes back")
        double abroadReturnRatePerDay,

        @Param(
                min = 1,
                max = 100,
                doc = "Multiplier of both return rates once the quota is declared complete",
                source = "seed 003: some returned after the declared end")
        double returnBoostAfterEnd,

        @Param(
                min = 0.05,
                max = 1,
                doc =
                        "Nest scale of the route choice: a man chooses a destination country, then a post to it; 1 treats every post as its own destination, near 0 a country counts once however many posts lead to it",
                source = "assumption (nested logit, McFadden 1978); seeds 001, 003: men chose where to go, then how")
        double destinationNestScale,

        @Param(
                min = 0,
                max = 20,
                doc =
                        "Weight of the share of a year a destination does not let a Russian stay without a residence permit",
                source = "assumption; border_posts.csv stay terms (Georgia a year, Kazakhstan and Mongolia months)")
        double betaShortStay) {

    public DecisionParams {
        Ranges.check(
                DecisionParams.class,
                considerRatePerDay,
                notifiedReconsiderRatePerDay,
                alarmHalfLifeDays,
                tieFear,
                ascComply,
                ascHide,
                ascFlee,
                betaAttitude,
                betaRisk,
                betaCostPerMonthIncome,
                betaWaitPerDay,
                betaDistancePer1000Km,
                betaBorderRisk,
                newsDelayDays,
                hideReturnRatePerDay,
                abroadReturnRatePerDay,
                returnBoostAfterEnd,
                destinationNestScale,
                betaShortStay);
    }
}
