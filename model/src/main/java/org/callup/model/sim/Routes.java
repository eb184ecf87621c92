package org.callup.model.sim;

import org.callup.model.border.BorderPosts;
import org.callup.model.params.PostMode;

/**
 * The border posts as a man who thinks of leaving sees them today (docs/ODD.md, sections 7.10 and 7.11): their state
 * as the news reported it, today's fares, and per region and post the travel time and the distance.
 *
 * @param perceived      the posts' state as men know it (with the news delay)
 * @param price          fare or cost of the route per post, RUB
 * @param travelDays     days of travel per region and post
 * @param distance1000Km great-circle distance per region and post, thousands of km
 * @param mode           mode of each post
 * @param seatLeadHours  air routes: hours to the first flight with a free seat, seen on booking sites without delay
 *                       (+inf: none within the booking horizon); 0 for road and rail posts
 * @param countryOf      per post, the index of its destination country (the nests of the route choice)
 */
record Routes(
        BorderPosts.Perceived perceived,
        double[] price,
        int[][] travelDays,
        double[][] distance1000Km,
        PostMode[] mode,
        double[] seatLeadHours,
        int[] countryOf) {

    /** Routes in which every post is its own destination (no two posts share a country). */
    Routes(
            BorderPosts.Perceived perceived,
            double[] price,
            int[][] travelDays,
            double[][] distance1000Km,
            PostMode[] mode,
            double[] seatLeadHours) {
        this(perceived, price, travelDays, distance1000Km, mode, seatLeadHours, ownCountries(mode.length));
    }

    private static int[] ownCountries(int posts) {
        int[] c = new int[posts];
        for (int p = 0; p < posts; p++) {
            c[p] = p;
        }
        return c;
    }
}
