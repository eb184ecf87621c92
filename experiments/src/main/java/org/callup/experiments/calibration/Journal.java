package org.callup.experiments.calibration;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callup.results.BadInputException;
import org.callup.results.CsvValues;

/**
 * The durable memory of a calibration: every evaluated candidate, one CSV line each, appended and forced to disk
 * as it finishes. Runs are deterministic given the values and the seeds, so after an interruption (even
 * {@code kill -9}) a restarted search replays its steps from the journal instead of running them again. A line
 * cut short by the interruption is dropped when the journal is reopened.
 *
 * <p>Columns: the value of each free parameter (by path), {@code loss}, {@code failure} (why the model refused the
 * values, or empty), then the statistic of each target in each replication ({@code <target>#<replication>}).
 * Values are written so that they read back bit for bit.
 */
public final class Journal implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final int parameters;
    private final int targets;
    private final int replications;
    private final Map<ValueKey, Evaluation> entries = new LinkedHashMap<>();

    private Journal(Path file, FileChannel channel, int parameters, int targets, int replications) {
        this.file = file;
        this.channel = channel;
        this.parameters = parameters;
        this.targets = targets;
        this.replications = replications;
    }

    /** The header of a journal for these parameters, targets and number of replications. */
    public static List<String> header(List<String> paths, List<String> targetIds, int replications) {
        List<String> h = new ArrayList<>(paths);
        h.add("loss");
        h.add("failure");
        for (String t : targetIds) {
            for (int r = 1; r <= replications; r++) {
                h.add(t + "#" + r);
            }
        }
        return h;
    }

    /**
     * Opens a journal, creating it if needed. An existing journal must have the same header; its entries are loaded.
     */
    public static Journal open(Path file, List<String> paths, List<String> targetIds, int replications)
            throws IOException, BadInputException {
        List<String> header = header(paths, targetIds, replications);
        boolean exists = Files.exists(file) && Files.size(file) > 0;
        FileChannel ch =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        Journal j = new Journal(file, ch, paths.size(), targetIds.size(), replications);
        try {
            if (exists) {
                j.load(header);
            } else {
                j.write(line(header));
            }
        } catch (IOException | BadInputException | RuntimeException e) {
            ch.close();
            throw e;
        }
        return j;
    }

    /**
     * The entries of a journal another process may still be writing, read without changing it: a last line without
     * its newline is left out, and a missing file has no entries.
     */
    public static List<Evaluation> read(Path file, List<String> paths, List<String> targetIds, int replications)
            throws IOException, BadInputException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        text = text.substring(0, text.lastIndexOf('\n') + 1);
        if (text.isEmpty()) {
            return List.of();
        }
        List<CsvRecord> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(text)) {
            csv.forEach(rows::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (!rows.get(0).getFields().equals(header(paths, targetIds, replications))) {
            throw new BadInputException(
                    file + ": this journal belongs to a calibration of other parameters, targets or replications");
        }
        Journal reader = new Journal(file, null, paths.size(), targetIds.size(), replications);
        List<Evaluation> out = new ArrayList<>();
        for (CsvRecord r : rows.subList(1, rows.size())) {
            out.add(reader.parse(r));
        }
        return out;
    }

    private void load(List<String> header) throws IOException, BadInputException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n') + 1;
        if (end < text.length()) {
            // The last line was being written when the process died: drop it, so the next append starts clean.
            channel.truncate(end);
            text = text.substring(0, end);
        }
        if (text.isEmpty()) {
            write(line(header));
            return;
        }
        List<CsvRecord> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(text)) {
            csv.forEach(rows::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (rows.isEmpty() || !rows.get(0).getFields().equals(header)) {
            throw new BadInputException(
                    file + ": this journal belongs to a calibration of other parameters, " + "targets or replications");
        }
        for (CsvRecord r : rows.subList(1, rows.size())) {
            Evaluation e = parse(r);
            entries.put(e.key(), e);
        }
        channel.position(channel.size());
    }

    private Evaluation parse(CsvRecord r) throws BadInputException {
        int expected = parameters + 2 + targets * replications;
        if (r.getFieldCount() != expected) {
            throw new BadInputException(file + ":" + r.getStartingLineNumber() + ": damaged journal line (expected "
                    + expected + " fields, found " + r.getFieldCount() + "); remove the line or the journal");
        }
        try {
            double[] values = new double[parameters];
            for (int i = 0; i < parameters; i++) {
                values[i] = CsvValues.parse(r.getField(i));
            }
            double loss = CsvValues.parse(r.getField(parameters));
            String failure = r.getField(parameters + 1);
            double[][] stats = new double[targets][replications];
            int k = parameters + 2;
            for (int t = 0; t < targets; t++) {
                for (int rep = 0; rep < replications; rep++) {
                    stats[t][rep] = CsvValues.parse(r.getField(k++));
                }
            }
            return new Evaluation(values, stats, loss, failure);
        } catch (NumberFormatException e) {
            throw new BadInputException(file + ":" + r.getStartingLineNumber() + ": damaged journal line ("
                    + e.getMessage() + "); remove the line or the journal");
        }
    }

    /** Appends an evaluation and forces it to disk; an evaluation already journalled is not written again. */
    public synchronized void append(Evaluation e) {
        if (entries.containsKey(e.key())) {
            return;
        }
        List<String> fields = new ArrayList<>();
        for (double v : e.values()) {
            fields.add(CsvValues.format(v));
        }
        fields.add(CsvValues.format(e.loss()));
        fields.add(e.failure());
        for (double[] row : e.stats()) {
            for (double v : row) {
                fields.add(CsvValues.format(v));
            }
        }
        try {
            write(line(fields));
        } catch (IOException ex) {
            throw new UncheckedIOException(file + ": cannot append to the journal", ex);
        }
        entries.put(e.key(), e);
    }

    private void write(String line) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) {
            channel.write(b);
        }
        channel.force(false);
    }

    private static String line(List<String> fields) {
        StringWriter sw = new StringWriter();
        try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(sw)) {
            w.writeRecord(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    /** The evaluation of these values, or null. */
    public synchronized Evaluation get(ValueKey key) {
        return entries.get(key);
    }

    public synchronized int size() {
        return entries.size();
    }

    /** Every entry, in the order written. */
    public synchronized List<Evaluation> entries() {
        return List.copyOf(entries.values());
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
