package org.callup.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily values of a set of series over consecutive dates: one {@code double[]} per day, one entry per series
 * (the compact layout a recorder fills while the model runs). NaN marks a value the model did not define.
 * The table owns its arrays; callers must not change them.
 */
public final class DailyTable {
    private final LocalDate startDate;
    private final List<SeriesKey> keys;
    private final Map<SeriesKey, Integer> index;
    private final List<double[]> rows;

    /**
     * @param startDate date of day 0
     * @param keys      the series, in the order of each row's entries; no duplicates
     * @param rows      one row per consecutive day, each with {@code keys.size()} entries
     */
    public DailyTable(LocalDate startDate, List<SeriesKey> keys, List<double[]> rows) {
        if (startDate == null) {
            throw new IllegalArgumentException("startDate is required");
        }
        this.startDate = startDate;
        this.keys = List.copyOf(keys);
        this.index = indexOf(this.keys);
        for (int d = 0; d < rows.size(); d++) {
            if (rows.get(d).length != this.keys.size()) {
                throw new IllegalArgumentException(
                        "day " + d + " has " + rows.get(d).length + " values, expected " + this.keys.size());
            }
        }
        this.rows = Collections.unmodifiableList(new ArrayList<>(rows));
    }

    private static Map<SeriesKey, Integer> indexOf(List<SeriesKey> keys) {
        Map<SeriesKey, Integer> m = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (m.put(keys.get(i), i) != null) {
                throw new IllegalArgumentException("series " + keys.get(i) + " appears twice");
            }
        }
        return m;
    }

    public LocalDate startDate() {
        return startDate;
    }

    /** Date of the last day, or the day before the start when the table is empty. */
    public LocalDate endDate() {
        return startDate.plusDays(days() - 1L);
    }

    public int days() {
        return rows.size();
    }

    public LocalDate date(int day) {
        return startDate.plusDays(day);
    }

    /** Day index of a date: negative before the start, {@code >= days()} after the end. */
    public int dayOf(LocalDate date) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(startDate, date);
    }

    public List<LocalDate> dates() {
        List<LocalDate> out = new ArrayList<>(days());
        for (int d = 0; d < days(); d++) {
            out.add(date(d));
        }
        return out;
    }

    /** The series in row order. */
    public List<SeriesKey> keys() {
        return keys;
    }

    public boolean has(SeriesKey key) {
        return index.containsKey(key);
    }

    /** Position of a series in each row, or -1. */
    public int column(SeriesKey key) {
        return index.getOrDefault(key, -1);
    }

    /** The values of one day, in {@link #keys()} order (shared, do not modify). */
    public double[] row(int day) {
        return rows.get(day);
    }

    public double value(int day, int column) {
        return rows.get(day)[column];
    }

    /** A fresh array with the daily values of one series; throws if the table does not have it. */
    public double[] series(SeriesKey key) {
        int c = column(key);
        if (c < 0) {
            throw new IllegalArgumentException("no series " + key);
        }
        double[] out = new double[days()];
        for (int d = 0; d < out.length; d++) {
            out[d] = rows.get(d)[c];
        }
        return out;
    }
}
