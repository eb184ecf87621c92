package org.callup.experiments.sweep;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.callup.results.CsvValues;

/**
 * The rows of runs.csv: {@code run,point,replication,seed}, one column per parameter, one per output, and
 * {@code error} (empty for a run that finished). Each row is one line: an error message never holds a line break,
 * so a journal can tell a complete row from a torn one by its final newline.
 */
final class RunRows {
    /** Long messages (a stack of causes) are cut: the column is for finding what failed, not a log. */
    static final int MAX_ERROR = 500;

    private final List<String> header;

    RunRows(List<String> parameters, List<String> outputs) {
        List<String> h = new ArrayList<>(List.of("run", "point", "replication", "seed"));
        h.addAll(parameters);
        h.addAll(outputs);
        h.add("error");
        this.header = List.copyOf(h);
    }

    List<String> header() {
        return header;
    }

    String headerLine() {
        return line(header);
    }

    /** One row, ending in a newline. */
    String row(int run, int point, int replication, long seed, Object[] values, double[] outputs, String error) {
        List<String> f = new ArrayList<>(header.size());
        f.add(Integer.toString(run));
        f.add(Integer.toString(point));
        f.add(Integer.toString(replication));
        f.add(Long.toString(seed));
        for (Object v : values) {
            f.add(ValueText.of(v));
        }
        for (double o : outputs) {
            f.add(CsvValues.format(o));
        }
        f.add(error == null ? "" : CsvValues.text(oneLine(error)));
        return line(f);
    }

    static String oneLine(String s) {
        String t = s.replaceAll("[\\r\\n\\t]+", " ").strip();
        return t.length() <= MAX_ERROR ? t : t.substring(0, MAX_ERROR - 3) + "...";
    }

    private static String line(List<String> fields) {
        StringWriter w = new StringWriter();
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w);
        csv.writeRecord(fields);
        return w.toString();
    }
}
