package org.callup.results.facts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.callup.results.DailyTable;
import org.callup.results.SeriesKey;

/**
 * A run's daily series as the stylized facts read them: by scope, metric and date, with every gap (a series the
 * run does not record, a date outside the run, a day without a value) raised as {@link MissingData} with a message
 * that says what is missing.
 */
public final class FactSeries {
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final DailyTable table;

    public FactSeries(DailyTable table) {
        this.table = table;
    }

    /** The daily values of a series; {@link MissingData} if the run does not record it. */
    double[] series(String scope, String metric) {
        SeriesKey key = new SeriesKey(scope, metric);
        if (!table.has(key)) {
            throw new MissingData("the run has no series " + metric + " in scope " + scope);
        }
        return table.series(key);
    }

    boolean has(String scope, String metric) {
        return table.has(new SeriesKey(scope, metric));
    }

    /** The day index of a date; {@link MissingData} if the run does not cover it. */
    int day(LocalDate date) {
        int d = table.dayOf(date);
        if (d < 0 || d >= table.days()) {
            throw new MissingData(
                    "the run (" + table.startDate() + " to " + table.endDate() + ") does not cover " + date);
        }
        return d;
    }

    LocalDate date(int day) {
        return table.date(day);
    }

    /** Total of a series over {@code from..to}, both inclusive; {@link MissingData} if a day has no value. */
    double sum(String scope, String metric, LocalDate from, LocalDate to) {
        double[] s = series(scope, metric);
        return sum(s, day(from), day(to), scope, metric);
    }

    static double sum(double[] s, int from, int to, String scope, String metric) {
        double acc = 0;
        for (int d = from; d <= to; d++) {
            if (Double.isNaN(s[d])) {
                throw new MissingData("the run has no value of " + metric + " in " + scope + " on some days");
            }
            acc += s[d];
        }
        return acc;
    }

    /** The scopes the run has for a metric whose names start with {@code prefix} ({@code post:}), in file order. */
    List<String> scopes(String prefix, String metric) {
        return table.keys().stream()
                .filter(k -> k.metric().equals(metric) && k.scope().startsWith(prefix))
                .map(SeriesKey::scope)
                .toList();
    }

    /** The metrics the run records in a scope whose names start with {@code prefix}. */
    List<String> metrics(String scope, String prefix) {
        return table.keys().stream()
                .filter(k -> k.scope().equals(scope) && k.metric().startsWith(prefix))
                .map(SeriesKey::metric)
                .toList();
    }

    /** A date as the checks print it: "21 Sep". */
    static String show(LocalDate d) {
        return d.format(SHORT);
    }

    static String percent(double fraction) {
        return Double.isNaN(fraction) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100 * fraction);
    }

    static String count(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ENGLISH, "%,.0f", v);
    }
}
