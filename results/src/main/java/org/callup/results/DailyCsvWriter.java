package org.callup.results;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code daily.csv} in tidy long form, one row per date, scope and metric, grouped by series. A single run
 * has the columns {@code date,day,scope,metric,value}; a replicated run adds {@code replication} (1, 2, ...) before
 * {@code value} and is appended to one replication at a time, so replications need not be held in memory together.
 * Values are written by the kind of their metric ({@link CsvValues#value}): counts as whole numbers, levels to six
 * significant digits. No comment lines: provenance is in {@code manifest.json} beside it.
 */
public final class DailyCsvWriter implements Closeable {
    public static final List<String> SINGLE_HEADER = List.of("date", "day", "scope", "metric", "value");
    public static final List<String> REPLICATED_HEADER =
            List.of("date", "day", "scope", "metric", "replication", "value");

    private final CsvWriter csv;
    private final boolean replicated;

    private DailyCsvWriter(CsvWriter csv, boolean replicated) {
        this.csv = csv;
        this.replicated = replicated;
    }

    public static DailyCsvWriter open(Path file, boolean replicated) throws IOException {
        CsvWriter csv = CsvValues.writer(file);
        csv.writeRecord(replicated ? REPLICATED_HEADER : SINGLE_HEADER);
        return new DailyCsvWriter(csv, replicated);
    }

    /** Appends every series of one replication (numbered from 1; ignored for a single run). */
    public void append(DailyTable table, int replication) {
        String rep = Integer.toString(replication);
        String[] dates = new String[table.days()];
        for (int d = 0; d < dates.length; d++) {
            dates[d] = table.date(d).toString();
        }
        List<SeriesKey> keys = table.keys();
        for (int k = 0; k < keys.size(); k++) {
            SeriesKey key = keys.get(k);
            for (int d = 0; d < dates.length; d++) {
                String v = CsvValues.value(key.metric(), table.value(d, k));
                String day = Integer.toString(d);
                if (replicated) {
                    csv.writeRecord(dates[d], day, key.scope(), key.metric(), rep, v);
                } else {
                    csv.writeRecord(dates[d], day, key.scope(), key.metric(), v);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
