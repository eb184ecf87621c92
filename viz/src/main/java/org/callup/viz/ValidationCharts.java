package org.callup.viz;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.callup.results.BadInputException;
import org.callup.results.RunData;
import org.callup.results.ValidationPanel;
import org.callup.results.ValidationPanels;
import org.callup.results.ValidationResult;
import org.callup.viz.charts.ValidationChart;

/**
 * The validation chart of a run ({@code validation.png} and {@code validation.svg}): every target as a small
 * panel, its simulated series against the reported value and range, grouped by kind of evidence.
 */
public final class ValidationCharts {
    /** The chart's file name in a run folder, without extension. */
    public static final String NAME = "validation";

    private ValidationCharts() {}

    /** Draws {@code base.png} and {@code base.svg}; returns both files. */
    public static List<Path> write(RunData run, List<ValidationResult> results, Path base, String targetsLabel)
            throws BadInputException, IOException {
        List<ValidationPanel> panels = ValidationPanels.of(run, results);
        long applicable = results.stream().filter(ValidationResult::applicable).count();
        long inside = results.stream().filter(ValidationResult::inside).count();
        String title = String.format(
                Locale.ENGLISH,
                "%s against %s: %d of %d applicable targets inside their range",
                run.manifest().scenarioName(),
                targetsLabel,
                inside,
                applicable);
        String subtitle = (run.replicated()
                        ? "Mean of " + run.manifest().replications()
                                + " replications; the band is the 95% interval of the mean."
                        : "A single run (no band): run with --replications 4 or more to validate the mean.")
                + " Seed " + run.manifest().seed() + ", scale 1:"
                + run.manifest().scale() + ", "
                + run.startDate() + " to " + run.endDate() + ". Red frame: outside the range; grey: not applicable.";
        String name = base.getFileName().toString();
        return ValidationChart.write(
                title, subtitle, panels, base.resolveSibling(name + ".png"), base.resolveSibling(name + ".svg"));
    }
}
