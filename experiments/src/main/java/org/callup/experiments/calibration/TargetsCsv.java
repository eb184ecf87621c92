package org.callup.experiments.calibration;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.callup.results.CsvValues;
import org.callup.results.Target;
import org.callup.results.Targets;

/**
 * Writes targets in the format of {@code calibration-targets.csv}. A calibration folder keeps the targets it
 * counted this way, so that a run of the calibrated scenario can be checked against exactly those with
 * {@code callup validate RUN --targets <folder>/targets.csv}.
 */
public final class TargetsCsv {
    private TargetsCsv() {}

    public static void write(Path file, List<Target> targets) throws IOException {
        try (CsvWriter csv = CsvValues.writer(file)) {
            csv.writeRecord(Targets.COLUMNS);
            for (Target t : targets) {
                csv.writeRecord(
                        t.id(),
                        t.metric(),
                        t.scope(),
                        t.statistic().key(),
                        t.dateFrom().toString(),
                        t.dateTo().toString(),
                        CsvValues.format(t.value()),
                        bound(t.low()),
                        bound(t.high()),
                        t.trust(),
                        t.source());
            }
        }
    }

    /** An open bound is empty in a targets file. */
    private static String bound(double v) {
        return Double.isNaN(v) ? "" : CsvValues.format(v);
    }
}
