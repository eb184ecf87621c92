package org.callup.results;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The daily values of chosen series in every replication of a replicated run, read from {@code daily.csv}
 * ({@code date,day,scope,metric,replication,value}), for statistics that are not the statistic of the mean (a
 * cumulative total's interval is not the sum of the daily intervals). Days without a row read as NaN.
 */
public final class ReplicationSeries {
    private ReplicationSeries() {}

    /** {@code [replication - 1][day]} for each key asked that the file has. */
    public static Map<SeriesKey, double[][]> read(RunData run, Set<SeriesKey> keys)
            throws BadInputException, IOException {
        Path file = run.folder().resolve(RunFolder.DAILY_FILE);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": not found");
        }
        int reps = Math.max(1, run.manifest().replications());
        int days = run.days();
        LocalDate start = run.startDate();
        Map<SeriesKey, double[][]> out = new HashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord r : csv) {
                SeriesKey key = new SeriesKey(r.getField("scope"), r.getField("metric"));
                if (!keys.contains(key)) {
                    continue;
                }
                int rep = Integer.parseInt(r.findField("replication").orElse("1"));
                int day = (int) java.time.temporal.ChronoUnit.DAYS.between(start, LocalDate.parse(r.getField("date")));
                if (rep < 1 || rep > reps || day < 0 || day >= days) {
                    throw new BadInputException(file + ":" + r.getStartingLineNumber()
                            + ": replication or date outside the run's manifest");
                }
                double[][] v = out.computeIfAbsent(key, k -> nans(reps, days));
                v[rep - 1][day] = Double.parseDouble(r.getField("value"));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (NumberFormatException | DateTimeParseException | java.util.NoSuchElementException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
        return out;
    }

    private static double[][] nans(int reps, int days) {
        double[][] v = new double[reps][days];
        for (double[] row : v) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        return v;
    }
}
