package org.callup.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callup.experiments.calibration.CalibrationSetup;
import org.callup.experiments.calibration.FreeParameter;
import org.callup.results.BadInputException;
import org.callup.scenarios.Suggest;
import picocli.CommandLine.Option;

/**
 * The options of {@code callup calibrate} that shape the setup: free parameters, targets, runs and budget. Each
 * overrides the calibration file's value.
 */
final class CalibrationOptions {
    @Option(
            names = {"-p", "--param"},
            paramLabel = "PATH=MIN:MAX[:log]",
            description = {
                "A free parameter and its bounds, e.g. decisions.ascFlee=-8:0 or "
                        + "decisions.considerRatePerDay=0.002:0.05:log (searched on a log scale). Repeatable; replaces the "
                        + "file's bounds for the same path."
            })
    List<String> params = new ArrayList<>();

    @Option(
            names = "--start",
            paramLabel = "PATH=VALUE",
            description = "Where the search starts for a free parameter, in the parameter's own unit (default: the "
                    + "scenario's value). Repeatable.")
    Map<String, Double> starts = new LinkedHashMap<>();

    @Option(
            names = {"-t", "--targets"},
            paramLabel = "FILE",
            description = "Targets CSV in the format of calibration-targets.csv. Default: the file's, else the shipped "
                    + "calibration targets.")
    Path targets;

    @Option(names = "--exclude", split = ",", paramLabel = "ID", description = "Target ids the loss leaves out.")
    List<String> exclude;

    @Option(
            names = "--budget",
            paramLabel = "N",
            converter = NumberOptions.Budget.class,
            description = "Candidate parameter sets the search may evaluate, each of --replications runs (1 to "
                    + "1000000; default: the file's, else 400). Run again with a larger budget to go on with a search "
                    + "(a finished one with --overwrite).")
    Integer budget;

    @Option(
            names = "--replications",
            paramLabel = "N",
            converter = NumberOptions.CalibrationReplications.class,
            description = "Runs per candidate, with the same seeds for every candidate (1 to 100; default: the "
                    + "file's, else 4). With --method abc: runs per candidate, their seeds picked from --seed-pool "
                    + "(default: the file's abc section's, else 1).")
    Integer replications;

    @Option(
            names = "--scale",
            paramLabel = "N",
            converter = NumberOptions.Scale.class,
            description = "Real men per simulated citizen (1 to " + NumberOptions.MAX_SCALE
                    + "; default: the file's, else the " + "scenario's). Smaller is slower.")
    Integer scale;

    @Option(
            names = "--seed",
            paramLabel = "N",
            converter = NumberOptions.Seed.class,
            description = "Seed of the first replication (0 or more; default: the file's, else the scenario's).")
    Long seed;

    @Option(
            names = "--end",
            paramLabel = "YYYY-MM-DD",
            converter = IsoDateConverter.class,
            description = "Last day to simulate, inclusive (default: the file's, else the scenario's end date; a "
                    + "shorter window is faster; targets after it are left out).")
    LocalDate end;

    @Option(
            names = "--identifiability-points",
            paramLabel = "N",
            converter = NumberOptions.IdentifiabilityPoints.class,
            description = "Positions per parameter, from its min to its max, at which identifiability is measured "
                    + "(0 skips it, else 2 to 50; default: the file's, else 5).")
    Integer identifiabilityPoints;

    @Option(
            names = "--leave-out",
            paramLabel = "GROUP",
            description = "Fit without the targets of one group (borders, protest, attacks, mobilization, exodus, or a "
                    + "group the calibration file names) and report how the fit does on them (out-of-sample.csv).")
    String leaveOut;

    /** Applies the options to a setup builder and checks the result. */
    CalibrationSetup apply(CalibrationSetup.Builder b) throws BadInputException {
        for (String p : params) {
            b.parameter(parse(p));
        }
        if (targets != null) {
            b.targets(targets.toString());
        }
        if (exclude != null) {
            b.exclude(exclude);
        }
        if (budget != null) {
            b.budget(budget);
        }
        if (replications != null) {
            b.replications(replications);
        }
        if (scale != null) {
            b.scale(scale);
        }
        if (seed != null) {
            b.seed(seed);
        }
        if (end != null) {
            b.endDate(end);
        }
        if (identifiabilityPoints != null) {
            b.identifiabilityPoints(identifiabilityPoints);
        }
        if (leaveOut != null) {
            b.leaveOut(leaveOut);
        }
        CalibrationSetup s = b.buildChecked();
        return starts.isEmpty() ? s : withStarts(s);
    }

    private CalibrationSetup withStarts(CalibrationSetup s) throws BadInputException {
        CalibrationSetup.Builder b = s.toBuilder();
        List<String> paths = s.parameters().stream().map(FreeParameter::path).toList();
        for (Map.Entry<String, Double> e : starts.entrySet()) {
            FreeParameter p = s.parameters().stream()
                    .filter(f -> f.path().equals(e.getKey()))
                    .findFirst()
                    .orElseThrow(() -> new BadInputException("--start " + e.getKey() + ": not a free parameter of this "
                            + "calibration" + Suggest.didYouMean(e.getKey(), paths)));
            try {
                b.parameter(p.withStart(e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new BadInputException("--start " + ex.getMessage());
            }
        }
        return b.buildChecked();
    }

    /** {@code PATH=MIN:MAX} or {@code PATH=MIN:MAX:log}. */
    static FreeParameter parse(String spec) throws BadInputException {
        int eq = spec.indexOf('=');
        String[] bounds = eq < 0 ? new String[0] : spec.substring(eq + 1).split(":", -1);
        if (eq <= 0
                || bounds.length < 2
                || bounds.length > 3
                || bounds.length == 3 && !bounds[2].equals("log") && !bounds[2].equals("linear")) {
            throw new BadInputException("--param " + spec + ": expected PATH=MIN:MAX or PATH=MIN:MAX:log, e.g. "
                    + "decisions.ascFlee=-8:0");
        }
        String path = spec.substring(0, eq).strip();
        try {
            double min = Double.parseDouble(bounds[0].strip());
            double max = Double.parseDouble(bounds[1].strip());
            return new FreeParameter(path, min, max, bounds.length == 3 && bounds[2].equals("log"), false, Double.NaN);
        } catch (NumberFormatException e) {
            throw new BadInputException("--param " + spec + ": the bounds must be numbers");
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--param " + e.getMessage());
        }
    }
}
