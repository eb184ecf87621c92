package org.callup.results;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code events.csv}: the policy events that fired, {@code date,day,label} for a single run, and
 * {@code date,day,replication,label} for a replicated run (a triggered event may fire on different days in
 * different replications).
 */
public final class EventsCsv {
    private EventsCsv() {}

    /** Writes the events of each replication, in order; a single list means a single run. */
    public static void write(Path file, List<List<RecordedEvent>> byReplication) throws IOException {
        boolean replicated = byReplication.size() > 1;
        try (CsvWriter csv = CsvValues.writer(file)) {
            csv.writeRecord(
                    replicated ? List.of("date", "day", "replication", "label") : List.of("date", "day", "label"));
            for (int r = 0; r < byReplication.size(); r++) {
                for (RecordedEvent e : byReplication.get(r)) {
                    String day = Integer.toString(e.day());
                    if (replicated) {
                        csv.writeRecord(e.date().toString(), day, Integer.toString(r + 1), CsvValues.text(e.label()));
                    } else {
                        csv.writeRecord(e.date().toString(), day, CsvValues.text(e.label()));
                    }
                }
            }
        }
    }

    /** Reads the events of the first replication (all of a single run); a missing file means no events. */
    public static List<RecordedEvent> readFirstReplication(Path file) throws BadInputException, IOException {
        List<RecordedEvent> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord r : csv) {
                String rep = r.findField("replication").orElse("1");
                if (rep.equals("1")) {
                    out.add(parse(file, r));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
        return out;
    }

    private static RecordedEvent parse(Path file, NamedCsvRecord r) throws BadInputException {
        try {
            return new RecordedEvent(
                    Integer.parseInt(r.getField("day")),
                    LocalDate.parse(r.getField("date")),
                    CsvValues.fromText(r.getField("label")));
        } catch (NumberFormatException | DateTimeParseException | java.util.NoSuchElementException e) {
            throw new BadInputException(
                    file + ":" + r.getStartingLineNumber() + ": expected date,day,label: " + e.getMessage());
        }
    }
}
