package org.callup.experiments.compare;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.callup.results.CsvValues;

/**
 * Writes {@code differences.csv} and {@code differences-daily.csv}, tidy: one row per observation, every column
 * named for what it holds. Differences are alternative minus baseline; {@code ci_low}/{@code ci_high} bound the
 * interval of the mean paired difference at {@code confidence_level}; {@code relative_difference} is the difference
 * over the baseline mean; {@code variance_reduction} is (var(baseline) + var(alternative)) / var(difference), what
 * pairing bought over independent runs; {@code interval_covers} says what the interval holds: run-to-run noise, or
 * (over posterior draws) the posterior parameters' uncertainty and run-to-run noise; {@code quota_bound} is true when both scenarios fill the quota in the
 * window in every replication, and {@code notes} then says why the difference is not a finding.
 */
public final class DifferencesCsv {
    public static final List<String> HEADER = List.of(
            "baseline",
            "alternative",
            "scope",
            "metric",
            "statistic",
            "window",
            "date_from",
            "date_to",
            "baseline_mean",
            "alternative_mean",
            "difference",
            "ci_low",
            "ci_high",
            "relative_difference",
            "n",
            "confidence_level",
            "interval_covers",
            "variance_reduction",
            "quota_bound",
            "notes");
    public static final List<String> DAILY_HEADER = List.of(
            "baseline",
            "alternative",
            "scope",
            "metric",
            "series",
            "date",
            "day",
            "baseline_mean",
            "alternative_mean",
            "difference",
            "ci_low",
            "ci_high",
            "n",
            "confidence_level",
            "interval_covers",
            "variance_reduction");

    private DifferencesCsv() {}

    /** Column of what the intervals hold, in every row: {@code covers} is {@link Comparison.Result#intervalCovers()}. */
    public static final String COVERS_COLUMN = "interval_covers";

    public static void write(Path file, String baseline, List<DifferenceRow> rows, double level, String covers)
            throws IOException {
        try (CsvWriter csv = CsvValues.writer(file)) {
            csv.writeRecord(HEADER);
            for (DifferenceRow r : rows) {
                PairedDifference d = r.difference();
                List<String> v = new ArrayList<>(List.of(
                        baseline,
                        r.alternative(),
                        r.scope(),
                        r.metric(),
                        r.statistic().key(),
                        r.window().name(),
                        r.window().from().toString(),
                        r.window().to().toString()));
                v.addAll(numbers(d));
                v.add(Integer.toString(d.n()));
                v.add(CsvValues.format(level));
                v.add(covers);
                v.add(CsvValues.format(d.varianceReduction()));
                v.add(Boolean.toString(r.quotaBound()));
                v.add(r.notes());
                csv.writeRecord(v);
            }
        }
    }

    public static void writeDaily(
            Path file, String baseline, List<DailyDifferenceRow> rows, double level, String covers) throws IOException {
        try (CsvWriter csv = CsvValues.writer(file)) {
            csv.writeRecord(DAILY_HEADER);
            for (DailyDifferenceRow r : rows) {
                PairedDifference d = r.difference();
                List<String> v = new ArrayList<>(List.of(
                        baseline,
                        r.alternative(),
                        r.scope(),
                        r.metric(),
                        r.series(),
                        r.date().toString(),
                        Integer.toString(r.day())));
                v.add(CsvValues.format(d.baselineMean()));
                v.add(CsvValues.format(d.alternativeMean()));
                v.add(CsvValues.format(d.meanDifference()));
                v.add(CsvValues.format(d.ciLow()));
                v.add(CsvValues.format(d.ciHigh()));
                v.add(Integer.toString(d.n()));
                v.add(CsvValues.format(level));
                v.add(covers);
                v.add(CsvValues.format(d.varianceReduction()));
                csv.writeRecord(v);
            }
        }
    }

    private static List<String> numbers(PairedDifference d) {
        return List.of(
                CsvValues.format(d.baselineMean()),
                CsvValues.format(d.alternativeMean()),
                CsvValues.format(d.meanDifference()),
                CsvValues.format(d.ciLow()),
                CsvValues.format(d.ciHigh()),
                CsvValues.format(d.relativeDifference()));
    }
}
