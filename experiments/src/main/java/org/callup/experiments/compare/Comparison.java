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
import org.callup.results.BadInputException;
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
    /** What the intervals hold without a posterior ({@code interval_covers} of the tables). */
    public static final String COVERS_NOISE = "run-to-run noise";
    /** What the intervals hold when every pair ran on a posterior draw of its own. */
    public static final String COVERS_POSTERIOR = "posterior parameters and run-to-run noise";

    /** A scenario to run: as loaded, and as run (with the comparison's seed and any scale or end applied). */
    public record Entry(ResolvedScenario source, Scenario effective, Map<String, String> overrides) {}

    /** Told when each scenario starts, so that a command can show progress. */
    public interface Listener {
        RunProgress starting(String scenario, int index, int of);
    }

    /**
     * What a comparison found.
     *
     * @param posterior the draws every scenario ran on, or null when each replication ran the scenario as given
     */
    public record Result(
            String baseline,
            List<CompareManifest.Scenario> runs,
            List<Long> seeds,
            List<DifferenceRow> headlines,
            List<DailyDifferenceRow> daily,
            PosteriorDraws posterior,
            Instant started,
            Instant finished) {
        /** What the intervals hold, in words ({@value #COVERS_NOISE} or {@value #COVERS_POSTERIOR}). */
        public String intervalCovers() {
            return posterior == null ? COVERS_NOISE : COVERS_POSTERIOR;
        }
    }

    private final List<Entry> entries;
    private final ComparePlan plan;
    private final long seed;
    private final int replications;
    private final int threads;
    private final Clock clock;
    private final PosteriorDraws posterior;

    /**
     * @param entries the baseline first, then the alternatives, with distinct names and the same dates
     * @param seed    seed of replication 1; the others derive from it ({@link ReplicationSeeds})
     */
    public Comparison(List<Entry> entries, ComparePlan plan, long seed, int replications, int threads, Clock clock) {
        this(entries, plan, seed, replications, threads, clock, null);
    }

    /**
     * A comparison over parameter draws of a posterior: pair k of every scenario runs draw k's parameters on draw
     * k's seed, so that the paired differences and their interval span the parameters' uncertainty as well as the
     * noise. The number of pairs is the number of draws.
     */
    public Comparison(List<Entry> entries, ComparePlan plan, PosteriorDraws posterior, int threads, Clock clock) {
        this(entries, plan, posterior.seeds().get(0), posterior.size(), threads, clock, posterior);
    }

    private Comparison(
            List<Entry> entries,
            ComparePlan plan,
            long seed,
            int replications,
            int threads,
            Clock clock,
            PosteriorDraws posterior) {
        if (entries.size() < 2) {
            throw new IllegalArgumentException("a comparison needs a baseline and at least one alternative");
        }
        this.entries = List.copyOf(entries);
        this.plan = plan;
        this.seed = seed;
        this.replications = replications;
        this.threads = threads;
        this.clock = clock;
        this.posterior = posterior;
    }

    /** Runs every scenario into {@code folder}'s run subfolders and computes the differences. */
    public Result run(CompareFolder folder, Listener listener) throws IOException, BadInputException {
        Instant started = clock.instant();
        List<CompareManifest.Scenario> runs = new ArrayList<>();
        Map<String, Samples> samples = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Scenario s = ParamPaths.set(e.effective(), "seed", seed);
            Samples sm = new Samples(Differences.wanted(plan));
            Path dir = folder.run(e.source().name());
            java.nio.file.Files.createDirectories(dir);
            ScenarioRun run = scenarioRun(e, s);
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
                posterior != null ? posterior.seeds() : ReplicationSeeds.of(seed, replications),
                headlines,
                daily,
                posterior,
                started,
                clock.instant());
    }

    /**
     * The run of one scenario: its replications on the comparison's seeds, or on the posterior's draws (the
     * baseline's drawn values, except those the scenario sets apart from the baseline).
     */
    private ScenarioRun scenarioRun(Entry e, Scenario s) throws BadInputException {
        if (posterior == null) {
            return new ScenarioRun(e.source(), s, e.overrides(), threads, replications, clock);
        }
        Scenario baseline = entries.get(0).effective();
        Map<String, String> given = new LinkedHashMap<>(e.overrides());
        given.put(
                "posterior",
                posterior.size() + " draws of the posterior of " + posterior.source() + " (sha256 "
                        + posterior.sha256() + "), one replication each on its own seed; the draws are in the "
                        + "comparison's " + PosteriorDraws.FILE);
        List<String> kept = posterior.keptBy(e.effective(), baseline);
        if (!kept.isEmpty()) {
            given.put("posteriorKept", String.join(", ", kept) + " (set by this scenario, not drawn)");
        }
        return new ScenarioRun(e.source(), s, given, threads, posterior.size(), clock)
                .withDraws(posterior.applyTo(e.effective(), baseline));
    }
}
