package org.callup.experiments.calibration.abc;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.callup.experiments.calibration.FreeParameter;
import org.callup.results.CsvValues;

/** The tables of an ABC-SMC calibration beside {@code posterior.csv}: the generations and the identifiability. */
public final class AbcTables {
    public static final String GENERATIONS_FILE = "generations.csv";
    public static final String IDENTIFIABILITY_FILE = "identifiability.csv";

    public static final List<String> GENERATIONS_HEADER = List.of(
            "generation",
            "tolerance",
            "particles",
            "proposals",
            "acceptance_rate",
            "evaluations",
            "ess",
            "min_distance",
            "median_distance");

    public static final List<String> IDENTIFIABILITY_HEADER = List.of(
            "parameter",
            "scale",
            "min",
            "max",
            "posterior_p05",
            "posterior_median",
            "posterior_p95",
            "width_ratio",
            "identified");

    /** A parameter whose 90% interval covers less than this share of its prior is called identified. */
    public static final double IDENTIFIED_BELOW = 0.5;

    private AbcTables() {}

    /** One row per complete generation; {@code evaluations} is cumulative. */
    public static void writeGenerations(Path file, List<AbcSmc.Generation> generations) throws IOException {
        try (CsvWriter csv = CsvValues.writer(file)) {
            csv.writeRecord(GENERATIONS_HEADER);
            int cumulative = 0;
            for (AbcSmc.Generation g : generations) {
                cumulative += g.proposals();
                double[] d = g.particles().stream()
                        .mapToDouble(AbcSmc.Particle::distance)
                        .toArray();
                csv.writeRecord(
                        Integer.toString(g.index()),
                        CsvValues.format(Double.isInfinite(g.tolerance()) ? Double.NaN : g.tolerance()),
                        Integer.toString(g.particles().size()),
                        Integer.toString(g.proposals()),
                        CsvValues.format(g.acceptanceRate()),
                        Integer.toString(cumulative),
                        CsvValues.format(g.ess()),
                        CsvValues.format(java.util.Arrays.stream(d).min().orElse(Double.NaN)),
                        CsvValues.format(Quantiles.weighted(d, g.weights(), 0.5)));
            }
        }
    }

    /**
     * One parameter's identifiability: its posterior's weighted 5%, 50% and 95% quantiles, and the width of the 90%
     * interval as a share of the prior's, measured where the prior is uniform (in the logarithm for a log range).
     */
    public record Width(FreeParameter parameter, double p05, double median, double p95) {
        public double ratio() {
            return parameter.toUnit(p95) - parameter.toUnit(p05);
        }

        public boolean identified() {
            return ratio() < IDENTIFIED_BELOW;
        }
    }

    public static List<Width> widths(List<FreeParameter> parameters, Posterior posterior) {
        List<Width> out = new ArrayList<>();
        for (int k = 0; k < parameters.size(); k++) {
            double[] x = new double[posterior.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = posterior.values().get(i)[k];
            }
            double[] w = posterior.weights();
            out.add(new Width(
                    parameters.get(k),
                    Quantiles.weighted(x, w, 0.05),
                    Quantiles.weighted(x, w, 0.5),
                    Quantiles.weighted(x, w, 0.95)));
        }
        return out;
    }

    public static void writeIdentifiability(Path file, List<Width> widths) throws IOException {
        try (CsvWriter csv = CsvValues.writer(file)) {
            csv.writeRecord(IDENTIFIABILITY_HEADER);
            for (Width w : widths) {
                FreeParameter p = w.parameter();
                csv.writeRecord(
                        CsvValues.text(p.path()),
                        p.logScale() ? "log" : "linear",
                        CsvValues.format(p.min()),
                        CsvValues.format(p.max()),
                        CsvValues.format(w.p05()),
                        CsvValues.format(w.median()),
                        CsvValues.format(w.p95()),
                        CsvValues.format(w.ratio()),
                        Boolean.toString(w.identified()));
            }
        }
    }
}
