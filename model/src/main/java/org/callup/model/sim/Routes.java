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
 * @param regionOfPost   per post, the index of the region it lies in (-1 if none): its residents may drive to it when
 *                       cars from other regions are barred
 */
record Routes(
        BorderPosts.Perceived perceived,
        double[] price,
        int[][] travelDays,
        double[][] distance1000Km,
        PostMode[] mode,
        double[] seatLeadHours,
        int[] countryOf,
        int[] regionOfPost) {

    /** Routes whose posts lie in no region of the population. */
    Routes(
            BorderPosts.Perceived perceived,
            double[] price,
            int[][] travelDays,
            double[][] distance1000Km,
            PostMode[] mode,
            double[] seatLeadHours,
            int[] countryOf) {
        this(perceived, price, travelDays, distance1000Km, mode, seatLeadHours, countryOf, noRegions(mode.length));
    }

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

    private static int[] noRegions(int posts) {
        int[] r = new int[posts];
        java.util.Arrays.fill(r, -1);
        return r;
    }

    /**
     * Whether a man of region r who owns a car drives it to road post p: unless he knows (with the news delay) that
     * the cars of non-residents are barred there and he does not live in its region (ODD 7.11).
     */
    boolean drives(int p, int r, boolean car) {
        return car && mode[p] == PostMode.ROAD && !(perceived.nonResidentCarsBarred()[p] && regionOfPost[p] != r);
    }

    private static int[] ownCountries(int posts) {
        int[] c = new int[posts];
        for (int p = 0; p < posts; p++) {
            c[p] = p;
        }
        return c;
    }
}
