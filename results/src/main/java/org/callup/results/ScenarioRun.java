package org.callup.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.callup.model.MobilizationModel;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.ObservationSink;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.scenarios.ResolvedScenario;

/**
 * One invocation of a scenario: runs its replications one after another and writes the data files of the run
 * folder (scenario, daily series, means and intervals, summary, events, and the manifest last). Replications run
 * in sequence, each on {@code threads} threads, and are streamed to disk as they finish.
 */
public final class ScenarioRun {
    /** Coverage of the intervals across replications. */
    public static final double CONFIDENCE_LEVEL = 0.95;

    private final ResolvedScenario source;
    private final Scenario scenario;
    private final Map<String, String> overrides;
    private final int threads;
    private final List<Long> seeds;
    private final Clock clock;
    /** The scenario of each replication, with its seed, when they differ in more than the seed; else null. */
    private final List<Scenario> draws;

    /**
     * @param source       the scenario as loaded, with where it came from and its resolved YAML
     * @param scenario     the scenario to run: {@code source}'s, with any seed, scale or end date applied
     * @param overrides    the options that changed it (name to value), recorded in the manifest
     * @param threads      worker threads per replication
     * @param replications number of independent replications, from 1
     * @param clock        source of the start and finish times in the manifest
     */
    public ScenarioRun(
            ResolvedScenario source,
            Scenario scenario,
            Map<String, String> overrides,
            int threads,
            int replications,
            Clock clock) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.scenario = scenario;
        this.source = source;
        this.overrides = Map.copyOf(overrides);
        this.threads = threads;
        this.seeds = ReplicationSeeds.of(scenario.seed(), replications);
        this.clock = clock;
        this.draws = null;
    }

    private ScenarioRun(ScenarioRun base, List<Scenario> draws) {
        this.scenario = base.scenario;
        this.source = base.source;
        this.overrides = base.overrides;
        this.threads = base.threads;
        this.seeds = draws.stream().map(Scenario::seed).toList();
        this.clock = base.clock;
        this.draws = List.copyOf(draws);
    }

    /**
     * The same run with one replication per scenario given, each with its own parameters and seed (e.g. parameter
     * sets drawn from a calibration's posterior): the intervals across replications then hold the parameters'
     * uncertainty as well as the noise. Every scenario must have the dates and scale of this run's.
     */
    public ScenarioRun withDraws(List<Scenario> scenarios) {
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("at least one draw is required");
        }
        for (Scenario s : scenarios) {
            if (!s.startDate().equals(scenario.startDate())
                    || !s.endDate().equals(scenario.endDate())
                    || s.population().scale() != scenario.population().scale()) {
                throw new IllegalArgumentException("every draw must have the run's dates and scale");
            }
        }
        return new ScenarioRun(this, scenarios);
    }

    /** Runs every replication and writes the files into {@code folder}, which must exist; returns the manifest. */
    public Manifest writeTo(Path folder, RunProgress progress) throws IOException {
        return writeTo(folder, progress, t -> {});
    }

    /**
     * As {@link #writeTo(Path, RunProgress)}, and hands each replication's table, in order, to {@code replication}
     * as soon as it is written (for analyses that need every replication, such as paired comparisons).
     */
    public Manifest writeTo(Path folder, RunProgress progress, Consumer<DailyTable> replication) throws IOException {
        Instant started = clock.instant();
        Files.writeString(folder.resolve(RunFolder.SCENARIO_FILE), source.resolvedYaml(), StandardCharsets.UTF_8);
        boolean replicated = seeds.size() > 1;
        ReplicationStats stats = new ReplicationStats(new ConfidenceInterval(CONFIDENCE_LEVEL));
        List<List<RecordedEvent>> events = new ArrayList<>();
        DailyTable single = null;
        progress.started((long) scenario.days() * seeds.size());
        try (DailyCsvWriter daily = DailyCsvWriter.open(folder.resolve(RunFolder.DAILY_FILE), replicated)) {
            for (int r = 1; r <= seeds.size(); r++) {
                DailyRecorder recorder = runReplication(r, progress);
                DailyTable t = recorder.table();
                daily.append(t, r);
                replication.accept(t);
                events.add(recorder.events());
                if (replicated) {
                    stats.add(t);
                } else {
                    single = t;
                }
            }
        }
        progress.finished();
        EventsCsv.write(folder.resolve(RunFolder.EVENTS_FILE), events);
        if (replicated) {
            ReplicationStats.ReplicatedDaily result = stats.result();
            DailyMeanCsv.write(folder.resolve(RunFolder.DAILY_MEAN_FILE), result);
            SummaryCsv.write(folder.resolve(RunFolder.SUMMARY_FILE), result);
        } else {
            SummaryCsv.write(folder.resolve(RunFolder.SUMMARY_FILE), single);
        }
        Manifest m = manifest(started, clock.instant(), replicated);
        ManifestJson.write(m, folder.resolve(RunFolder.MANIFEST_FILE));
        return m;
    }

    private DailyRecorder runReplication(int replication, RunProgress progress) {
        DailyRecorder recorder = new DailyRecorder(source.output());
        Scenario s = draws != null
                ? draws.get(replication - 1)
                : ParamPaths.set(scenario, "seed", seeds.get(replication - 1));
        MobilizationModel model = new MobilizationModel(s, threads);
        model.addSink(recorder);
        model.addSink(new ProgressSink(replication, progress));
        model.runToEnd();
        int days = recorder.table().days();
        if (days != scenario.days()) {
            throw new IllegalStateException("the model reported " + days + " days of " + scenario.days());
        }
        return recorder;
    }

    private Manifest manifest(Instant started, Instant finished, boolean replicated) {
        CallupVersion v = CallupVersion.current();
        return new Manifest(
                source.name(),
                source.origin(),
                source.sha256(),
                overrides,
                scenario.seed(),
                scenario.population().scale(),
                threads,
                seeds,
                scenario.startDate(),
                scenario.endDate(),
                replicated ? CONFIDENCE_LEVEL : Double.NaN,
                v.version(),
                v.commit(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                started,
                finished);
    }

    /** Forwards the end of each day to the progress listener. */
    private record ProgressSink(int replication, RunProgress progress) implements ObservationSink {
        @Override
        public void accept(DayObservation observation) {
            progress.dayDone(replication, observation.date());
        }
    }
}
