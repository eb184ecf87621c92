package org.callup.results.facts;

import static org.callup.results.facts.Autumn2022.DECREE;
import static org.callup.results.facts.Autumn2022.FIRST_WEEK_END;
import static org.callup.results.facts.Autumn2022.NOV_30;
import static org.callup.results.facts.Autumn2022.SEP_28;
import static org.callup.results.facts.Autumn2022.sep;
import static org.callup.results.facts.FactSeries.count;
import static org.callup.results.facts.FactSeries.percent;
import static org.callup.results.facts.FactSeries.show;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The facts of protest and attacks: protests came in a few waves in the first week, first in the two capitals and
 * then in the North Caucasus and Yakutia, and were no longer mass events after it; attacks on offices went on
 * after the first week at a lower rate.
 */
final class ProtestFacts {
    static final String ARRESTS = "protest_arrests";
    static final String ATTACKS = "office_attacks";
    /** Of the largest day of detentions, what a later day may reach and still not be a mass event. */
    static final double AFTERMATH_SHARE = 0.10;

    static final List<String> CAPITALS = List.of("region:moscow_city", "region:saint_petersburg");
    /** The North Caucasus (Dagestan, Chechnya and the rest of the district) and Yakutia (Sakha). */
    static final List<String> PERIPHERY =
            List.of("region:dagestan", "region:chechnya", "region:north_caucasian_fd_rest", "region:sakha");

    private static final String OVD = "OVD-Info counts of 21 and 24 Sep and Makhachkala on 25 Sep "
            + "(calibration-targets.csv rows arrests_day_one, arrests_sep24, arrests_dagestan_sep25, "
            + "arrests_capitals_sep21); seed 000";

    private ProtestFacts() {}

    static final StylizedFact WAVES = new Fact(
            "protest_waves",
            "Protests came in a few waves in the first week; after it, detentions were no longer mass events.",
            "The three days with the most protest arrests (scope all, 21 Sep to 30 Nov) all fall in 21-26 Sep, and "
                    + "no day from 29 Sep to 30 Nov exceeds " + percent(AFTERMATH_SHARE) + " of the largest day.",
            OVD,
            ProtestFacts::waves);

    static final StylizedFact CAPITALS_FIRST = new Fact(
            "protest_capitals_first",
            "On the first day, protests and detentions were mostly in the two capitals.",
            "On 21 Sep, Moscow city and Saint Petersburg together hold more than half of the day's protest arrests "
                    + "(reported: 536 + 478 of 1,313, 77%).",
            "OVD-Info, morning of 22 Sep (calibration-targets.csv row arrests_capitals_sep21)",
            ProtestFacts::capitalsFirst);

    static final StylizedFact PERIPHERY_LATER = new Fact(
            "protest_periphery_later",
            "A later wave came in the North Caucasus and Yakutia on 25-26 Sep.",
            "Protest arrests in Dagestan, Chechnya, the rest of the North Caucasian district and Sakha together are "
                    + "more on 25-26 Sep than on 21-22 Sep.",
            "Makhachkala on 25 Sep (calibration-targets.csv row arrests_dagestan_sep25); seed 001",
            ProtestFacts::peripheryLater);

    static final StylizedFact ATTACKS_CONTINUE = new Fact(
            "attacks_continue",
            "Arson and other attacks on offices went on after the first week, at a lower rate.",
            "At least one office attack from 29 Sep to 30 Nov, and their daily rate then is lower than in "
                    + "21-27 Sep.",
            "Mediazona via Meduza, 28 Sep (calibration-targets.csv row arson_to_sep28); seed 001",
            ProtestFacts::attacksContinue);

    static List<StylizedFact> all() {
        return List.of(WAVES, CAPITALS_FIRST, PERIPHERY_LATER, ATTACKS_CONTINUE);
    }

    static Fact.Verdict waves(FactSeries run) {
        double[] a = run.series("all", ARRESTS);
        int from = run.day(DECREE);
        int to = run.day(NOV_30);
        int lastOfWaves = run.day(sep(26));
        int after = run.day(SEP_28) + 1;
        List<Integer> top = IntStream.rangeClosed(from, to)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer d) -> -value(a, d)).thenComparing(d -> d))
                .limit(3)
                .toList();
        double peak = value(a, top.get(0));
        double later = IntStream.rangeClosed(after, to)
                .mapToDouble(d -> value(a, d))
                .max()
                .orElse(0);
        boolean inWaves = top.stream().allMatch(d -> d <= lastOfWaves);
        String days = top.stream().sorted().map(d -> show(run.date(d))).collect(Collectors.joining(", "));
        if (peak <= 0) {
            return new Fact.Verdict(false, "no protest arrests from 21 Sep to 30 Nov");
        }
        return new Fact.Verdict(
                inWaves && later <= AFTERMATH_SHARE * peak,
                "three largest days " + days + "; largest day after 28 Sep " + count(later) + ", "
                        + percent(later / peak) + " of the peak (" + count(peak) + ")");
    }

    static Fact.Verdict capitalsFirst(FactSeries run) {
        double all = run.sum("all", ARRESTS, DECREE, DECREE);
        double capitals = 0;
        for (String c : CAPITALS) {
            capitals += run.sum(c, ARRESTS, DECREE, DECREE);
        }
        if (all <= 0) {
            return new Fact.Verdict(false, "no protest arrests on 21 Sep");
        }
        return new Fact.Verdict(
                capitals > all / 2,
                "capitals " + count(capitals) + " of " + count(all) + " on 21 Sep (" + percent(capitals / all) + ")");
    }

    static Fact.Verdict peripheryLater(FactSeries run) {
        double first = 0;
        double later = 0;
        for (String r : PERIPHERY) {
            first += run.sum(r, ARRESTS, sep(21), sep(22));
            later += run.sum(r, ARRESTS, sep(25), sep(26));
        }
        return new Fact.Verdict(
                later > first, count(first) + " arrested there on 21-22 Sep, " + count(later) + " on 25-26 Sep");
    }

    static Fact.Verdict attacksContinue(FactSeries run) {
        double firstWeek = run.sum("all", ATTACKS, DECREE, FIRST_WEEK_END);
        double after = run.sum("all", ATTACKS, SEP_28.plusDays(1), NOV_30);
        double firstRate = firstWeek / 7;
        double laterRate = after / (run.day(NOV_30) - run.day(SEP_28));
        return new Fact.Verdict(
                after >= 1 && laterRate < firstRate,
                String.format(
                        Locale.ROOT,
                        "%.1f attacks 29 Sep-30 Nov (%.2f a day) against %.1f in 21-27 Sep (%.2f a day)",
                        after,
                        laterRate,
                        firstWeek,
                        firstRate));
    }

    private static double value(double[] s, int d) {
        if (Double.isNaN(s[d])) {
            throw new MissingData("the run has no value of " + ARRESTS + " on some days");
        }
        return s[d];
    }
}
