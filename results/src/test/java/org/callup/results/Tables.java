package org.callup.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Builds small daily tables for tests. */
final class Tables {
    static final List<SeriesKey> KEYS = List.of(
            new SeriesKey("all", "mobilized"),
            new SeriesKey("all", "queue_wait_hours"),
            new SeriesKey("region:moscow", "mobilized"),
            new SeriesKey("post:upper_lars", "queue_wait_hours"));

    private Tables() {}

    /** A table whose value on day d for series k is {@code f(d, k)}. */
    static DailyTable of(LocalDate start, int days, List<SeriesKey> keys, BiFunction<Integer, Integer, Double> f) {
        List<double[]> rows = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            double[] row = new double[keys.size()];
            for (int k = 0; k < row.length; k++) {
                row[k] = f.apply(d, k);
            }
            rows.add(row);
        }
        return new DailyTable(start, keys, rows);
    }

    static DailyTable of(double[]... columns) {
        List<SeriesKey> keys = KEYS.subList(0, columns.length);
        return of(TinyScenario.START, columns[0].length, keys, (d, k) -> columns[k][d]);
    }
}
