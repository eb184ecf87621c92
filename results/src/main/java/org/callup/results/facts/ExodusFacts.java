package org.callup.results.facts;

import static org.callup.results.facts.Autumn2022.DECREE;
import static org.callup.results.facts.Autumn2022.FIRST_WEEK_END;
import static org.callup.results.facts.Autumn2022.NOV_30;
import static org.callup.results.facts.Autumn2022.oct;
import static org.callup.results.facts.FactSeries.count;
import static org.callup.results.facts.FactSeries.percent;
import static org.callup.results.facts.FactSeries.show;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts of the exodus: it peaked within the first week and fell by early October; most posts' queues cleared
 * within about two weeks; many who left came back in the following months.
 */
final class ExodusFacts {
    static final String EMIGRANTS = "emigrants";
    static final String WAIT = "queue_wait_hours";
    static final String ABROAD = "abroad";
    /** Persons queued at a post; an air route holds bookings, never a queue, so this stays 0 there. */
    static final String QUEUE = "queue_length";
    /** A post whose longest wait is shorter than this had no queue worth the name, and is not judged. */
    static final double QUEUE_HOURS = 12;

    static final int CLEAR_DAYS = 14;
    static final double CLEARED_SHARE = 0.10;
    /**
     * How far the number abroad must fall from its peak by 30 Nov for "many came back". The reports say "many" and
     * give no figure that is not a calibration target; assumption.
     */
    static final double RETURN_FALL = 0.20;

    private ExodusFacts() {}

    /**
     * How many days after the first week (21-27 Sep) the largest 7-day window may end: its middle day then still
     * falls in the first week. A window that must end on 27 Sep asks that 21 Sep carried more than 28 Sep, which the
     * record's own daily counts deny: Georgia counted 6,402 entries on 21 Sep and 9,642 on 28 Sep
     * (calibration-targets.csv ge_sep21, ge_sep28), so Georgia's largest week ends on 28 Sep at the earliest, while
     * its largest day was 25 Sep (ge_sep25) and Finland's 24 Sep (finland_sep24).
     */
    static final int PEAK_WEEK_MIDDLE = 3;

    static final StylizedFact FIRST_WEEK = new Fact(
            "exodus_first_week",
            "The exodus peaked within the first week and fell by early October.",
            "The largest 7-day total of emigrants (scope all, windows ending 27 Sep to 30 Nov) is centred in the "
                    + "first week (its middle day 21-27 Sep: it ends by 30 Sep), and the total of 3-9 Oct is below "
                    + "half of it.",
            "Georgian and Finnish daily entries (calibration-targets.csv rows ge_*, fi_*: Georgia's largest day 25 "
                    + "Sep, Finland's 24 Sep); seed 003",
            ExodusFacts::firstWeek);

    static final StylizedFact QUEUES_CLEAR = new Fact(
            "queues_clear",
            "Most posts' queues cleared within about two weeks.",
            "Of the land posts (posts with persons queued on some day; air routes are bookings, not queues) "
                    + "whose expected wait reached " + count(QUEUE_HOURS) + " hours or more (21 Sep to 30 Nov), "
                    + "more than half have a day with a wait under " + percent(CLEARED_SHARE) + " of their peak "
                    + "within " + CLEAR_DAYS + " days after it (posts peaking after 16 Nov are not judged).",
            "Upper Lars queue of 26 Sep and its clearing (calibration-targets.csv row wait_upper_lars_peak); "
                    + "seeds 001, 003",
            ExodusFacts::queuesClear);

    static final StylizedFact RETURNS = new Fact(
            "returns",
            "Many who left came back in the following months.",
            "Men abroad (scope all) on 30 Nov are at least " + percent(RETURN_FALL) + " fewer than at their peak "
                    + "after 21 Sep (the threshold is an assumption: the reports say 'many').",
            "seed 003",
            ExodusFacts::returns);

    static List<StylizedFact> all() {
        return List.of(FIRST_WEEK, QUEUES_CLEAR, RETURNS);
    }

