package org.callup.model.params;

import java.util.List;

/** Border posts and the terms of travel to them. */
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
        double ordinaryWaitDeterrencePerDay) {

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
                queueSummonsPer1000PerDay,
                ordinaryWaitDeterrencePerDay);
    }
}
