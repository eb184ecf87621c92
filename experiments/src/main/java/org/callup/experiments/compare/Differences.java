package org.callup.experiments.compare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.callup.model.observe.Metric;
import org.callup.results.ConfidenceInterval;
import org.callup.results.SeriesKey;

/**
 * Computes the paired differences of a comparison from the samples of the baseline and of each alternative:
 * every headline in every window and scope, and every headline metric day by day. Replication i of each
 * alternative is paired with replication i of the baseline (same seed).
 */
final class Differences {
    private final ComparePlan plan;
    private final ConfidenceInterval ci;
    private final LocalDate start;

    Differences(ComparePlan plan, ConfidenceInterval ci, LocalDate start) {
        this.plan = plan;
        this.ci = ci;
        this.start = start;
    }

    /** The series every scenario must keep for the comparison. */
    static Set<SeriesKey> wanted(ComparePlan plan) {
        Set<SeriesKey> out = new LinkedHashSet<>();
        for (String scope : plan.scopes()) {
            for (Headline h : plan.headlines()) {
                out.add(new SeriesKey(scope, h.metric().key()));
            }
            out.add(QuotaCheck.key(scope, Metric.MOBILIZED_CUMULATIVE));
            out.add(QuotaCheck.key(scope, Metric.QUOTA));
        }
        return out;
    }

    List<DifferenceRow> headlines(Samples baseline, Map<String, Samples> alternatives) {
        List<DifferenceRow> rows = new ArrayList<>();
        alternatives.forEach((name, alt) -> {
            for (String scope : plan.scopes()) {
                for (Headline h : plan.headlines()) {
                    SeriesKey k = new SeriesKey(scope, h.metric().key());
                    if (!baseline.has(k) || !alt.has(k)) {
                        continue; // not observed in this scope; ComparePlan checked the headlines' own scopes
                    }
                    for (Window w : plan.windows()) {
                        if (h.measuredOver(w)) {
                            rows.add(row(name, scope, h, w, baseline, alt, k));
                        }
                    }
                }
            }
        });
        return rows;
    }

    private DifferenceRow row(String name, String scope, Headline h, Window w, Samples b, Samples a, SeriesKey k) {
        int from = day(w.from());
        int to = day(w.to());
        int n = b.replications();
        double[] bv = new double[n];
        double[] av = new double[n];
        for (int r = 0; r < n; r++) {
            bv[r] = h.statistic().over(b.values(k, r), from, to);
            av[r] = h.statistic().over(a.values(k, r), from, to);
        }
        PairedDifference d = PairedDifference.of(bv, av, ci);
        boolean bound = false;
        String notes = "";
        if ((h.metric() == Metric.MOBILIZED || h.metric() == Metric.MOBILIZED_CUMULATIVE)
                && QuotaCheck.possible(b, scope)
                && QuotaCheck.possible(a, scope)) {
            QuotaCheck.Filled fb = QuotaCheck.filled(b, scope, from, to);
            QuotaCheck.Filled fa = QuotaCheck.filled(a, scope, from, to);
            bound = fb.all() && fa.all();
            notes = quotaNote(fb, fa);
        }
        return new DifferenceRow(name, scope, h.metric().key(), h.statistic(), w, d, bound, notes);
    }

    private String quotaNote(QuotaCheck.Filled b, QuotaCheck.Filled a) {
        if (b.all() && a.all()) {
            return String.format(
                    Locale.ROOT,
                    "fixed by construction: both scenarios fill the quota in this window in "
                            + "every replication (baseline on average by %s, alternative by %s); the total is capped by the "
                            + "quota, an assumption of the model, so its difference is not a finding: the policy changes when "
                            + "the quota is filled (differences-daily.csv) and who fills it (--scopes regions)",
                    QuotaCheck.date(start, b.meanDay()),
                    QuotaCheck.date(start, a.meanDay()));
        }
        if (b.replications() > 0 || a.replications() > 0) {
            return String.format(
                    Locale.ROOT,
                    "partly fixed by construction: the quota is filled in this window in "
                            + "%d of %d baseline and %d of %d alternative replications, and the total cannot exceed it",
                    b.replications(),
                    b.of(),
                    a.replications(),
                    a.of());
        }
        return "";
    }

    List<DailyDifferenceRow> daily(Samples baseline, Map<String, Samples> alternatives, int days) {
        Set<Metric> metrics = new LinkedHashSet<>();
        plan.headlines().forEach(h -> metrics.add(h.metric()));
        List<DailyDifferenceRow> rows = new ArrayList<>();
        alternatives.forEach((name, alt) -> {
            for (String scope : plan.scopes()) {
                for (Metric m : metrics) {
                    SeriesKey k = new SeriesKey(scope, m.key());
                    if (baseline.has(k) && alt.has(k)) {
                        dailyRows(name, scope, m, baseline, alt, k, days, false, rows);
                        if (m.kind() == Metric.Kind.FLOW) {
                            dailyRows(name, scope, m, baseline, alt, k, days, true, rows);
                        }
                    }
                }
            }
        });
        return rows;
    }

    private void dailyRows(
            String name,
            String scope,
            Metric m,
            Samples b,
            Samples a,
            SeriesKey k,
            int days,
            boolean cumulative,
            List<DailyDifferenceRow> out) {
        int n = b.replications();
        double[][] bv = new double[n][];
        double[][] av = new double[n][];
        for (int r = 0; r < n; r++) {
            bv[r] = cumulative ? cumulate(b.values(k, r)) : b.values(k, r);
            av[r] = cumulative ? cumulate(a.values(k, r)) : a.values(k, r);
        }
        for (int d = 0; d < days; d++) {
            double[] x = new double[n];
            double[] y = new double[n];
            for (int r = 0; r < n; r++) {
                x[r] = bv[r][d];
                y[r] = av[r][d];
            }
            out.add(new DailyDifferenceRow(
                    name,
                    scope,
                    m.key(),
                    cumulative ? DailyDifferenceRow.CUMULATIVE : DailyDifferenceRow.DAILY,
                    start.plusDays(d),
                    d,
                    PairedDifference.of(x, y, ci)));
        }
    }

    private static double[] cumulate(double[] v) {
        double[] out = new double[v.length];
        double s = 0;
        for (int d = 0; d < v.length; d++) {
            s += v[d];
            out[d] = s;
        }
        return out;
    }

    private int day(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(start, date);
    }
}