    static Fact.Verdict firstWeek(FactSeries run) {
        double[] e = run.series("all", EMIGRANTS);
        int first = run.day(FIRST_WEEK_END);
        int last = run.day(NOV_30);
        run.day(DECREE); // the first window is 21-27 Sep
        int peakEnd = -1;
        double peak = -1;
        for (int d = first; d <= last; d++) {
            double week = FactSeries.sum(e, d - 6, d, "all", EMIGRANTS);
            if (week > peak) {
                peak = week;
                peakEnd = d;
            }
        }
        double october = run.sum("all", EMIGRANTS, oct(3), oct(9));
        if (peak <= 0) {
            return new Fact.Verdict(false, "no emigrants from 21 Sep to 30 Nov");
        }
        return new Fact.Verdict(
                peakEnd <= first + PEAK_WEEK_MIDDLE && october < peak / 2,
                "largest 7 days end " + show(run.date(peakEnd)) + " (" + count(peak) + "); 3-9 Oct " + count(october)
                        + ", " + percent(october / peak) + " of it");
    }

    static Fact.Verdict queuesClear(FactSeries run) {
        int from = run.day(DECREE);
        int to = run.day(NOV_30);
        int judged = 0;
        List<String> notCleared = new ArrayList<>();
        List<String> posts = run.scopes("post:", WAIT);
        if (posts.isEmpty()) {
            throw new MissingData("the run has no series " + WAIT + " for any post");
        }
        for (String post : posts) {
            if (!queuedOnSomeDay(run, post, from, to)) {
                continue;
            }
            double[] w = run.series(post, WAIT);
            int peakDay = from;
            for (int d = from; d <= to; d++) {
                if (!Double.isNaN(w[d]) && (Double.isNaN(w[peakDay]) || w[d] > w[peakDay])) {
                    peakDay = d;
                }
            }
            double peak = w[peakDay];
            if (Double.isNaN(peak) || peak < QUEUE_HOURS || peakDay + CLEAR_DAYS > to) {
                continue;
            }
            judged++;
            boolean cleared = false;
            for (int d = peakDay + 1; d <= peakDay + CLEAR_DAYS; d++) {
                cleared |= !Double.isNaN(w[d]) && w[d] < CLEARED_SHARE * peak;
            }
            if (!cleared) {
                notCleared.add(post.substring("post:".length()));
            }
        }
        if (judged == 0) {
            return new Fact.Verdict(false, "no post had a wait of " + count(QUEUE_HOURS) + " hours or more");
        }
        int cleared = judged - notCleared.size();
        return new Fact.Verdict(
                2 * cleared > judged,
                cleared + " of " + judged + " posts with a queue cleared within " + CLEAR_DAYS + " days"
                        + (notCleared.isEmpty() ? "" : " (not: " + String.join(", ", notCleared) + ")"));
    }

    /** Whether anyone stood in the post's queue between the two days: a land post, not an air route's bookings. */
    private static boolean queuedOnSomeDay(FactSeries run, String post, int from, int to) {
        double[] q = run.series(post, QUEUE);
        for (int d = from; d <= to; d++) {
            if (q[d] > 0) {
                return true;
            }
        }
        return false;
    }

    static Fact.Verdict returns(FactSeries run) {
        double[] a = run.series("all", ABROAD);
        int from = run.day(DECREE);
        int to = run.day(NOV_30);
        int peakDay = from;
        for (int d = from; d <= to; d++) {
            if (Double.isNaN(a[d])) {
                throw new MissingData("the run has no value of " + ABROAD + " on some days");
            }
            if (a[d] > a[peakDay]) {
                peakDay = d;
            }
        }
        double peak = a[peakDay];
        if (peak <= 0) {
            return new Fact.Verdict(false, "nobody abroad from 21 Sep to 30 Nov");
        }
        double fall = 1 - a[to] / peak;
        return new Fact.Verdict(
                fall >= RETURN_FALL,
                "abroad " + count(peak) + " at the peak (" + show(run.date(peakDay)) + "), " + count(a[to])
                        + " on 30 Nov: " + percent(fall) + " fewer");
    }
}
