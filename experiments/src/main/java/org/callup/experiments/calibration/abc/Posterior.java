package org.callup.experiments.calibration.abc;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.results.BadInputException;
import org.callup.results.CsvValues;

/**
 * A weighted sample of parameter sets, as {@code posterior.csv} keeps it: one row per particle with its normalised
 * weight, the value of each free parameter (by path) and its distance. It can be read back from a calibration
 * folder, drawn from (weighted, seeded) and applied to a scenario.
 *
 * @param paths     the free parameters, in column order
 * @param values    per particle, the values of the free parameters
 * @param weights   per particle, its normalised weight
 * @param distances per particle, its distance (the loss of the calibration)
 */
public record Posterior(List<String> paths, List<double[]> values, double[] weights, double[] distances) {
    public static final String FILE = "posterior.csv";

    public Posterior {
        paths = List.copyOf(paths);
        values = values.stream().map(double[]::clone).toList();
        weights = weights.clone();
        distances = distances.clone();
        if (values.isEmpty() || values.size() != weights.length || weights.length != distances.length) {
            throw new IllegalArgumentException("a posterior needs as many weights and distances as particles");
        }
    }

    public int size() {
        return values.size();
    }

    /** Indices of {@code n} particles drawn with replacement by their weights, from a generator seeded with seed. */
    public int[] draw(int n, long seed) {
        RandomGenerator rng = new MersenneTwister(new int[] {(int) (seed >>> 32), (int) seed, 0x0d4a3});
        double[] cum = new double[weights.length];
        double c = 0;
        for (int i = 0; i < cum.length; i++) {
            c += weights[i];
            cum[i] = c;
        }
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            double r = rng.nextDouble() * c;
            int i = java.util.Arrays.binarySearch(cum, r);
            i = i >= 0 ? i : -i - 1;
            out[k] = Math.min(i, cum.length - 1);
        }
        return out;
    }

    /** The scenario with particle i's values set (a whole-number parameter rounded to its type). */
    public Scenario apply(Scenario s, int i) {
        Scenario out = s;
        double[] v = values.get(i);
        for (int k = 0; k < paths.size(); k++) {
            Object current = ParamPaths.get(out, paths.get(k));
            Object value = current instanceof Long
                    ? (Object) Math.round(v[k])
                    : current instanceof Integer ? (Object) (int) Math.round(v[k]) : (Object) v[k];
            out = ParamPaths.set(out, paths.get(k), value);
        }
        return out;
    }

    public void write(Path file) throws IOException {
        try (CsvWriter csv = CsvValues.writer(file)) {
            List<String> header = new ArrayList<>(List.of("particle", "weight"));
            paths.forEach(p -> header.add(CsvValues.text(p)));
            header.add("distance");
            csv.writeRecord(header);
            for (int i = 0; i < size(); i++) {
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(i + 1));
                row.add(CsvValues.format(weights[i]));
                for (double x : values.get(i)) {
                    row.add(CsvValues.format(x));
                }
                row.add(CsvValues.format(distances[i]));
                csv.writeRecord(row);
            }
        }
    }

    /** Reads {@value #FILE} from a calibration folder made by {@code callup calibrate --method abc}. */
    public static Posterior read(Path folder) throws BadInputException, IOException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(
                    folder + ": no " + FILE + "; give the folder of a finished " + "'callup calibrate --method abc'");
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Reads the text of a {@value #FILE}; {@code label} names it in messages. */
    public static Posterior parse(String text, String label) throws BadInputException, IOException {
        String file = label;
        List<CsvRecord> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(text)) {
            csv.forEach(rows::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (rows.size() < 2) {
            throw new BadInputException(file + ": no particles");
        }
        List<String> header = rows.get(0).getFields();
        int n = header.size();
        if (n < 4
                || !header.get(0).equals("particle")
                || !header.get(1).equals("weight")
                || !header.get(n - 1).equals("distance")) {
            throw new BadInputException(file + ": expected the columns particle,weight,<parameters>,distance");
        }
        List<String> paths =
                header.subList(2, n - 1).stream().map(CsvValues::fromText).toList();
        List<double[]> values = new ArrayList<>();
        double[] w = new double[rows.size() - 1];
        double[] d = new double[rows.size() - 1];
        for (int r = 1; r < rows.size(); r++) {
            CsvRecord row = rows.get(r);
            if (row.getFieldCount() != n) {
                throw new BadInputException(file + ":" + row.getStartingLineNumber() + ": expected " + n + " fields");
            }
            try {
                w[r - 1] = CsvValues.parse(row.getField(1));
                double[] v = new double[n - 3];
                for (int k = 0; k < v.length; k++) {
                    v[k] = CsvValues.parse(row.getField(2 + k));
                }
                values.add(v);
                d[r - 1] = CsvValues.parse(row.getField(n - 1));
            } catch (NumberFormatException e) {
                throw new BadInputException(file + ":" + row.getStartingLineNumber() + ": " + e.getMessage());
            }
            if (!(w[r - 1] >= 0)) {
                throw new BadInputException(file + ":" + row.getStartingLineNumber() + ": a weight is 0 or more");
            }
        }
        return new Posterior(paths, values, w, d);
    }

    /** SHA-256 of a posterior file, to record which posterior a run drew from. */
    public static String sha256(Path file) throws IOException {
        return sha256(Files.readAllBytes(file));
    }

    /** SHA-256 of the bytes of a posterior file. */
    public static String sha256(byte[] bytes) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
