package org.callup.model.border;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callup.model.params.BorderParams;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.PostMode;

/**
 * Runtime state of the border posts: queues, air fares, today's counts, and the history of waits and rules that
 * citizens learn about with a delay. Post ids and order are those of the scenario (from border_posts.csv).
 *
 * <p>The border phase changes the state only through the {@code record...} and {@code moveFare} methods; everyone
 * reads it through the per-post getters. Flows are in real persons, {@link #abroad} in simulated citizens.
 */
public final class BorderPosts {
    private final int posts;
    private final List<String> countries;
    private final int[] countryOf;
    private final BorderQueue[] queues;
    private final double[] price;
    // today's flows, real persons
    private final double[] emigrants;
    private final double[] crossingsOut;
    private final double[] turnedBack;
    private final double[] summonsServed;
    private final double[] gaveUp;
    private final double[] noSeat;
    /** Air routes: persons (men) holding a seat on the flight of day d, at [post][d % RING]. */
    private final double[][] menBooked;
    /** Air routes: hours from today to the first flight with a free seat within the horizon, or +inf. */
    private final double[] seatLeadHours;

    private final long[] abroad;
    private final double[] queuePersons;
    private final double[] waitHours;
    // history for delayed news: [day][post]
    private final double[][] waitHistory;
    private final boolean[][] openHistory;
    private final boolean[][] turnBackHistory;
    private final boolean[][] queueSummonsHistory;
    private final boolean[][] visaRefusedHistory;
    private final boolean[][] footHistory;
    private final boolean[][] visaHistory;
    private final boolean[][] carsBarredHistory;

    public BorderPosts(BorderParams bp, int days) {
        posts = bp.posts().size();
        Map<String, Integer> cIdx = new LinkedHashMap<>();
        countryOf = new int[posts];
        for (int p = 0; p < posts; p++) {
            String c = bp.posts().get(p).destinationCountry();
            cIdx.putIfAbsent(c, cIdx.size());
            countryOf[p] = cIdx.get(c);
        }
        countries = List.copyOf(cIdx.keySet());
        queues = new BorderQueue[posts];
        for (int p = 0; p < posts; p++) {
            queues[p] = new BorderQueue();
        }
        price = new double[posts];
        for (int p = 0; p < posts; p++) {
            price[p] = bp.posts().get(p).priceRub();
        }
        emigrants = new double[posts];
        crossingsOut = new double[posts];
        turnedBack = new double[posts];
        summonsServed = new double[posts];
        gaveUp = new double[posts];
        noSeat = new double[posts];
        menBooked = new double[posts][RING];
        seatLeadHours = new double[posts];
        abroad = new long[posts];
        queuePersons = new double[posts];
        waitHours = new double[posts];
        waitHistory = new double[days + 1][posts];
        openHistory = new boolean[days + 1][posts];
        turnBackHistory = new boolean[days + 1][posts];
        queueSummonsHistory = new boolean[days + 1][posts];
        visaRefusedHistory = new boolean[days + 1][posts];
        footHistory = new boolean[days + 1][posts];
        visaHistory = new boolean[days + 1][posts];
        carsBarredHistory = new boolean[days + 1][posts];
    }

    /** Days of flights whose bookings are kept: more than the longest booking horizon. */
    public static final int RING = 32;

    public int count() {
        return posts;
    }

    /** Destination countries in order of their first post. */
    public List<String> countries() {
        return countries;
    }

    /** Index in {@link #countries()} of the country post {@code p} leads to. */
    public int countryOf(int p) {
        return countryOf[p];
    }

    /** The queue at post {@code p}; the border phase moves men through it. */
    public BorderQueue queue(int p) {
        return queues[p];
    }

    /** Current cheapest fare (RUB) at post {@code p}; for road and rail posts the fixed trip price. */
    public double price(int p) {
        return price[p];
    }

    /** Today's fares of all posts, a copy. */
    public double[] prices() {
        return price.clone();
    }

    /** Men who left the country through post {@code p} today (real persons). */
    public double emigrants(int p) {
        return emigrants[p];
    }

    /** Everyone who crossed at post {@code p} today, men and other travellers (real persons). */
    public double crossingsOut(int p) {
        return crossingsOut[p];
    }

    /** Men turned back at post {@code p} today (real persons). */
    public double turnedBack(int p) {
        return turnedBack[p];
    }

    /** Summons served in the queue at post {@code p} today (real persons). */
    public double summonsServed(int p) {
        return summonsServed[p];
    }

    /** Men who gave up the queue at post {@code p} today (real persons). */
    public double gaveUp(int p) {
        return gaveUp[p];
    }

    /** Men who found no seat on a flight of air route {@code p} within their horizon today (real persons). */
    public double noSeat(int p) {
        return noSeat[p];
    }

    /** Men (persons) holding a seat on the flight of air route {@code p} on day {@code day}. */
    public double menBooked(int p, int day) {
        return menBooked[p][Math.floorMod(day, RING)];
    }

    /** Books {@code persons} seats for men on the flight of air route {@code p} on day {@code day}. */
    public void book(int p, int day, double persons) {
        menBooked[p][Math.floorMod(day, RING)] += persons;
    }

