package org.callup.experiments.sweep;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.callup.results.BadInputException;
import org.callup.results.CsvValues;

/** sensitivity.csv read back, for charts: one row per output, parameter and kind of index. */
public final class SensitivityTable {
    /** One index: {@code kind} is {@code first_order} or {@code total_order}; bounds are NaN when unknown. */
    public record Row(
            String output, String parameter, String kind, double estimate, double low, double high, int samples) {}

    private final List<Row> rows;

    private SensitivityTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static SensitivityTable read(Path file) throws BadInputException, IOException {
        List<Row> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> in = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            boolean header = true;
            for (CsvRecord r : in) {
                if (header) {
                    if (!r.getFields().equals(SensitivityCsv.HEADER)) {
                        throw new BadInputException(file + ": not a sensitivity table (expected the columns "
                                + String.join(",", SensitivityCsv.HEADER) + ")");
                    }
                    header = false;
                    continue;
                }
                rows.add(new Row(
                        r.getField(0),
                        r.getField(1),
                        r.getField(2),
                        CsvValues.parse(r.getField(3)),
                        CsvValues.parse(r.getField(4)),
                        CsvValues.parse(r.getField(5)),
                        Integer.parseInt(r.getField(6))));
            }
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new BadInputException(file + ": damaged: " + e.getMessage());
        }
        return new SensitivityTable(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    public List<String> outputs() {
        Set<String> s = new LinkedHashSet<>();
        rows.forEach(r -> s.add(r.output()));
        return List.copyOf(s);
    }

    public List<Row> of(String output) {
        return rows.stream().filter(r -> r.output().equals(output)).toList();
    }
}
