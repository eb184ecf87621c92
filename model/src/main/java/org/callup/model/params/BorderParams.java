package org.callup.model.params;

import java.util.List;

/**
 * Border posts, the terms of travel to them, and of the stay abroad: how far ahead men book flights, when they give
 * up a road queue, what living abroad costs them, and how fast those whose money or permitted stay has run out come
 * back (docs/ODD.md, sections 7.10 to 7.14).
 */
public record BorderParams(
        @Param(doc = "The exit routes") List<BorderPostSpec> posts,

        @Param(min = 50, max = 3000, doc = "Distance covered by road per day, km")
        double roadKmPerDay,

        @Param(
                min = 0,
                max = 1,
                doc = "Share of men who have grounds other than a tourist visa (family, work, study)",
                source = "border_posts.csv fi_vaalimaa: exceptions for family, work or study; share assumed")
        double otherGroundsShare,

        @Param(min = 0, max = 1, doc = "Share of men holding a valid visa for the posts that require one (Schengen)")
        double visaHoldersShare,

        @Param(
                min = 0,
                max = 50,
                doc = "Rise of an air fare per unit of demand over seats",
                source = "scale-facts.csv: Moscow-Yerevan about $150 -> $1,400 on 2022-09-21")
        double airPriceElasticity,

        @Param(min = 0, max = 1, doc = "Share of the gap to the demand price closed each day")
        double airPriceAdjustment,

        @Param(
                min = 0,
                max = 5,
                doc =
                        "How ordinary air travellers give up seats as fares rise: they fly baseline x (base fare / fare)^this; the seats they leave go to men",
                source =
                        "assumption: unit elasticity; scale-facts.csv: Moscow-Yerevan about $150 -> $1,400 on 2022-09-21; timeline-2022.csv 2022-09-21: direct flights sold out")
        double ordinaryFareElasticity,

        @Param(
                min = 0,
                max = 1000,
                doc = "Summons served per day at a post that serves them, per 1000 men in its queue",
                source =
                        "timeline-2022.csv 2022-09-27: mobilization points at Upper Lars and Torfyanovka; rate assumed")
        double queueSummonsPer1000PerDay,

        @Param(
                min = 0,
                max = 10,
                doc =
                        "How fast ordinary traffic stays away from a queue: arrivals are the baseline times exp(-this x expected wait in days)",
                source = "assumption: ordinary travellers put off or reroute trips that would cost days of waiting")
        double ordinaryWaitDeterrencePerDay,

        @Param(
                min = 1,
                max = 30,
                doc = "Days ahead a man looks for a free seat on a flight; with none in that time he does not fly",
                source = "assumption; timeline-2022.csv 2022-09-21: direct flights sold out, fares up several times")
        int bookingHorizonDays,

        @Param(
                min = 0,
                max = 1000,
                doc = "Wait ahead in a road queue that men bear without thinking of giving up, hours",
                source = "assumption; seed 001: lines of more than 24 hours")
        double queueToleranceHours,

        @Param(
                min = 0,
                max = 20,
                doc =
                        "How fast men give up a queue: daily chance 1 - exp(-this x days of wait ahead beyond the tolerance)",
                source = "assumption")
        double renegeRatePerDayOverTolerance,

        @Param(
                min = 0,
                max = 20,
                doc =
                        "Daily hazard with which a man in a road queue where summonses are served, or on his way to it, gives up and goes home",
                source =
                        "assumption; timeline-2022.csv 2022-09-27: mobilization point at Upper Lars serving summonses in the queue")
        double draftPointGiveUpPerDay,

        @Param(
                min = 0,
                max = 1e6,
                doc = "What a month abroad costs a man who left (rent, food), RUB",
                source = "assumption")
        double livingCostAbroadRubPerMonth,

        @Param(
                min = 0,
                max = 1,
                doc = "Share of his income a man keeps earning abroad (remote work)",
                source = "assumption; seed 003: men kept working remotely")
        double incomeKeptAbroadShare,

        @Param(
                min = 0,
                max = 1,
                doc = "Daily chance that a man abroad whose money has run out comes back",
                source = "assumption")
        double brokeReturnRatePerDay,

        @Param(
                min = 0,
                max = 1,
                doc = "Daily chance that a man abroad whose permitted stay has ended comes back (the others move on)",
                source = "assumption; border_posts.csv: Mongolia 30 days (+30), Kazakhstan proposed 3 months")
        double stayEndReturnRatePerDay) {

    public BorderParams {
        posts = List.copyOf(Check.notNull("posts", posts));
        if (posts.size() > 127) {
            throw new IllegalArgumentException("at most 127 border posts, had " + posts.size());
        }
        Ranges.check(
                BorderParams.class,
                posts,
                roadKmPerDay,
                otherGroundsShare,
                visaHoldersShare,
                airPriceElasticity,
                airPriceAdjustment,
                ordinaryFareElasticity,
                queueSummonsPer1000PerDay,
                ordinaryWaitDeterrencePerDay,
                bookingHorizonDays,
                queueToleranceHours,
                renegeRatePerDayOverTolerance,
                draftPointGiveUpPerDay,
                livingCostAbroadRubPerMonth,
                incomeKeptAbroadShare,
                brokeReturnRatePerDay,
                stayEndReturnRatePerDay);
    }
}
