package org.callup.experiments.sweep;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.callup.results.ConfidenceInterval;
import org.callup.results.CsvValues;

/**
 * Writes points.csv from runs.csv, in tidy long form: per design point and output, the parameter values, the
 * number of replications with a value, their mean and standard deviation, and the 95% confidence interval of the
 * mean (Student's t, as for replicated runs). Reads runs.csv once, one point at a time (its rows are in run order,
 * so a point's replications are together), and returns the means for the sensitivity indices.
 */
final class PointsCsv {
    static final double LEVEL = 0.95;

    private PointsCsv() {}

    /** Writes {@code target}; returns the mean of each output at each point ({@code [point - 1][output]}). */
    static double[][] write(Path runsCsv, Path target, int points, List<String> parameters, List<String> outputs)
            throws IOException {
        double[][] means = new double[points][outputs.size()];
        for (double[] m : means) {
            Arrays.fill(m, Double.NaN);
        }
        ConfidenceInterval ci = new ConfidenceInterval(LEVEL);
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(parameters);
        header.addAll(List.of("output", "n", "mean", "sd", "ci_low", "ci_high"));
        Path tmp = FileTrees.temporary(target);
        try (CsvReader<CsvRecord> in = CsvReader.builder().ofCsvRecord(runsCsv, StandardCharsets.UTF_8);
                CsvWriter out = org.callup.results.CsvValues.writer(tmp)) {
            out.writeRecord(header);
            int first = 4;
            int errorColumn = first + parameters.size() + outputs.size();
            Group g = null;
            boolean headerRow = true;
            for (CsvRecord r : in) {
                if (headerRow) {
                    headerRow = false;
                    continue;
                }
                int point = Integer.parseInt(r.getField(1));
                if (g == null || g.point != point) {
                    if (g != null) {
                        g.write(out, outputs, ci, means);
                    }
                    g = new Group(point, r.getFields().subList(first, first + parameters.size()), outputs.size());
                }
                if (r.getField(errorColumn).isEmpty()) {
                    for (int o = 0; o < outputs.size(); o++) {
                        g.add(o, CsvValues.parse(r.getField(first + parameters.size() + o)));
                    }
                }
            }
            if (g != null) {
                g.write(out, outputs, ci, means);
            }
        }
        FileTrees.commit(target);
        return means;
    }

    /** The replications of one point seen so far. */
    private static final class Group {
        final int point;
        final List<String> values;
        final List<List<Double>> samples = new ArrayList<>();

        Group(int point, List<String> values, int outputs) {
            this.point = point;
            this.values = List.copyOf(values);
            for (int o = 0; o < outputs; o++) {
                samples.add(new ArrayList<>());
            }
        }

        void add(int output, double v) {
            if (Double.isFinite(v)) {
                samples.get(output).add(v);
            }
        }

        void write(CsvWriter out, List<String> outputs, ConfidenceInterval ci, double[][] means) {
            for (int o = 0; o < outputs.size(); o++) {
                List<Double> xs = samples.get(o);
                int n = xs.size();
                double mean = n == 0
                        ? Double.NaN
                        : xs.stream().mapToDouble(Double::doubleValue).sum() / n;
                double ss = 0;
                for (double x : xs) {
                    ss += (x - mean) * (x - mean);
                }
                double sd = n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1));
                double half = ci.halfWidth(sd, n);
                means[point - 1][o] = mean;
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(point));
                row.addAll(values);
                row.addAll(List.of(
                        outputs.get(o),
                        Integer.toString(n),
                        CsvValues.format(mean),
                        CsvValues.format(sd),
                        CsvValues.format(mean - half),
                        CsvValues.format(mean + half)));
                out.writeRecord(row);
            }
        }
    }
}
