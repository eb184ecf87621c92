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
 */
public final class SummaryCsv {
    private static final List<String> HEADER =
            List.of("scope", "metric", "kind", "total", "peak", "peak_date", "last", "mean");

    private SummaryCsv() {
    }

    /** Summary of a single run. */
    public static void write(Path file, DailyTable run) throws IOException {
        write(file, run, null);
    }

    /** Summary of a replicated run, from its mean trajectory and the intervals of the totals. */
    public static void write(Path file, ReplicationStats.ReplicatedDaily replicated) throws IOException {
        write(file, replicated.mean(), replicated);
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
                List<String> row = new ArrayList<>(List.of(key.scope(), key.metric(), s.kind(),
                        CsvValues.format(s.total()), CsvValues.format(s.peak()),
                        s.peakDate() == null ? CsvValues.MISSING : s.peakDate().toString(),
                        CsvValues.format(s.last()), CsvValues.format(s.mean())));
                if (r != null) {
                    boolean flow = !Double.isNaN(s.total());
                    row.add(CsvValues.format(flow ? r.totalCiLow(k) : Double.NaN));
                    row.add(CsvValues.format(flow ? r.totalCiHigh(k) : Double.NaN));
                }
                csv.writeRecord(row);
            }
        }
    }
}
