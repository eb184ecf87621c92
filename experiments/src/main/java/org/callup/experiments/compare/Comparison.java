package org.callup.experiments.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.results.ConfidenceInterval;
import org.callup.results.Manifest;
import org.callup.results.ReplicationSeeds;
import org.callup.results.RunProgress;
import org.callup.results.ScenarioRun;
import org.callup.scenarios.ResolvedScenario;

/**
 * Runs a baseline and its alternatives on the same replication seeds (common random numbers) and computes their
 * paired differences. The model's random streams are keyed on (seed, day, man, stream), so with the same seed a man
 * draws the same numbers in every scenario until the scenarios diverge for him; the replications of two scenarios
 * are then positively correlated, and the paired difference has a narrower interval than the difference of two
 * independent means (see {@link PairedDifference}).
 */
public final class Comparison {
    public static final double CONFIDENCE_LEVEL = ScenarioRun.CONFIDENCE_LEVEL;

    /** A scenario to run: as loaded, and as run (with the comparison's seed and any scale or end applied). */
    public record Entry(ResolvedScenario source, Scenario effective, Map<String, String> overrides) {}

    /** Told when each scenario starts, so that a command can show progress. */
    public interface Listener {
        RunProgress starting(String scenario, int index, int of);
    }

    /** What a comparison found. */
    public record Result(
            String baseline,
            List<CompareManifest.Scenario> runs,
            List<Long> seeds,
            List<DifferenceRow> headlines,
            List<DailyDifferenceRow> daily,
            Instant started,
            Instant finished) {}

    private final List<Entry> entries;
    private final ComparePlan plan;
    private final long seed;
    private final int replications;
    private final int threads;
    private final Clock clock;

    /**
     * @param entries the baseline first, then the alternatives, with distinct names and the same dates
     * @param seed    seed of replication 1; the others derive from it ({@link ReplicationSeeds})
     */
    public Comparison(List<Entry> entries, ComparePlan plan, long seed, int replications, int threads, Clock clock) {
        if (entries.size() < 2) {
            throw new IllegalArgumentException("a comparison needs a baseline and at least one alternative");
        }
        this.entries = List.copyOf(entries);
        this.plan = plan;
        this.seed = seed;
        this.replications = replications;
        this.threads = threads;
        this.clock = clock;
    }

    /** Runs every scenario into {@code folder}'s run subfolders and computes the differences. */
    public Result run(CompareFolder folder, Listener listener) throws IOException {
        Instant started = clock.instant();
        List<CompareManifest.Scenario> runs = new ArrayList<>();
        Map<String, Samples> samples = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Scenario s = ParamPaths.set(e.effective(), "seed", seed);
            Samples sm = new Samples(Differences.wanted(plan));
            Path dir = folder.run(e.source().name());
            java.nio.file.Files.createDirectories(dir);
            ScenarioRun run = new ScenarioRun(e.source(), s, e.overrides(), threads, replications, clock);
            Manifest m = run.writeTo(dir, listener.starting(e.source().name(), i + 1, entries.size()), sm);
            runs.add(new CompareManifest.Scenario(i == 0 ? "baseline" : "alternative", m));
            samples.put(e.source().name(), sm);
        }
        Samples base = samples.remove(entries.get(0).source().name());
        Scenario b = entries.get(0).effective();
        Differences diff = new Differences(plan, new ConfidenceInterval(CONFIDENCE_LEVEL), b.startDate());
        List<DifferenceRow> headlines = diff.headlines(base, samples);
        List<DailyDifferenceRow> daily = diff.daily(base, samples, b.days());
        return new Result(
                entries.get(0).source().name(),
                runs,
                ReplicationSeeds.of(seed, replications),
                headlines,
                daily,
                started,
                clock.instant());
    }
}
