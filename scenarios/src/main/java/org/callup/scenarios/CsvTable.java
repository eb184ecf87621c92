package org.callup.scenarios;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldModifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comma-separated table with a header row (RFC 4180: fields may be quoted, quotes doubled inside quotes), read
 * with FastCSV like every CSV file of the project. The shared data files are small, so the table is held in memory
 * with the line number of every row for messages.
 */
final class CsvTable {

    /** One data row: its 1-based line in the file and its fields by column name. */
    record Row(int line, Map<String, String> fields) {
        /** The field, trimmed; empty when absent or blank. */
        String get(String column) {
            String v = fields.get(column);
            return v == null ? "" : v.trim();
        }
    }

    private final String label;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(String label, List<String> header, List<Row> rows) {
        this.label = label;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    String label() {
        return label;
    }

    List<String> header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    static CsvTable parse(String text, String label, List<String> requiredColumns) throws ScenarioException {
        List<CsvRecord> records = new ArrayList<>();
        String[] lastQuotedField = new String[1];
        long[] lastLine = new long[1];
        FieldModifier noteQuotes = new FieldModifier() {
            @Override
            public String modify(long line, int index, boolean quoted, String field) {
                lastQuotedField[0] = quoted ? field : null;
                lastLine[0] = line;
                return field;
            }
        };
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .ignoreDifferentFieldCount(true)
                .acceptCharsAfterQuotes(false)
                .detectBomHeader(true)
                .build(new CsvRecordHandler(noteQuotes), text)) {
            for (CsvRecord r : csv) {
                if (!(r.getFieldCount() == 1 && r.getField(0).isBlank())) {
                    records.add(r);
                }
            }
        } catch (CsvParseException e) {
            throw new ScenarioException(new Problem(
                    label,
                    "",
                    lineOf(e),
                    0,
                    "not valid CSV: after a closing quote "
                            + "comes a comma or the end of the line (a quote inside a quoted field is doubled)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the text is in memory: not expected
        }
        if (lastQuotedField[0] != null && !endsWithClosingQuote(text, lastQuotedField[0])) {
            throw new ScenarioException(new Problem(label, "", (int) lastLine[0], 0, "a quoted field is not closed"));
        }
        return table(label, records, requiredColumns);
    }

    /** The line FastCSV names in "... record that started in line N", or 0. */
    private static int lineOf(CsvParseException e) {
        Matcher m = Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * Whether the text ends with the closing quote of its last field, a quoted one holding {@code value}. FastCSV
     * reads a quote that is never closed to the end of the text, where RFC 4180 sees an error.
     */
    static boolean endsWithClosingQuote(String text, String value) {
        String quoted = '"' + value.replace("\"", "\"\"") + '"';
        return text.replaceFirst("[\r\n]+$", "").endsWith(quoted);
    }

    private static CsvTable table(String label, List<CsvRecord> records, List<String> required)
            throws ScenarioException {
        if (records.isEmpty()) {
            throw new ScenarioException(new Problem(label, "", 0, 0, "the table is empty"));
        }
        List<String> header =
                records.get(0).getFields().stream().map(String::trim).toList();
        List<Problem> problems = new ArrayList<>();
        for (String col : required) {
            if (!header.contains(col)) {
                problems.add(new Problem(
                        label, "", 1, 0, "the header has no column '" + col + "'" + Suggest.didYouMean(col, header)));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> rec = records.get(r).getFields();
            int line = (int) records.get(r).getStartingLineNumber();
            if (rec.size() != header.size()) {
                problems.add(new Problem(
                        label, "", line, 0, "row has " + rec.size() + " fields, the header " + header.size()));
                continue;
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int k = 0; k < header.size(); k++) {
                m.put(header.get(k), rec.get(k));
            }
            rows.add(new Row(line, m));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new CsvTable(label, header, rows);
    }
}
