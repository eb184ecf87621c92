package org.callup.report;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rows of one of callup's CSV files, each a map from column to text, for the tables of a report. */
final class CsvRows {
    private CsvRows() {}

    /** Every row of {@code file}; an empty list when the file is not there. */
    static List<Map<String, String>> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Map<String, String>> out = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord r : csv) {
                out.add(r.getFieldsAsMap());
            }
        }
        return out;
    }

    /** The column names of {@code file}, in order; empty when the file is not there. */
    static List<String> header(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord r : csv) {
                return r.getHeader();
            }
        }
        return List.of();
    }
}
