package org.callup.experiments.calibration;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.callup.results.CsvValues;

/**
 * The convergence trace: every candidate in the order the optimizer asked for it, with its generation, its loss and
 * the search's objective, the loss of the best candidate so far (by objective), the number of targets whose mean is
 * inside, and its parameter values.
 */
final class TraceCsv {
    private TraceCsv() {}

    static void write(Path file, CalibrationProblem problem, List<CmaesSearch.Ask> asks, JournalObjective objective)
            throws IOException {
        try (CsvWriter csv = CsvValues.writer(file)) {
            List<String> header = new ArrayList<>(
                    List.of("evaluation", "generation", "loss", "objective", "best_loss", "targets_inside"));
            problem.parameters().forEach(p -> header.add(CsvValues.text(p.path())));
            csv.writeRecord(header);
            double bestObjective = Double.POSITIVE_INFINITY;
            double bestLoss = Double.NaN;
            for (CmaesSearch.Ask a : asks) {
                Evaluation e = objective.at(a.unit());
                double value = objective.objective(e);
                if (value < bestObjective) {
                    bestObjective = value;
                    bestLoss = e.loss();
                }
                List<String> row = new ArrayList<>(List.of(
                        Integer.toString(a.index() + 1),
                        Integer.toString(a.generation()),
                        CsvValues.format(e.loss()),
                        CsvValues.format(value),
                        CsvValues.format(bestLoss),
                        Integer.toString(e.insideCount(problem.targets()))));
                for (double v : e.values()) {
                    row.add(CsvValues.format(v));
                }
                csv.writeRecord(row);
            }
        }
    }
}
