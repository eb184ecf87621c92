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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a tidy long CSV of the run folder ({@code date,day,scope,metric} and value columns) back into one
 * {@link DailyTable} per value column. Rows may come in any order; a series missing on some day reads as NaN.
 * Anything malformed is reported with the file and line.
 */
final class TidyCsvReader {
    private final Path file;
    private final LocalDate start;
    private final int days;

    TidyCsvReader(Path file, LocalDate start, int days) {
        this.file = file;
        this.start = start;
        this.days = days;
    }

    /** Tables by value column, in the order asked. */
    Map<String, DailyTable> read(List<String> valueColumns) throws BadInputException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": not found");
        }
        List<Map<SeriesKey, double[]>> columns = new ArrayList<>();
        valueColumns.forEach(c -> columns.add(new LinkedHashMap<>()));
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            boolean first = true;
            for (NamedCsvRecord r : csv) {
                if (first) {
                    checkHeader(r.getHeader(), valueColumns);
                    first = false;
                }
                readRow(r, valueColumns, columns);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, DailyTable> out = new LinkedHashMap<>();
        for (int i = 0; i < valueColumns.size(); i++) {
            out.put(valueColumns.get(i), toTable(columns.get(i)));
        }
        return out;
    }

    private void checkHeader(List<String> header, List<String> valueColumns) throws BadInputException {
        List<String> needed = new ArrayList<>(List.of("date", "day", "scope", "metric"));
        needed.addAll(valueColumns);
        for (String c : needed) {
            if (!header.contains(c)) {
                throw new BadInputException(
                        file + ":1: missing column '" + c + "'; expected " + String.join(",", needed));
            }
        }
    }

    private void readRow(NamedCsvRecord r, List<String> valueColumns, List<Map<SeriesKey, double[]>> columns)
            throws BadInputException {
        try {
            LocalDate date = LocalDate.parse(r.getField("date"));
            int day = (int) java.time.temporal.ChronoUnit.DAYS.between(start, date);
            if (day < 0 || day >= days) {
                throw new IllegalArgumentException(
                        "date " + date + " is outside the run (" + start + " to " + start.plusDays(days - 1L) + ")");
            }
            if (Integer.parseInt(r.getField("day")) != day) {
                throw new IllegalArgumentException("day " + r.getField("day") + " does not match date " + date);
            }
            SeriesKey key = new SeriesKey(r.getField("scope"), r.getField("metric"));
            for (int i = 0; i < valueColumns.size(); i++) {
                double v = CsvValues.parse(r.getField(valueColumns.get(i)));
                columns.get(i).computeIfAbsent(key, k -> nanArray())[day] = v;
            }
        } catch (DateTimeParseException | IllegalArgumentException | java.util.NoSuchElementException e) {
            throw new BadInputException(file + ":" + r.getStartingLineNumber() + ": " + e.getMessage());
        }
    }

    private double[] nanArray() {
        double[] a = new double[days];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    private DailyTable toTable(Map<SeriesKey, double[]> series) {
        List<SeriesKey> keys = new ArrayList<>(series.keySet());
        List<double[]> columns = new ArrayList<>(series.values());
        List<double[]> rows = new ArrayList<>(days);
        for (int d = 0; d < days; d++) {
            double[] row = new double[keys.size()];
            for (int k = 0; k < row.length; k++) {
                row[k] = columns.get(k)[d];
            }
            rows.add(row);
        }
        return new DailyTable(start, keys, rows);
    }
}
