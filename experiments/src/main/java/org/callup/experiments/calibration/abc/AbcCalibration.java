package org.callup.experiments.calibration.abc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.callup.experiments.calibration.CalibrationFolder;
import org.callup.experiments.calibration.CalibrationProblem;
import org.callup.experiments.calibration.CalibrationProgress;
import org.callup.experiments.calibration.CalibrationTarget;
import org.callup.experiments.calibration.Evaluation;
import org.callup.experiments.calibration.Evaluator;
import org.callup.experiments.calibration.FitReport;
import org.callup.experiments.calibration.FreeParameter;
import org.callup.experiments.calibration.Journal;
import org.callup.experiments.calibration.SetupText;
import org.callup.experiments.calibration.ValueKey;
import org.callup.results.BadInputException;
import org.callup.results.CallupVersion;

/**
 * A calibration by ABC-SMC ({@link AbcSmc}): the posterior of the free parameters given the targets, with the
 * distance the CMA-ES fit minimises (the {@link org.callup.experiments.calibration.Loss}, trust-weighted,
 * range-aware, over the candidate's runs: one by default, its seed picked by its values from a small pool, so that
 * the model's noise is part of the likelihood ({@link CalibrationProblem#seedsFor}), and its outputs in the calibration folder:
 * {@value Posterior#FILE}, {@value AbcTables#GENERATIONS_FILE}, {@value AbcTables#IDENTIFIABILITY_FILE},
 * {@value PosteriorPredictive#FILE}, {@code fit.csv} of the particle with the smallest distance and
 * {@value #MANIFEST_FILE}. Every candidate goes through the journal of the calibration folder, so an interrupted
 * calibration replays its generations without running them again and ends where an uninterrupted one ends.
 */
public final class AbcCalibration {
    public static final String METHOD = "abc-smc";
    public static final String MANIFEST_FILE = "manifest.json";
    /** The journal of the predictive runs (one per draw, with its own seed). */
    public static final String PREDICTIVE_JOURNAL = "predictive-journal.csv";

    private final CalibrationProblem problem;
    private final AbcSettings settings;
    private final ExecutorService pool;
    private final CalibrationProgress progress;

    public AbcCalibration(
            CalibrationProblem problem, AbcSettings settings, ExecutorService pool, CalibrationProgress progress) {
        // The candidates' runs: as many per candidate as the settings say, their seeds drawn from the pool.
        this.problem = problem.withSeedPool(settings.replications(), settings.seedPool());
        this.settings = settings;
        this.pool = pool;
        this.progress = progress;
    }

    /** What the calibration found. */
    public record Result(
            CalibrationProblem problem,
            AbcSmc.Result smc,
            Posterior posterior,
            List<AbcTables.Width> widths,
            PosteriorPredictive predictive,
            FitReport bestFit) {}

    /** The problem as the sampler sees it: the replications and seed pool of the settings applied. */
    public CalibrationProblem problem() {
        return problem;
    }

    /** The setup as kept in the folder: the calibration continues only with an unchanged one. */
    public String setupText() {
        return SetupText.of(problem, settings.setupLine(), CallupVersion.current());
    }

    /** The settings that only decide how far it goes, kept in the finished folder. */
    public String settingsText() {
        return settings.stoppingText();
    }

    /** Runs the calibration with every candidate on this machine's pool. */
    public Result run(CalibrationFolder folder) throws IOException, BadInputException {
        Evaluator evaluator = new Evaluator(problem, pool);
        return run(
                folder,
                (batch, candidates, journal, done) -> evaluator.evaluate(candidates, e -> {
                    journal.append(e);
                    done.accept(e);
                }));
    }

