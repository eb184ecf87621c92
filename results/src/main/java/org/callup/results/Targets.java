package org.callup.results;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.callup.scenarios.UserFiles;
import org.callup.scenarios.yaml.StrictValues;

/**
 * Reads a targets file in the format of {@code calibration-targets.csv}:
 * {@code id,metric,scope,statistic,date_from,date_to,value,low,high,trust,source}, columns in any order. Parsing
 * is strict: every problem in the file is collected with its line and column, and reported at once.
 * Whether the run has a target's metric and scope is left to {@link Validation}.
 */
public final class Targets {
    public static final List<String> COLUMNS = List.of(
            "id", "metric", "scope", "statistic", "date_from", "date_to", "value", "low", "high", "trust", "source");
    public static final List<String> TRUST = List.of("official", "ngo", "media", "leak", "low");

    /** Where the shipped calibration targets are on the class path (the scenarios module's data files). */
    public static final String SHIPPED_RESOURCE = "/data/calibration-targets.csv";
    /** How messages name the shipped targets. */
    public static final String SHIPPED_LABEL = "calibration-targets.csv (shipped)";

    /** Far more than a targets table needs (the shipped one has a few kilobytes). */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private final String file;
    private final List<String> problems = new ArrayList<>();

    private Targets(String label) {
        this.file = label;
    }

    /** The targets of a file, in file order; BadInputException lists every problem found. */
    public static List<Target> read(Path file) throws BadInputException, IOException {
        byte[] bytes;
        try {
            bytes = UserFiles.read(file, MAX_BYTES, "targets file");
        } catch (UserFiles.Refused e) {
            throw new BadInputException(file + ": " + (e.missing() ? "targets file not found" : e.getMessage()));
        }
        try (Reader in = new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            return new Targets(file.toString()).parse(in);
        }
    }

    /** The calibration targets shipped with callup ({@code calibration-targets.csv} of the shared data). */
    public static List<Target> shipped() throws BadInputException, IOException {
        InputStream in = Targets.class.getResourceAsStream(SHIPPED_RESOURCE);
        if (in == null) {
            throw new IOException(SHIPPED_RESOURCE + " is missing from the class path");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new Targets(SHIPPED_LABEL).parse(r);
        }
    }

    private List<Target> parse(Reader in) throws BadInputException, IOException {
        List<Target> targets = new ArrayList<>();
        try (CsvReader<CsvRecord> csv =
                CsvReader.builder().ignoreDifferentFieldCount(true).ofCsvRecord(in)) {
            List<String> header = null;
            Set<String> ids = new HashSet<>();
            for (CsvRecord r : csv) {
                if (header == null) {
                    header = header(r);
                    if (header == null) {
                        break;
                    }
                    continue;
                }
                Target t = row(header, r);
                if (t != null && !ids.add(t.id())) {
                    problem(r.getStartingLineNumber(), "id", "'" + t.id() + "' is used twice; ids must be unique");
                } else if (t != null) {
                    targets.add(t);
                }
            }
            if (header != null && targets.isEmpty() && problems.isEmpty()) {
                problems.add(file + ": no targets after the header");
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CsvParseException e) {
            problems.add(file + ": not valid CSV: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw BadInputException.of(problems);
        }
        return targets;
    }

    private List<String> header(CsvRecord r) {
        List<String> h = stripBom(r.getFields().stream().map(String::strip).toList());
        List<String> missing = COLUMNS.stream().filter(c -> !h.contains(c)).toList();
        List<String> unknown = h.stream().filter(c -> !COLUMNS.contains(c)).toList();
        if (missing.isEmpty() && unknown.isEmpty() && h.size() == COLUMNS.size()) {
            return h;
        }
        String what = (missing.isEmpty() ? "" : "missing column(s) " + missing + "; ")
                + (unknown.isEmpty() ? "" : "unknown column(s) " + unknown + "; ");
        problems.add(
                file + ":" + r.getStartingLineNumber() + ": " + (what.isEmpty() ? "a column appears twice; " : what)
                        + "expected the header " + String.join(",", COLUMNS));
        return null;
    }

    /** Spreadsheet programs may save a byte-order mark before the first column name. */
    private static List<String> stripBom(List<String> h) {
        List<String> out = new ArrayList<>(h);
        if (!out.isEmpty()) {
            out.set(0, out.get(0).replace("\uFEFF", ""));
        }
        return out;
    }

    private Target row(List<String> header, CsvRecord r) {
        long line = r.getStartingLineNumber();
        if (r.getFieldCount() != header.size()) {
            problem(
                    line,
                    null,
                    "expected " + header.size() + " fields, found " + r.getFieldCount()
                            + " (a comma inside a source must be quoted)");
            return null;
        }
        Row row = new Row(header, r, line);
        String id = row.text("id", "[A-Za-z0-9_.-]+", "letters, digits, '_', '.' or '-'");
        String metric = row.text("metric", "[a-z0-9_]+", "a metric name such as mobilized");
        String scope = row.text(
                "scope", "all|(region|country|post):\\S.*", "all, region:<id>, country:<destination> or post:<id>");
        Statistic stat = row.statistic();
        LocalDate from = row.date("date_from");
        LocalDate to = row.date("date_to");
        double value = row.number("value", false);
        double low = row.number("low", true);
        double high = row.number("high", true);
        String trust = row.text("trust", String.join("|", TRUST), "one of " + String.join(", ", TRUST));
        String source = r.getField(header.indexOf("source"));
        if (row.failed) {
            return null;
        }
        try {
            return new Target(id, metric, scope, stat, from, to, value, low, high, trust, source, line);
        } catch (IllegalArgumentException e) {
            problem(line, null, e.getMessage());
            return null;
        }
    }

    private void problem(long line, String column, String message) {
        problems.add(file + ":" + line + ": " + (column == null ? "" : column + ": ") + message);
    }

    /** Field access for one row; each bad field adds a problem and marks the row failed. */
    private final class Row {
        private final List<String> header;
        private final CsvRecord record;
        private final long line;
        private boolean failed;

        Row(List<String> header, CsvRecord record, long line) {
            this.header = header;
            this.record = record;
            this.line = line;
        }

        private String raw(String column) {
            return record.getField(header.indexOf(column)).strip();
        }

        private void fail(String column, String message) {
            failed = true;
            problem(line, column, message);
        }

        String text(String column, String pattern, String expected) {
            String v = raw(column);
            if (!v.matches(pattern)) {
                fail(column, (v.isEmpty() ? "empty" : "'" + v + "'") + ": expected " + expected);
            }
            return v;
        }

        Statistic statistic() {
            String v = raw("statistic");
            Statistic s = Statistic.byKey(v);
            if (s == null) {
                fail("statistic", "'" + v + "': expected one of " + Statistic.keys());
            }
            return s;
        }

        LocalDate date(String column) {
            String v = raw(column);
            LocalDate d = StrictValues.date(v);
            if (d == null) {
                fail(column, "'" + v + "': expected a date YYYY-MM-DD");
            }
            return d;
        }

        double number(String column, boolean mayBeEmpty) {
            String v = raw(column);
            if (v.isEmpty() && mayBeEmpty) {
                return Double.NaN;
            }
            Double d = StrictValues.decimal(v);
            if (d != null) {
                return d;
            }
            fail(
                    column,
                    (v.isEmpty() ? "empty" : "'" + v + "'") + ": expected a number"
                            + (mayBeEmpty ? " or nothing (open bound)" : ""));
            return Double.NaN;
        }
    }
}
