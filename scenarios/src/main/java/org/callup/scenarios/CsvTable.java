package org.callup.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A comma-separated table with a header row (RFC 4180: fields may be quoted, quotes doubled inside quotes). The
 * shared data files are small, so the table is held in memory with the line number of every row for messages.
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
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                addRecord(records, lines, fields, recordLine);
                fields = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new ScenarioException(new Problem(label, "", recordLine, 0, "a quoted field is not closed"));
        }
        fields.add(field.toString());
        addRecord(records, lines, fields, recordLine);
        return table(label, records, lines, requiredColumns);
    }

    private static void addRecord(List<List<String>> records, List<Integer> lines, List<String> fields, int line) {
        boolean blank = fields.size() == 1 && fields.get(0).isBlank();
        if (!blank) {
            records.add(fields);
            lines.add(line);
        }
    }

    private static CsvTable table(String label, List<List<String>> records, List<Integer> lines, List<String> required)
            throws ScenarioException {
        if (records.isEmpty()) {
            throw new ScenarioException(new Problem(label, "", 0, 0, "the table is empty"));
        }
        List<String> header = records.get(0).stream().map(String::trim).toList();
        List<Problem> problems = new ArrayList<>();
        for (String col : required) {
            if (!header.contains(col)) {
                problems.add(new Problem(label, "", 1, 0, "the header has no column '" + col + "'"
                        + Suggest.didYouMean(col, header)));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> rec = records.get(r);
            if (rec.size() != header.size()) {
                problems.add(new Problem(label, "", lines.get(r), 0, "row has " + rec.size() + " fields, the header "
                        + header.size()));
                continue;
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int k = 0; k < header.size(); k++) {
                m.put(header.get(k), rec.get(k));
            }
            rows.add(new Row(lines.get(r), m));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new CsvTable(label, header, rows);
    }
}
