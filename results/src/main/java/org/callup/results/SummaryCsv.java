package org.callup.results;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code summary.csv}: one row per scope and metric with {@code kind,total,peak,peak_date,last,mean}. For a
 * replicated run these describe the mean trajectory, and {@code total_ci_low,total_ci_high} give the confidence
 * interval of the total across replications.
 *
 * <p>Of a single run, the total, peak and last value of a count are whole numbers and its mean daily value has one
 * decimal; of a replicated run (a mean trajectory) every statistic of a count has one decimal. Levels have six
 * significant digits ({@link CsvValues}).
 */
public final class SummaryCsv {
    private static final List<String> HEADER =
            List.of("scope", "metric", "kind", "total", "peak", "peak_date", "last", "mean");

    private SummaryCsv() {}

    /** Summary of a single run. */
    public static void write(Path file, DailyTable run) throws IOException {
        write(file, run, null);
    }

    /** Summary of a replicated run, from its mean trajectory and the intervals of the totals. */
    public static void write(Path file, ReplicationStats.ReplicatedDaily replicated) throws IOException {
        write(file, replicated.mean(), replicated);
    }

    /** A statistic of one trajectory: of a mean trajectory, as a mean; of one run, as a daily value. */
    private static String value(boolean replicated, String metric, double v) {
        return replicated ? CsvValues.mean(metric, v) : CsvValues.value(metric, v);
    }

    private static void write(Path file, DailyTable t, ReplicationStats.ReplicatedDaily r) throws IOException {
        try (CsvWriter csv = CsvValues.writer(file)) {
            List<String> header = new ArrayList<>(HEADER);
            if (r != null) {
                header.addAll(List.of("total_ci_low", "total_ci_high"));
            }
            csv.writeRecord(header);
            for (int k = 0; k < t.keys().size(); k++) {
                SeriesKey key = t.keys().get(k);
                SeriesSummary s = SeriesSummary.of(key, t.series(key), t.startDate());
                String m = key.metric();
                List<String> row = new ArrayList<>(List.of(
                        key.scope(),
                        m,
                        s.kind(),
                        value(r != null, m, s.total()),
                        value(r != null, m, s.peak()),
                        s.peakDate() == null ? CsvValues.MISSING : s.peakDate().toString(),
                        value(r != null, m, s.last()),
                        CsvValues.mean(m, s.mean())));
                if (r != null) {
                    boolean flow = !Double.isNaN(s.total());
                    row.add(CsvValues.mean(m, flow ? r.totalCiLow(k) : Double.NaN));
                    row.add(CsvValues.mean(m, flow ? r.totalCiHigh(k) : Double.NaN));
                }
                csv.writeRecord(row);
            }
        }
    }
}
