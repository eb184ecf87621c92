package org.callup.results;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code daily-mean.csv} of a replicated run: per date, scope and metric the mean across replications, the sample
 * standard deviation, the bounds of the confidence interval of the mean (level in {@code manifest.json}) and the
 * number of replications that had a value. Counts keep one decimal, levels six significant digits
 * ({@link CsvValues#mean}).
 */
public final class DailyMeanCsv {
    public static final List<String> HEADER =
            List.of("date", "day", "scope", "metric", "mean", "sd", "ci_low", "ci_high", "n");

    private DailyMeanCsv() {}

    public static void write(Path file, ReplicationStats.ReplicatedDaily r) throws IOException {
        DailyTable mean = r.mean();
        try (CsvWriter csv = CsvValues.writer(file)) {
            csv.writeRecord(HEADER);
            List<SeriesKey> keys = mean.keys();
            for (int k = 0; k < keys.size(); k++) {
                String metric = keys.get(k).metric();
                for (int d = 0; d < mean.days(); d++) {
                    csv.writeRecord(
                            mean.date(d).toString(),
                            Integer.toString(d),
                            keys.get(k).scope(),
                            metric,
                            CsvValues.mean(metric, mean.value(d, k)),
                            CsvValues.mean(metric, r.sd().value(d, k)),
                            CsvValues.mean(metric, r.ciLow().value(d, k)),
                            CsvValues.mean(metric, r.ciHigh().value(d, k)),
                            CsvValues.whole(r.count().value(d, k)));
                }
            }
        }
    }
}
