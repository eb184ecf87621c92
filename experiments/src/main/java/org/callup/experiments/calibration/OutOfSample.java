package org.callup.experiments.calibration;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.callup.results.CsvValues;

/**
 * How a fit made without a group of targets does on that group: how many of its targets have their simulated mean
 * inside their range, the mean distance of its loss terms (a target's, or a series', root mean square distance
 * over the replications, as in {@link Loss}), the loss over the group alone, and the loss of the fit on the
 * targets it was made with. Beside it, how many of the group's targets are inside at the values the search starts
 * from (the scenario's own, for the shipped setups): a fit without the group that keeps them inside shows that the
 * other groups predict it; one that loses them shows that only the group itself held its parameters in place.
 *
 * @param targets       the group's counted targets
 * @param insideAtStart of them, those inside at the search's starting values, with the same seeds
 * @param note          why the group has no row of figures (no targets, nothing left to fit), or empty
 */
public record OutOfSample(
        String group,
        int targets,
        int insideAtStart,
        int inside,
        double meanDistance,
        double leftOutLoss,
        double fittedOnLoss,
        String note) {
    public static final String FILE = "out-of-sample.csv";
    public static final String TABLE_FILE = "out-of-sample.md";
    public static final List<String> HEADER = List.of(
            "group",
            "targets",
            "inside_at_start",
            "inside",
            "mean_distance",
            "left_out_loss",
            "fitted_on_loss",
            "note");

    /** A group that could not be checked, and why. */
    public static OutOfSample skipped(String group, int targets, String why) {
        return new OutOfSample(group, targets, 0, 0, Double.NaN, Double.NaN, Double.NaN, why);
    }

    /**
     * The check of a group at a fit.
     *
     * @param all          every counted target (the left-out group among them)
     * @param atStart      the evaluation of the search's starting values on {@code all}
     * @param atFit        the evaluation of the fitted values on {@code all}
     * @param fittedOnLoss the fit's loss on the targets it was made with
     */
    public static OutOfSample of(
            String group, List<CalibrationTarget> all, Evaluation atStart, Evaluation atFit, double fittedOnLoss) {
        List<CalibrationTarget> mine = new ArrayList<>();
        List<double[]> stats = new ArrayList<>();
        int inside = 0;
        int insideAtStart = 0;
        for (int t = 0; t < all.size(); t++) {
            if (all.get(t).group().equals(group)) {
                mine.add(all.get(t));
                stats.add(atFit.stats()[t]);
                if (all.get(t).target().accepts(atFit.mean(t))) {
                    inside++;
                }
                if (all.get(t).target().accepts(atStart.mean(t))) {
                    insideAtStart++;
                }
            }
        }
        if (mine.isEmpty()) {
            return skipped(group, 0, "no counted target in this group");
        }
        double[][] x = stats.toArray(double[][]::new);
        LossTerms terms = LossTerms.of(mine);
        double sum = 0;
        for (int k = 0; k < terms.size(); k++) {
            sum += terms.distance(k, x);
        }
        return new OutOfSample(
                group, mine.size(), insideAtStart, inside, sum / terms.size(), Loss.of(mine, x), fittedOnLoss, "");
    }

    public static void write(List<OutOfSample> rows, Path file) throws IOException {
        try (CsvWriter csv = CsvValues.writer(file)) {
            csv.writeRecord(HEADER);
            for (OutOfSample r : rows) {
                csv.writeRecord(
                        CsvValues.text(r.group()),
                        Integer.toString(r.targets()),
                        Integer.toString(r.insideAtStart()),
                        Integer.toString(r.inside()),
                        CsvValues.format(r.meanDistance()),
                        CsvValues.format(r.leftOutLoss()),
                        CsvValues.format(r.fittedOnLoss()),
                        CsvValues.text(r.note()));
            }
        }
    }

    /** The markdown table's header, its two lines. */
    public static final String TABLE_HEADER =
            "| left-out group | targets | inside at the start | inside at the fit without"
                    + " them | mean distance | loss on the group | loss of the fit on the rest |\n"
                    + "|---|---|---|---|---|---|---|\n";

    /** The rows as a markdown table, for a report or docs/CALIBRATION.md. */
    public static String markdown(List<OutOfSample> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(TABLE_HEADER);
        for (OutOfSample r : rows) {
            if (!r.note().isEmpty()) {
                sb.append(String.format(Locale.ROOT, "| %s | %d | %s | | | | |%n", r.group(), r.targets(), r.note()));
            } else {
                sb.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %d of %d | %d of %d | %.3f | %.4g | %.4g |%n",
                        r.group(),
                        r.targets(),
                        r.insideAtStart(),
                        r.targets(),
                        r.inside(),
                        r.targets(),
                        r.meanDistance(),
                        r.leftOutLoss(),
                        r.fittedOnLoss()));
            }
        }
        return sb.toString();
    }

    public static void writeMarkdown(List<OutOfSample> rows, Path file) throws IOException {
        Files.writeString(file, markdown(rows), StandardCharsets.UTF_8);
    }
}