    /**
     * Runs the calibration with the candidates evaluated by {@code runs} (the posterior-predictive draws run on this
     * machine's pool). The posterior does not depend on where the candidates ran.
     */
    public Result run(CalibrationFolder folder, CandidateRuns runs) throws IOException, BadInputException {
        List<FreeParameter> params = problem.parameters();
        List<String> paths = params.stream().map(FreeParameter::path).toList();
        List<String> ids = problem.targets().stream().map(CalibrationTarget::id).toList();
        AbcSmc.Result smc;
        Posterior posterior;
        Evaluation best;
        try (Journal journal = Journal.open(
                folder.file(CalibrationFolder.JOURNAL_FILE),
                paths,
                ids,
                problem.seeds().size())) {
            progress.searchStarted(settings.maxEvaluations(), journal.size());
            int[] batches = {0};
            AbcSmc.Distances distances = units -> {
                // Counted whether or not anything is left to run, so that a resumed calibration numbers its batches
                // as an uninterrupted one does.
                int batch = ++batches[0];
                List<double[]> values = units.stream().map(this::valuesAt).toList();
                List<double[]> missing = new ArrayList<>();
                java.util.Set<ValueKey> seen = new java.util.HashSet<>();
                for (double[] v : values) {
                    ValueKey k = new ValueKey(v);
                    if (journal.get(k) == null && seen.add(k)) {
                        missing.add(v);
                    }
                }
                if (!missing.isEmpty()) {
                    try {
                        runs.evaluate(batch, missing, journal, progress::evaluated);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (BadInputException e) {
                        throw new BadBatch(e);
                    }
                }
                double[] d = new double[values.size()];
                for (int i = 0; i < d.length; i++) {
                    Evaluation e = journal.get(new ValueKey(values.get(i)));
                    d[i] = e.failed() ? Double.POSITIVE_INFINITY : e.loss();
                }
                return d;
            };
            try {
                smc = new AbcSmc(settings, params.size()).run(distances, new AbcSmc.Listener() {
                    @Override
                    public void generationDone(AbcSmc.Generation g, int evaluations) {
                        progress.generationDone(evaluations, g.index(), AbcSmc.weightedQuantile(g, 0.5));
                    }
                });
            } catch (BadBatch e) {
                throw e.bad;
            }
            AbcSmc.Generation last = smc.posterior();
            List<double[]> values =
                    last.particles().stream().map(p -> valuesAt(p.unit())).toList();
            double[] d = last.particles().stream()
                    .mapToDouble(AbcSmc.Particle::distance)
                    .toArray();
            posterior = new Posterior(paths, values, last.weights(), d);
            int bestIndex = 0;
            for (int i = 1; i < d.length; i++) {
                if (d[i] < d[bestIndex]) {
                    bestIndex = i;
                }
            }
            best = journal.get(new ValueKey(values.get(bestIndex)));
        }
        progress.stepStarted("predictive", settings.predictiveDraws());
        PosteriorPredictive predictive = settings.predictiveDraws() == 0
                ? null
                : PosteriorPredictive.run(
                        problem,
                        posterior,
                        settings.predictiveDraws(),
                        settings.seed(),
                        pool,
                        folder.file(PREDICTIVE_JOURNAL),
                        progress::evaluated);
        progress.finished();
        List<AbcTables.Width> widths = AbcTables.widths(params, posterior);
        FitReport fit = FitReport.of(problem, best);
        posterior.write(folder.file(Posterior.FILE));
        AbcTables.writeGenerations(folder.file(AbcTables.GENERATIONS_FILE), smc.generations());
        AbcTables.writeIdentifiability(folder.file(AbcTables.IDENTIFIABILITY_FILE), widths);
        if (predictive != null) {
            predictive.write(folder.file(PosteriorPredictive.FILE));
        }
        fit.write(folder.file(CalibrationFolder.FIT_FILE));
        writeManifest(folder.file(MANIFEST_FILE), smc, folder.file(Posterior.FILE));
        return new Result(problem, smc, posterior, widths, predictive, fit);
    }

    /** Carries a batch's bad input out of the sampler's callback. */
    private static final class BadBatch extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient BadInputException bad;

        BadBatch(BadInputException bad) {
            super(bad.getMessage(), bad);
            this.bad = bad;
        }
    }

    /** A point of the unit cube as parameter values (the prior is uniform there: log-uniform on log ranges). */
    double[] valuesAt(double[] unit) {
        double[] v = new double[unit.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = problem.parameters().get(i).fromUnit(unit[i]);
        }
        return v;
    }

    private void writeManifest(Path file, AbcSmc.Result smc, Path posteriorFile) throws IOException {
        CallupVersion v = CallupVersion.current();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", METHOD);
        m.put("scenario", problem.source().name());
        m.put("scenarioOrigin", problem.source().origin());
        m.put("scenarioSha256", problem.source().sha256());
        m.put("scale", problem.base().population().scale());
        m.put("startDate", problem.base().startDate().toString());
        m.put("endDate", problem.base().endDate().toString());
        m.put("replications", problem.seeds().size());
        m.put("seedPool", problem.seedPool());
        m.put("targets", problem.targetsLabel());
        m.put("samplerSeed", settings.seed());
        m.put("particles", settings.particles());
        m.put("toleranceQuantile", settings.quantile());
        m.put("generations", smc.generations().size());
        m.put("finalTolerance", smc.posterior().tolerance());
        m.put("evaluations", smc.evaluations());
        m.put("stoppedBecause", smc.stopReason());
        m.put("predictiveDraws", settings.predictiveDraws());
        m.put("posteriorSha256", Posterior.sha256(posteriorFile));
        m.put("callupVersion", v.version());
        m.put("callupCommit", v.commit());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), m);
    }
}