    /** Forgets the bookings of the flight of day {@code day} once it has left (its slot serves a later day). */
    public void flightLeft(int p, int day) {
        menBooked[p][Math.floorMod(day, RING)] = 0;
    }

    /** Air routes: hours to the first flight with a free seat, as booking sites show it now; +inf if none. */
    public double seatLeadHours(int p) {
        return seatLeadHours[p];
    }

    /** Today's seat lead times of all posts, a copy (0 for road and rail posts). */
    public double[] seatLeadHours() {
        return seatLeadHours.clone();
    }

    public void recordSeatLead(int p, double hours) {
        seatLeadHours[p] = hours;
    }

    /** Men abroad who left through post {@code p} (simulated citizens). */
    public long abroad(int p) {
        return abroad[p];
    }

    /** End-of-day queue at post {@code p} (persons). */
    public double queuePersons(int p) {
        return queuePersons[p];
    }

    /** End-of-day expected wait at post {@code p} (hours). */
    public double waitHours(int p) {
        return waitHours[p];
    }

    public void clearDay() {
        Arrays.fill(emigrants, 0);
        Arrays.fill(crossingsOut, 0);
        Arrays.fill(turnedBack, 0);
        Arrays.fill(summonsServed, 0);
        Arrays.fill(gaveUp, 0);
        Arrays.fill(noSeat, 0);
    }

    /** One simulated man ({@code scale} real men) crossed at post {@code p} and is now abroad. */
    public void recordEmigrant(int p, int scale) {
        emigrants[p] += scale;
        crossingsOut[p] += scale;
        abroad[p]++;
    }

    /** Other travellers (real persons) crossed at post {@code p}. */
    public void recordOtherCrossings(int p, double persons) {
        crossingsOut[p] += persons;
    }

    public void recordTurnedBack(int p, double persons) {
        turnedBack[p] += persons;
    }

    public void recordGaveUp(int p, double persons) {
        gaveUp[p] += persons;
    }

    public void recordNoSeat(int p, double persons) {
        noSeat[p] += persons;
    }

    public void recordSummonsServed(int p, double persons) {
        summonsServed[p] += persons;
    }

    /** Men who had left through post {@code p} came back today (simulated citizens). */
    public void recordReturns(int p, long men) {
        abroad[p] -= men;
    }

    /**
     * The queue left at post {@code p} at the end of the day (persons) and the wait it means: the queue over the
     * daily capacity, a steady-state figure, 0 where there is no capacity (ODD §7.12).
     */
    public void recordQueue(int p, double persons, double capacityPersonsPerDay) {
        queuePersons[p] = persons;
        waitHours[p] = capacityPersonsPerDay > 0 ? persons / capacityPersonsPerDay * 24 : 0;
    }

    /** An air route has no queue; its wait is the time to the first free seat (ODD §7.12). */
    public void recordAirWait(int p, double hoursToFreeSeat) {
        queuePersons[p] = 0;
        waitHours[p] = hoursToFreeSeat;
    }

    /** Moves the fare at post {@code p} the share {@code adjustment} of the way toward {@code target} (RUB). */
    public void moveFare(int p, double target, double adjustment) {
        price[p] += adjustment * (target - price[p]);
    }

    /** Records what citizens can learn about the posts as of the start of {@code day}. */
    public void remember(int day, BorderParams bp) {
        int d = Math.min(day, waitHistory.length - 1);
        for (int p = 0; p < posts; p++) {
            BorderPostSpec s = bp.posts().get(p);
            waitHistory[d][p] = waitHours[p];
            openHistory[d][p] = s.open() && s.capacityPersonsPerDay() > 0;
            turnBackHistory[d][p] = s.rules().turnBackSummoned();
            queueSummonsHistory[d][p] = s.rules().summonsInQueue();
            visaRefusedHistory[d][p] = s.rules().touristVisaRefused();
            footHistory[d][p] = s.rules().footAllowed() || s.mode() != PostMode.ROAD;
            visaHistory[d][p] = s.rules().visaRequired();
            carsBarredHistory[d][p] = s.rules().nonResidentCarsBarred();
        }
    }

    /**
     * What citizens believe about the posts on {@code day}: the state of {@code delay} days earlier. The arrays are
     * copies, so that no reader can rewrite the history.
     */
    public Perceived perceived(int day, int delay) {
        int d = Math.max(0, Math.min(day - delay, waitHistory.length - 1));
        return new Perceived(
                waitHistory[d].clone(),
                openHistory[d].clone(),
                turnBackHistory[d].clone(),
                queueSummonsHistory[d].clone(),
                visaRefusedHistory[d].clone(),
                footHistory[d].clone(),
                visaHistory[d].clone(),
                carsBarredHistory[d].clone());
    }

    /** The posts as citizens perceive them (news with a delay). */
    public record Perceived(
            double[] waitHours,
            boolean[] open,
            boolean[] turnBack,
            boolean[] queueSummons,
            boolean[] visaRefused,
            boolean[] footAllowed,
            boolean[] visaRequired,
            boolean[] nonResidentCarsBarred) {}
}
