package org.callup.experiments.sweep;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.callup.results.CsvValues;
import org.callup.results.DailyTable;
import org.callup.results.SeriesKey;

/**
 * Every run's daily series, when a sweep asks for them: each run writes {@code daily/run-NNNNNNNN.csv} (renamed
 * into place when complete, before its row enters the journal, so a journal row always has its file), and the
 * finished sweep joins them in run order into one tidy {@code daily.csv}: {@code run,date,day,scope,metric,value}.
 * Nothing of a run stays in memory after its file is written.
 */
final class DailySeriesFiles {
    static final List<String> HEADER = List.of("run", "date", "day", "scope", "metric", "value");

    private DailySeriesFiles() {}

    static Path fileOf(Path dailyDir, int run) {
        return dailyDir.resolve(String.format(Locale.ROOT, "run-%08d.csv", run));
    }

    /** Writes one run's series (without a header: the joined file has one). */
    static void write(Path dailyDir, int run, DailyTable t) throws IOException {
        Path file = fileOf(dailyDir, run);
        Path tmp = FileTrees.temporary(file);
        String r = Integer.toString(run);
        try (CsvWriter csv = CsvValues.writer(tmp)) {
            List<SeriesKey> keys = t.keys();
            for (int k = 0; k < keys.size(); k++) {
                for (int d = 0; d < t.days(); d++) {
                    csv.writeRecord(
                            r,
                            t.date(d).toString(),
                            Integer.toString(d),
                            keys.get(k).scope(),
                            keys.get(k).metric(),
                            CsvValues.format(t.value(d, k)));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // A full disk: give back the space of the half-written file, and stop the sweep.
            Files.deleteIfExists(tmp);
            throw e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Joins the files of runs 1 to {@code runs} into {@code target} (runs that failed have none), streaming one
     * file at a time. Only runs that {@code finished} have one (a failed run may have left a file half-way); {@code dirOfRun} says
     * in which folder each run's file is (shards keep their own).
     */
    static void join(Path target, int runs, IntPredicate finished, IntFunction<Path> dirOfRun) throws IOException {
        Path tmp = FileTrees.temporary(target);
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            out.write(String.join(",", HEADER));
            out.write('\n');
            char[] buf = new char[1 << 16];
            for (int run = 1; run <= runs; run++) {
                if (!finished.test(run)) {
                    continue;
                }
                Path f = fileOf(dirOfRun.apply(run), run);
                try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    for (int n; (n = in.read(buf)) > 0; ) {
                        out.write(buf, 0, n);
                    }
                }
            }
        }
        FileTrees.commit(target);
    }
}
