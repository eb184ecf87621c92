package org.callup.results;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The result of {@code callup validate} as CSV: one row per target with the simulated value, the target's value
 * and range, {@code applicable} ({@code true}/{@code false}), {@code inside} ({@code true}/{@code false}, or
 * {@code NA} when the target is not applicable, so that R and pandas read it as a logical with missing values), the
 * relative error (to four decimals; the simulated value has six significant digits) and, when the target is not applicable or the run could not answer it, the reason.
 */
public final class ValidationCsv {
    public static final List<String> HEADER = TargetCells.header(
            "simulated", "value", "low", "high", "applicable", "inside", "relative_error", "trust", "reason");

    private ValidationCsv() {}

    public static void write(Path file, List<ValidationResult> results) throws IOException {
        try (CsvWriter csv = CsvValues.writer(file)) {
            csv.writeRecord(HEADER);
            for (ValidationResult r : results) {
                Target t = r.target();
                List<String> row = TargetCells.key(t);
                row.add(CsvValues.significant(r.simulated()));
                TargetCells.addRange(row, t);
                row.add(Boolean.toString(r.applicable()));
                row.add(r.applicable() ? Boolean.toString(r.inside()) : CsvValues.MISSING);
                row.add(CsvValues.decimals(r.relativeError(), 4));
                row.add(CsvValues.text(t.trust()));
                row.add(CsvValues.text(r.reason()));
                csv.writeRecord(row);
            }
        }
    }
}
