package org.callup.results.facts;

import static org.callup.results.facts.Autumn2022.DECLARED_END;
import static org.callup.results.facts.Autumn2022.DECREE;
import static org.callup.results.facts.Autumn2022.NOV_30;
import static org.callup.results.facts.Autumn2022.oct;
import static org.callup.results.facts.FactSeries.percent;
import static org.callup.results.facts.FactSeries.show;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The regional facts: the call-up's burden fell disproportionately on poorer and ethnic regions; the poor could not
 * leave; Moscow declared its call-up complete around 17 October, well before the national end.
 */
final class BurdenFacts {
    static final String MOBILIZED = "mobilized";
    static final String QUOTA = "quota";
    static final String MOSCOW = "region:moscow_city";
    /** The regions marked ethnic republics in regions.csv. */
    static final List<String> ETHNIC = List.of(
            "region:dagestan",
            "region:chechnya",
            "region:buryatia",
            "region:tuva",
            "region:sakha",
            "region:bashkortostan",
            "region:tatarstan");
    /** The two regions of regions.csv with the lowest average wage (28,700 and 28,800 RUB; Moscow city 99,500). */
    static final List<String> POOREST = List.of("region:dagestan", "region:chechnya");

    static final String EMIGRANTS = "emigrants";
    /** The share of its quota at which a region counts as done: the mean of replications never lands exactly. */
    static final double COMPLETE = 0.95;

    static final LocalDate EARLIEST = oct(10);
    static final LocalDate LATEST = oct(24);

    private BurdenFacts() {}

    static final StylizedFact BURDEN = new Fact(
            "burden_ethnic_regions",
            "The call-up's burden fell disproportionately on poorer and ethnic regions.",
            "Men mobilized from 21 Sep to 28 Oct per man of mobilization age (all states on 21 Sep) is higher in "
                    + "the ethnic republics of regions.csv together (Dagestan, Chechnya, Buryatia, Tuva, Sakha, "
                    + "Bashkortostan, Tatarstan) than in Moscow city.",
            "seed 001 (minorities disproportionately called up)",
            BurdenFacts::burden);

    static final StylizedFact MOSCOW_EARLY = new Fact(
            "moscow_completes_early",
            "Moscow declared its call-up complete around 17 October, well before the national end.",
            "Moscow city's completion day (the first day its men mobilized since 21 Sep reach " + percent(COMPLETE)
                    + " of its largest quota up to 28 Oct) falls in 10-24 Oct, and before the national completion "
                    + "day (the same rule at scope all; never reached counts as after).",
            "Sobyanin, 17 Oct 2022; the national end declared 28 Oct (calibration-targets.csv row mob_completion)",
            BurdenFacts::moscowEarly);

    static final StylizedFact POOR_STAY = new Fact(
            "emigration_by_income",
            "The poor could not leave: those with money and a car left, the poor and ethnic minorities stayed.",
            "Men who left the country from 21 Sep to 30 Nov (emigrants) per man of mobilization age (all states on "
                    + "21 Sep) is at least twice as high in Moscow city (the highest average wage of regions.csv) "
                    + "as in Dagestan and Chechnya together (the lowest).",
            "seeds 001, 003 (money and a car decided who could leave; the poor and minorities could not)",
            BurdenFacts::poorStay);

    static List<StylizedFact> all() {
        return List.of(BURDEN, POOR_STAY, MOSCOW_EARLY);
    }

    /** Twice: a difference the noise of a run at scale 100 cannot make, and well short of the wage ratio (3.5). */
    static final double POOR_STAY_RATIO = 2;

