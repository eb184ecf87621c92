package org.callup.results.facts;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.callup.results.CsvValues;

/**
 * The stylized facts of a run as CSV ({@code stylized-facts.csv}): one row per fact with its id, {@code result}
 * ({@code holds}, {@code fails} or {@code NA} when it cannot be computed), the measured figure, the statement,
 * the definition in numbers and the source.
 */
public final class StylizedFactsCsv {
    public static final String FILE = "stylized-facts.csv";
    public static final List<String> HEADER = List.of("id", "result", "measured", "statement", "definition", "source");

    private StylizedFactsCsv() {}

    public static void write(Path file, List<FactResult> results) throws IOException {
        try (CsvWriter csv = CsvValues.writer(file)) {
            csv.writeRecord(HEADER);
            for (FactResult r : results) {
                csv.writeRecord(
                        r.fact().id(),
                        switch (r.outcome()) {
                            case HOLDS -> "holds";
                            case FAILS -> "fails";
                            case NOT_COMPUTABLE -> CsvValues.MISSING;
                        },
                        CsvValues.text(r.measured()),
                        CsvValues.text(r.fact().statement()),
                        CsvValues.text(r.fact().definition()),
                        CsvValues.text(r.fact().source()));
            }
        }
    }
}
