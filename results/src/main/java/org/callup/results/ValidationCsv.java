package org.callup.results;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The result of {@code callup validate} as CSV: one row per target with the simulated value, the target's value
 * and range, {@code inside} ({@code true}/{@code false}), the relative error and, when the run could not answer
 * the target, the reason.
 */
public final class ValidationCsv {
    public static final List<String> HEADER = List.of("id", "metric", "scope", "statistic", "date_from", "date_to",
            "simulated", "value", "low", "high", "inside", "relative_error", "trust", "reason");

    private ValidationCsv() {
    }

    public static void write(Path file, List<ValidationResult> results) throws IOException {
        try (CsvWriter csv = CsvValues.writer(file)) {
            csv.writeRecord(HEADER);
            for (ValidationResult r : results) {
                Target t = r.target();
                csv.writeRecord(t.id(), t.metric(), t.scope(), t.statistic().key(), t.dateFrom().toString(),
                        t.dateTo().toString(), CsvValues.format(r.simulated()), CsvValues.format(t.value()),
                        CsvValues.format(t.low()), CsvValues.format(t.high()), Boolean.toString(r.inside()),
                        CsvValues.format(r.relativeError()), t.trust(), r.reason());
            }
        }
    }
}
