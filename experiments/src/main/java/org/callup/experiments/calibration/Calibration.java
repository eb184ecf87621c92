package org.callup.experiments.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.results.BadInputException;
import org.callup.results.CallupVersion;
import org.callup.scenarios.ScenarioException;
import org.callup.scenarios.ScenarioLibrary;

/**
 * Calibrates a scenario: searches the free parameters with CMA-ES for the lowest {@link Loss}, writes the calibrated
 * scenario (the best values, rounded to the fewest significant digits that fit as well), the fit report, the
 * convergence trace and the identifiability of each parameter into the calibration folder. Every evaluation goes
 * through the journal, so an interrupted calibration continues where it stopped.
 */
public final class Calibration {
    private static final int FIRST_DIGITS = 3;
    private static final int LAST_DIGITS = 6;

    private final CalibrationProblem problem;
    private final CalibrationSetup setup;
    private final ExecutorService pool;
    private final Clock clock;
    private final CalibrationProgress progress;
    private final CmaesSearch.Settings settings;

    /**
     * @param pool  where the model runs execute (one run per task); the caller owns it
     * @param clock dates the calibrated values
     */
    public Calibration(
            CalibrationProblem problem,
            CalibrationSetup setup,
            ExecutorService pool,
            Clock clock,
            CalibrationProgress progress) {
        this.problem = problem;
        this.setup = setup;
        this.pool = pool;
        this.clock = clock;
        this.progress = progress;
        this.settings = new CmaesSearch.Settings(
                problem.startUnit(),
                setup.initialStep(),
                setup.populationSize(),
                setup.optimizerSeed(),
                setup.budget());
    }

    /** The setup as kept in the folder: a calibration continues only with an unchanged one. */
    public String setupText() {
        return SetupText.of(problem, setup, settings, CallupVersion.current());
    }

    public CalibrationResult run(CalibrationFolder folder) throws IOException, BadInputException {
        List<String> ids = problem.targets().stream().map(CalibrationTarget::id).toList();
        List<String> paths =
                problem.parameters().stream().map(FreeParameter::path).toList();
        try (Journal journal = Journal.open(
                folder.file(CalibrationFolder.JOURNAL_FILE),
                paths,
                ids,
                problem.seeds().size())) {
            JournalObjective objective = new JournalObjective(problem, journal, new Evaluator(problem, pool), progress);
            progress.searchStarted(setup.budget(), journal.size());
            CmaesSearch.Result search = new CmaesSearch(settings).run(objective, progress::generationDone);
            Evaluation start = objective.at(search.asks().get(0).unit());
            Evaluation best = objective.at(search.best().unit());
            progress.stepStarted("fit", LAST_DIGITS - FIRST_DIGITS + 1);
            Evaluation calibrated = rounded(best, objective);
            Identifiability identifiability = identifiability(calibrated, objective);
            progress.finished();
            FitReport fit = FitReport.of(problem, calibrated);
            TraceCsv.write(folder.file(CalibrationFolder.TRACE_FILE), problem, search.asks(), objective);
            fit.write(folder.file(CalibrationFolder.FIT_FILE));
            TargetsCsv.write(
                    folder.file(CalibrationFolder.TARGETS_FILE),
                    problem.targets().stream().map(CalibrationTarget::target).toList());
            if (identifiability != null) {
                identifiability.write(folder.file(CalibrationFolder.IDENTIFIABILITY_FILE));
                identifiability.writeSummary(folder.file(CalibrationFolder.IDENTIFIABILITY_SUMMARY_FILE));
            }
            Path yaml = writeScenario(folder, calibrated, fit, ids);
            return new CalibrationResult(
                    problem,
                    start,
                    best,
                    calibrated,
                    fit,
                    identifiability,
                    yaml,
                    search.asks().size(),
                    ids);
        }
    }

    /**
     * The best values with the fewest significant digits (3 to 6) whose objective is no worse; else the exact ones.
     */
    private Evaluation rounded(Evaluation best, JournalObjective objective) {
        for (int digits = FIRST_DIGITS; digits <= LAST_DIGITS; digits++) {
            double[] r = round(best.values(), digits);
            if (r == null) {
                continue;
            }
            if (Arrays.equals(r, best.values())) {
                return best;
            }
            Evaluation e = objective.evaluateValues(List.of(r)).get(0);
            if (objective.objective(e) <= objective.objective(best)) {
                return e;
            }
        }
        return best;
    }

