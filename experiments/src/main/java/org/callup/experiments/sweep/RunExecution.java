package org.callup.experiments.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.callup.model.MobilizationModel;
import org.callup.model.observe.Metric;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.results.DailyRecorder;
import org.callup.results.DailyTable;
import org.callup.results.SeriesKey;
import org.callup.scenarios.OutputSpec;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioException;

/**
 * Runs one run of a sweep on the calling thread (the model on one thread: a sweep is parallel across runs) and
 * turns it into its row of runs.csv. A run that fails (its combination of values breaks a scenario rule, or the
 * model throws, or memory runs out) becomes a row with its error, so that the sweep goes on; an I/O error stops it. Only the series the
 * outputs need are recorded, and nothing is kept after the row is made.
 */
final class RunExecution {
    private final Sweep sweep;
    private final RunPlan plan;
    private final RunRows rows;
    private final PointScenarios scenarios;
    private final OutputSpec needed;
    private final Path dailyDir;

    /** @param dailyDir where each run's daily series go, or null when the sweep keeps none */
    RunExecution(Sweep sweep, RunPlan plan, RunRows rows, PointScenarios scenarios, Path dailyDir) {
        this.sweep = sweep;
        this.plan = plan;
        this.rows = rows;
        this.scenarios = scenarios;
        this.dailyDir = dailyDir;
        this.needed = needed(sweep.spec().outputs());
    }

    private static OutputSpec needed(List<SweepOutput> outputs) {
        Set<Metric> metrics = new LinkedHashSet<>();
        Set<String> scopes = new LinkedHashSet<>();
        for (SweepOutput o : outputs) {
            metrics.add(Metric.byKey(o.metric()));
            scopes.add(o.scope());
        }
        return new OutputSpec(List.copyOf(metrics), List.copyOf(scopes));
    }

    /**
     * The row of {@code run}, ending in a newline; {@code failed[0]} says whether the run failed. A file that cannot
     * be written (a full disk) is no fault of the run: it is thrown, to stop the sweep with the run left out of the
     * journal, so that the sweep run again once the disk has room does the run again.
     */
    String run(int run, boolean[] failed) throws IOException {
        int point = plan.point(run);
        long seed = plan.seed(run);
        Object[] values = sweep.values(point);
        double[] outputs = new double[sweep.spec().outputs().size()];
        java.util.Arrays.fill(outputs, Double.NaN);
        String error = null;
        try {
            outputs = simulate(run, scenarios.get(point), seed);
        } catch (ScenarioException e) {
            error = "the values of point " + point + " make an invalid scenario: " + ValueChecks.describe(e.problems());
        } catch (OutOfMemoryError e) {
            error = "out of memory (give Java more with JAVA_TOOL_OPTIONS=-Xmx..., or use fewer --threads)";
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException | StackOverflowError e) {
            error = e.toString();
        }
        failed[0] = error != null;
        return rows.row(run, point, plan.replication(run), seed, values, outputs, error);
    }

    private double[] simulate(int run, ResolvedScenario rs, long seed) throws IOException {
        Scenario s = ParamPaths.set(rs.scenario(), "seed", seed);
        DailyRecorder recorder = new DailyRecorder(needed);
        DailyRecorder daily =
                dailyDir == null ? null : new DailyRecorder(sweep.spec().dailySeries());
        MobilizationModel model = new MobilizationModel(s, 1);
        model.addSink(recorder);
        if (daily != null) {
            model.addSink(daily);
        }
        model.runToEnd();
        DailyTable t = recorder.table();
        if (t.days() != s.days()) {
            throw new IllegalStateException("the model reported " + t.days() + " days of " + s.days());
        }
        List<SweepOutput> os = sweep.spec().outputs();
        double[] out = new double[os.size()];
        for (int i = 0; i < out.length; i++) {
            SweepOutput o = os.get(i);
            double[] series = t.series(new SeriesKey(o.scope(), o.metric()));
            out[i] = o.statistic().over(series, t.dayOf(o.from()), t.dayOf(o.to()));
        }
        if (daily != null) {
            DailySeriesFiles.write(dailyDir, run, daily.table());
        }
        return out;
    }
}
