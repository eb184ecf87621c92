package org.callup.cli;

import java.util.List;
import java.util.Locale;
import org.callup.experiments.compare.DifferenceRow;
import org.callup.experiments.compare.PairedDifference;
import org.callup.experiments.compare.Signed;

/** The printed table of {@code callup compare}: the headline differences at scope {@code all}. */
final class CompareTable {
    private CompareTable() {}

    static String format(String baseline, List<DifferenceRow> rows, int replications, boolean posterior) {
        StringBuilder sb = new StringBuilder();
        sb.append(
                posterior
                        ? String.format(
                                Locale.ROOT,
                                "Paired differences from %s over %d posterior draws, each on its own seed, shared by "
                                        + "every scenario (95%% intervals: posterior parameters and run-to-run noise)%n",
                                baseline,
                                replications)
                        : String.format(
                                Locale.ROOT,
                                "Paired differences from %s, %d replications on common seeds "
                                        + "(95%% intervals: run-to-run noise only)%n",
                                baseline,
                                replications));
        String head = String.format(
                Locale.ROOT,
                "%-22s %-24s %-8s %12s %12s %12s %27s %8s %6s",
                "alternative",
                "metric",
                "window",
                "baseline",
                "alternative",
                "difference",
                "95% interval",
                "rel.",
                "pair×");
        sb.append(head).append('\n');
        for (DifferenceRow r : rows) {
            if (!r.scope().equals("all")) {
                continue;
            }
            PairedDifference d = r.difference();
            sb.append(String.format(
                    Locale.ENGLISH,
                    "%-22s %-24s %-8s %,12.0f %,12.0f %12s %27s %8s %6s%s%n",
                    trim(r.alternative(), 22),
                    trim(r.metric() + ":" + r.statistic().key(), 24),
                    trim(r.window().name(), 8),
                    d.baselineMean(),
                    d.alternativeMean(),
                    Signed.count(d.meanDifference()),
                    Signed.interval(d.ciLow(), d.ciHigh()),
                    Signed.percent(d.relativeDifference()),
                    Double.isNaN(d.varianceReduction())
                            ? "-"
                            : String.format(Locale.ROOT, "%.1f", d.varianceReduction()),
                    r.quotaBound() ? " *" : ""));
        }
        sb.append("pair×: variance reduction from pairing, (var(baseline) + var(alternative)) / var(difference); "
                + "* fixed by the quota (see the caveat)");
        return sb.toString();
    }

    private static String trim(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
