package org.callup.experiments.sweep;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.callup.results.CsvValues;

/**
 * Writes sensitivity.csv: per output and parameter, the first-order and total-order Sobol' indices with their
 * bootstrap intervals, in tidy long form: {@code output,parameter,index,estimate,ci_low,ci_high,samples}, where
 * index is {@code first_order} or {@code total_order} and samples the base samples used. Indices are taken of
 * each point's mean over its replications.
 */
final class SensitivityCsv {
    static final List<String> HEADER =
            List.of("output", "parameter", "index", "estimate", "ci_low", "ci_high", "samples");

    private SensitivityCsv() {}

    static void write(
            Path target, double[][] means, List<String> parameters, List<String> outputs, int bootstrap, long seed)
            throws IOException {
        int k = parameters.size();
        Path tmp = FileTrees.temporary(target);
        try (CsvWriter out = CsvValues.writer(tmp)) {
            out.writeRecord(HEADER);
            for (int o = 0; o < outputs.size(); o++) {
                double[] y = new double[means.length];
                for (int p = 0; p < y.length; p++) {
                    y[p] = means[p][o];
                }
                // The bootstrap's seed: a stream of the sweep's seed that no run uses.
                SobolIndices.Result r = SobolIndices.of(y, k, bootstrap, RunSeeds.of(seed, -1 - o), PointsCsv.LEVEL);
                for (int i = 0; i < k; i++) {
                    row(out, outputs.get(o), parameters.get(i), "first_order", r.first()[i], r.samples());
                    row(out, outputs.get(o), parameters.get(i), "total_order", r.total()[i], r.samples());
                }
            }
        }
        FileTrees.commit(target);
    }

    private static void row(
            CsvWriter out, String output, String parameter, String index, SobolIndices.Index x, int samples) {
        out.writeRecord(
                output,
                parameter,
                index,
                CsvValues.format(x.estimate()),
                CsvValues.format(x.low()),
                CsvValues.format(x.high()),
                Integer.toString(samples));
    }
}