    static Fact.Verdict poorStay(FactSeries run) {
        double men = men(run, MOSCOW);
        double moscow = men > 0 ? run.sum(MOSCOW, EMIGRANTS, DECREE, NOV_30) / men : Double.NaN;
        double left = 0;
        double poorMen = 0;
        for (String r : POOREST) {
            left += run.sum(r, EMIGRANTS, DECREE, NOV_30);
            poorMen += men(run, r);
        }
        double poor = poorMen > 0 ? left / poorMen : Double.NaN;
        if (Double.isNaN(moscow) || Double.isNaN(poor)) {
            throw new MissingData("the run has no men of mobilization age in Moscow city or Dagestan and Chechnya");
        }
        return new Fact.Verdict(
                moscow >= POOR_STAY_RATIO * poor,
                String.format(
                        Locale.ROOT,
                        "left per 1,000 men: Moscow city %.1f, Dagestan and Chechnya %.1f%s",
                        1000 * moscow,
                        1000 * poor,
                        poor > 0 ? String.format(Locale.ROOT, " (%.2f times)", moscow / poor) : ""));
    }

    static Fact.Verdict burden(FactSeries run) {
        double moscow = rate(run, MOSCOW);
        double mobilized = 0;
        double men = 0;
        for (String r : ETHNIC) {
            mobilized += run.sum(r, MOBILIZED, DECREE, DECLARED_END);
            men += men(run, r);
        }
        double ethnic = men > 0 ? mobilized / men : Double.NaN;
        if (Double.isNaN(moscow) || Double.isNaN(ethnic)) {
            throw new MissingData("the run has no men of mobilization age in Moscow city or the ethnic republics");
        }
        return new Fact.Verdict(
                ethnic > moscow,
                String.format(
                        Locale.ROOT,
                        "per 1,000 men: ethnic republics %.1f, Moscow city %.1f%s",
                        1000 * ethnic,
                        1000 * moscow,
                        moscow > 0 ? String.format(Locale.ROOT, " (%.2f times)", ethnic / moscow) : ""));
    }

    private static double rate(FactSeries run, String region) {
        double men = men(run, region);
        return men > 0 ? run.sum(region, MOBILIZED, DECREE, DECLARED_END) / men : Double.NaN;
    }

    /** Men of mobilization age in a region: every man is in one state, so the state stocks add up to them. */
    static double men(FactSeries run, String region) {
        List<String> states = run.metrics(region, "state_");
        if (states.isEmpty()) {
            throw new MissingData("the run has no state_* series in scope " + region);
        }
        double men = 0;
        for (String s : states) {
            men += run.sum(region, s, DECREE, DECREE);
        }
        return men;
    }

    static Fact.Verdict moscowEarly(FactSeries run) {
        run.day(DECLARED_END);
        int moscow = completion(run, MOSCOW);
        int nation = completion(run, "all");
        String text = percent(COMPLETE) + " of the quota reached: Moscow city " + when(run, moscow) + ", the country "
                + when(run, nation);
        if (moscow < 0) {
            return new Fact.Verdict(false, text);
        }
        boolean inWindow =
                !run.date(moscow).isBefore(EARLIEST) && !run.date(moscow).isAfter(LATEST);
        return new Fact.Verdict(inWindow && (nation < 0 || moscow < nation), text);
    }

    private static String when(FactSeries run, int day) {
        return day < 0 ? "never" : "on " + show(run.date(day));
    }

    /** The first day a scope's men mobilized since the decree reach {@link #COMPLETE} of its quota, or -1. */
    static int completion(FactSeries run, String scope) {
        double[] q = run.series(scope, QUOTA);
        double[] m = run.series(scope, MOBILIZED);
        int from = run.day(DECREE);
        int end = run.day(DECLARED_END);
        double quota = 0;
        for (int d = from; d <= end; d++) {
            quota = Double.isNaN(q[d]) ? quota : Math.max(quota, q[d]);
        }
        if (quota <= 0) {
            throw new MissingData("no quota in force in scope " + scope + " from 21 Sep to 28 Oct");
        }
        double cumulative = 0;
        for (int d = from; d < m.length; d++) {
            cumulative += Double.isNaN(m[d]) ? 0 : m[d];
            if (cumulative >= COMPLETE * quota) {
                return d;
            }
        }
        return -1;
    }
}
