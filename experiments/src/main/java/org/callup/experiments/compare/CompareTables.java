package org.callup.experiments.compare;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.callup.results.BadInputException;
import org.callup.results.CsvValues;
import org.callup.results.Statistic;

/**
 * The two tables of a comparison folder read back, so that charts (and reports) are drawn from the folder alone.
 * The standard deviation of the differences is not stored, and reads as NaN. {@code intervalCovers} says what the
 * intervals hold; a folder written before the column existed held run-to-run noise only.
 */
public record CompareTables(
        String baseline, List<DifferenceRow> headlines, List<DailyDifferenceRow> daily, String intervalCovers) {

    public static CompareTables read(Path folder) throws BadInputException, IOException {
        if (!CompareFolder.isCompareFolder(folder)) {
            throw new BadInputException(folder + " is not a callup comparison folder (no manifest.json of kind "
                    + CompareManifest.FORMAT + ")");
        }
        List<DifferenceRow> headlines = new ArrayList<>();
        String[] baseline = {""};
        String covers = Comparison.COVERS_NOISE;
        for (NamedCsvRecord r : records(folder.resolve(CompareFolder.DIFFERENCES_FILE))) {
            baseline[0] = r.getField("baseline");
            if (r.getHeader().contains(DifferencesCsv.COVERS_COLUMN)) {
                covers = r.getField(DifferencesCsv.COVERS_COLUMN);
            }
            Window w = new Window(
                    r.getField("window"),
                    LocalDate.parse(r.getField("date_from")),
                    LocalDate.parse(r.getField("date_to")),
                    "");
            headlines.add(new DifferenceRow(
                    r.getField("alternative"),
                    r.getField("scope"),
                    r.getField("metric"),
                    Statistic.byKey(r.getField("statistic")),
                    w,
                    difference(r),
                    Boolean.parseBoolean(r.getField("quota_bound")),
                    r.getField("notes")));
        }
        List<DailyDifferenceRow> daily = new ArrayList<>();
        for (NamedCsvRecord r : records(folder.resolve(CompareFolder.DAILY_FILE))) {
            daily.add(new DailyDifferenceRow(
                    r.getField("alternative"),
                    r.getField("scope"),
                    r.getField("metric"),
                    r.getField("series"),
                    LocalDate.parse(r.getField("date")),
                    Integer.parseInt(r.getField("day")),
                    difference(r)));
        }
        return new CompareTables(baseline[0], headlines, daily, covers);
    }

    private static PairedDifference difference(NamedCsvRecord r) {
        double base = num(r, "baseline_mean");
        double diff = num(r, "difference");
        double rel = r.getHeader().contains("relative_difference")
                ? num(r, "relative_difference")
                : base == 0 ? Double.NaN : diff / base;
        return new PairedDifference(
                Integer.parseInt(r.getField("n")),
                base,
                num(r, "alternative_mean"),
                diff,
                Double.NaN,
                num(r, "ci_low"),
                num(r, "ci_high"),
                rel,
                num(r, "variance_reduction"));
    }

    private static double num(NamedCsvRecord r, String column) {
        return CsvValues.parse(r.getField(column));
    }

    private static List<NamedCsvRecord> records(Path file) throws BadInputException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": not found");
        }
        List<NamedCsvRecord> out = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            csv.forEach(out::add);
        } catch (RuntimeException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
        return out;
    }
}
