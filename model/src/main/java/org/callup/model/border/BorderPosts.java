package org.callup.model.border;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callup.model.params.BorderParams;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.PostMode;

/**
 * Runtime state of the border posts: queues, air fares, today's counts, and the history of waits and rules that
 * citizens learn about with a delay. Post ids and order are those of the scenario (from border_posts.csv).
 */
public final class BorderPosts {
    private final int posts;
    private final List<String> countries;
    public final int[] countryOf;
    public final BorderQueue[] queues;
    /** Current cheapest fare (RUB); for road and rail posts the fixed trip price. */
    public final double[] price;
    // today's flows, real persons
    public final double[] emigrants;
    public final double[] crossingsOut;
    public final double[] turnedBack;
    public final double[] summonsServed;
    public final double[] returned;
    /** Men abroad who left through the post (simulated citizens). */
    public final long[] abroad;
    /** End-of-day queue in persons and wait in hours, per post. */
    public final double[] queuePersons;
    public final double[] waitHours;
    // history for delayed news: [day][post]
    private final double[][] waitHistory;
    private final boolean[][] openHistory;
    private final boolean[][] turnBackHistory;
    private final boolean[][] queueSummonsHistory;
    private final boolean[][] visaRefusedHistory;
    private final boolean[][] footHistory;
    private final boolean[][] visaHistory;
    /** Persons who set off today from each region to each post. */
    public final double[][] departures;

    public BorderPosts(BorderParams bp, int days, int regions) {
        posts = bp.posts().size();
        Map<String, Integer> cIdx = new LinkedHashMap<>();
        countryOf = new int[posts];
        for (int p = 0; p < posts; p++) {
            String c = bp.posts().get(p).destinationCountry();
            cIdx.putIfAbsent(c, cIdx.size());
            countryOf[p] = cIdx.get(c);
        }
        countries = new ArrayList<>(cIdx.keySet());
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
        returned = new double[posts];
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
        departures = new double[regions][posts];
    }

    public int count() {
        return posts;
    }

    public List<String> countries() {
        return countries;
    }

    public void clearDay() {
        java.util.Arrays.fill(emigrants, 0);
        java.util.Arrays.fill(crossingsOut, 0);
        java.util.Arrays.fill(turnedBack, 0);
        java.util.Arrays.fill(summonsServed, 0);
        java.util.Arrays.fill(returned, 0);
        for (double[] row : departures) {
            java.util.Arrays.fill(row, 0);
        }
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
        }
    }

    /** What citizens believe about the posts on {@code day}: the state of {@code delay} days earlier. */
    public Perceived perceived(int day, int delay) {
        int d = Math.max(0, Math.min(day - delay, waitHistory.length - 1));
        return new Perceived(waitHistory[d], openHistory[d], turnBackHistory[d], queueSummonsHistory[d],
                visaRefusedHistory[d], footHistory[d], visaHistory[d]);
    }

    /** The posts as citizens perceive them (news with a delay). */
    public record Perceived(double[] waitHours, boolean[] open, boolean[] turnBack, boolean[] queueSummons,
                            boolean[] visaRefused, boolean[] footAllowed, boolean[] visaRequired) {
    }
}
