package org.callup.results.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callup.results.DailyTable;
import org.callup.results.SeriesKey;

/** Daily series written by hand for the fact checks: the default scenario's dates, every series 0 until set. */
final class SyntheticRun {
    static final LocalDate START = LocalDate.of(2022, 9, 14);
    static final LocalDate END = LocalDate.of(2022, 11, 30);

    private final LocalDate start;
    private final int days;
    private final Map<SeriesKey, double[]> series = new LinkedHashMap<>();

    SyntheticRun() {
        this(START, END);
    }

    SyntheticRun(LocalDate start, LocalDate end) {
        this.start = start;
        this.days = (int) ChronoUnit.DAYS.between(start, end) + 1;
    }

    double[] of(String scope, String metric) {
        return series.computeIfAbsent(new SeriesKey(scope, metric), k -> new double[days]);
    }

    SyntheticRun set(String scope, String metric, LocalDate date, double value) {
        of(scope, metric)[day(date)] = value;
        return this;
    }

    /** The same value on every day from {@code from} to {@code to}, both inclusive. */
    SyntheticRun fill(String scope, String metric, LocalDate from, LocalDate to, double value) {
        Arrays.fill(of(scope, metric), day(from), day(to) + 1, value);
        return this;
    }

    int day(LocalDate d) {
        return (int) ChronoUnit.DAYS.between(start, d);
    }

    DailyTable table() {
        List<SeriesKey> keys = new ArrayList<>(series.keySet());
        List<double[]> rows = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            double[] row = new double[keys.size()];
            for (int k = 0; k < keys.size(); k++) {
                row[k] = series.get(keys.get(k))[d];
            }
            rows.add(row);
        }
        return new DailyTable(start, keys, rows);
    }

    FactResult check(StylizedFact fact) {
        return StylizedFacts.check(fact, new FactSeries(table()));
    }

    static LocalDate sep(int d) {
        return LocalDate.of(2022, 9, d);
    }

    static LocalDate oct(int d) {
        return LocalDate.of(2022, 10, d);
    }

    static LocalDate nov(int d) {
        return LocalDate.of(2022, 11, d);
    }
}