    /** Values rounded to significant digits, or null if rounding takes one outside its bounds. */
    private double[] round(double[] values, int digits) {
        double[] r = new double[values.length];
        for (int i = 0; i < r.length; i++) {
            FreeParameter p = problem.parameters().get(i);
            r[i] = p.whole() ? values[i] : Numbers.significant(values[i], digits);
            if (r[i] < p.min() || r[i] > p.max()) {
                return null;
            }
        }
        return r;
    }

    private Identifiability identifiability(Evaluation fit, JournalObjective objective) {
        if (setup.identifiabilityPoints() == 0) {
            return null;
        }
        double[] positions = Identifiability.positions(setup.identifiabilityPoints());
        List<double[]> candidates = Identifiability.candidates(problem.parameters(), fit.values(), positions);
        progress.stepStarted("identifiability", candidates.size());
        List<Evaluation> all = objective.evaluateValues(candidates);
        int n = problem.parameters().size();
        Evaluation[][] grid = new Evaluation[n][positions.length];
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < positions.length; k++) {
                grid[j][k] = all.get(j * positions.length + k);
            }
        }
        return new Identifiability(problem.parameters(), problem.targets(), positions, grid, fit);
    }

    private Path writeScenario(CalibrationFolder folder, Evaluation calibrated, FitReport fit, List<String> ids)
            throws IOException {
        String name = CalibratedScenarioYaml.nameOf(problem.source());
        Path file = folder.file(name + ".yaml");
        LocalDate date = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String text = CalibratedScenarioYaml.write(
                problem.source(), folder.target(), problem.parameters(), calibrated.values(), ids, date, header(fit));
        Files.writeString(file, text, StandardCharsets.UTF_8);
        checkLoadsBack(file, calibrated.values());
        return file;
    }

    private List<String> header(FitReport fit) {
        Scenario b = problem.base();
        long inside = fit.counted().stream().filter(FitReport.Row::inside).count();
        List<String> h = new ArrayList<>();
        h.add("Targets (" + problem.targetsLabel() + ", those within " + b.startDate() + " to " + b.endDate() + "):");
        h.add("  " + problem.targets().stream().map(CalibrationTarget::id).collect(Collectors.joining(", ")) + ".");
        h.add(String.format(
                java.util.Locale.ROOT,
                "Fit: loss %.4g; %d of %d targets inside their range (mean of %d "
                        + "replications at scale %d, seeds %s).",
                fit.loss(),
                inside,
                fit.counted().size(),
                problem.seeds().size(),
                b.population().scale(),
                problem.seeds().stream().map(String::valueOf).collect(Collectors.joining(", "))));
        h.add("Made by callup " + CallupVersion.current() + "; fit.csv, trace.csv and identifiability.csv are beside "
                + "the file it wrote.");
        h.add("Only the fitted values are set here; everything else, and its source, is the extended scenario's.");
        return h;
    }

    /** The file must give exactly the scenario that was evaluated; anything else is a bug worth stopping for. */
    private void checkLoadsBack(Path file, double[] values) {
        Scenario loaded;
        try {
            loaded = ScenarioLibrary.shipped().loadFile(file).scenario();
        } catch (ScenarioException e) {
            throw new IllegalStateException("the calibrated scenario " + file + " does not load: " + e.format(), e);
        }
        Scenario b = problem.base();
        Scenario again =
                ParamPaths.set(loaded, "population.scale", b.population().scale());
        again = ParamPaths.set(again, "endDate", b.endDate());
        again = ParamPaths.set(again, "seed", b.seed());
        Scenario expected = problem.scenarioAt(values);
        Scenario named =
                ParamPaths.set(ParamPaths.set(expected, "name", again.name()), "description", again.description());
        if (!named.equals(again)) {
            throw new IllegalStateException("the calibrated scenario " + file + " does not give the fitted values");
        }
    }
}
