package org.callup.model.sim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.callup.model.border.BorderPosts;
import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Population;
import org.callup.model.citizens.PopulationBuilder;
import org.callup.model.citizens.Traits;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.Metric;
import org.callup.model.observe.ObservationSink;
import org.callup.model.observe.ObservationSpace;
import org.callup.model.params.PostMode;
import org.callup.model.params.Scenario;
import org.callup.model.recruit.CandidatePool;
import org.callup.model.recruit.Commissariats;
import org.callup.model.recruit.Targeting;
import org.callup.model.timeline.PolicyEvent;
import sim.engine.Schedule;

/**
 * The day loop of the model. MASON's schedule steps six phases per day, in this order: policy events, recruiters,
 * citizens (a parallel sweep over the population arrays), border posts, protest and repression, observation.
 * The engine owns the population arrays, the commissariats and the posts, and the ledger of totals.
 */
public final class Engine implements AutoCloseable {
    private final Scenario scenario;
    private final int threads;
    private final List<ObservationSink> sinks;
    private final ObservationSpace space;
    private final ExecutorService pool;
    private final Population pop;
    private final Targeting targeting;
    private final List<Parallel.Chunk> chunks;
    private final List<CitizenSweep.ChunkOut> outs;
    private final List<CitizenSweep.Worker> workers = new ArrayList<>();
    private final CitizenSweep sweep;
    private final Ledger totals;
    private final Commissariats offices;
    private final BorderPosts posts;
    private final BorderCrossing crossing;
    private final ProtestRepression protest;
    private final ObservationBuilder observer;
    /** The daily draws of this seed from a {@link RunCache}, or null. */
    private final RunCache.Draws draws;
    /** Shared with other runs, or null. */
    private final RunCache cache;
    /** Whether a citizen sweep has run (until then every man is as the population was built). */
    private boolean swept;

    private final long[] mobilizedCumulative;
    /** Per day and region, simulated men taken as mobilized, and those of them without service (reporting lag). */
    private final long[][] takenByDay;

    private final long[][] takenWithoutServiceByDay;
    private final long[] travellersByPost;
    private final boolean[] summonedEver;
    /** Per region, whether it has men of a minority (traits do not change during a run). */
    private final boolean[] minorityInRegion;

    private final double[][] distance;
    /** Today's context, made anew each day before the citizen sweep. */
    private DayContext ctx;

    private final Policy policy;
    private int[][] travelDays;
    private PostMode[] modes;
    private org.callup.model.params.BorderParams bordersOfTravelDays;
    private Targeting.Rules targetingRules;
    private int yesterdaysExemptions = -1;
    private int daysDone;
    private DayObservation last;
    private double[][] lastDepartures;
    private final long[] phaseNanos = new long[PHASES.length];
    private long buildNanos;

    /** Names of the daily phases, in schedule order. */
    public static final String[] PHASES = {"events", "recruiters", "citizens", "borders", "protest", "observation"};

    public Engine(Scenario scenario, int threads, List<ObservationSink> sinks) {
        this(scenario, threads, sinks, null);
    }

    /**
     * @param cache populations and daily draws shared with other runs of the same seeds, or null; a run computes
     *              the same numbers with or without it
     */
    public Engine(Scenario scenario, int threads, List<ObservationSink> sinks, RunCache cache) {
        this.scenario = scenario;
        this.threads = threads;
        this.sinks = List.copyOf(sinks);
        this.policy = new Policy(scenario);
        this.space = new ObservationSpace(scenario);
        this.pool = threads > 1
                ? Executors.newFixedThreadPool(threads, r -> {
                    Thread t = new Thread(r, "callup-sweep");
                    t.setDaemon(true);
                    return t;
                })
                : null;
        long t0 = System.nanoTime();
        this.cache = cache;
        this.pop = cache != null ? cache.population(scenario) : new PopulationBuilder(scenario).build(pool, threads);
        this.draws = cache != null ? cache.draws(scenario.seed(), pop.size(), scenario.days()) : null;
        int regions = pop.regionCount();
        int nPosts = scenario.borders().posts().size();
        this.targeting = new Targeting(pop, scenario.population().regions());
        this.chunks = Parallel.chunks(pop.regionStart);
        this.outs = new ArrayList<>(chunks.size());
        for (int k = 0; k < chunks.size(); k++) {
            outs.add(new CitizenSweep.ChunkOut());
        }
        for (int t = 0; t < threads; t++) {
            workers.add(
                    new CitizenSweep.Worker(new Ledger(pop, targeting, regions, nPosts), new Decision(pop, nPosts)));
        }
        this.sweep = new CitizenSweep(pop, targeting);
        if (cache == null) {
            // (a run with a cache draws from the cached first bits of the uniforms instead)
            sweep.useCalmOrder(CalmOrder.of(pop, chunks, pool, threads));
        }
        this.totals = new Ledger(pop, targeting, regions, nPosts);
        for (int r = 0; r < regions; r++) {
            totals.stocks[r * CitizenState.count() + CitizenState.NORMAL.code] = pop.regionSize(r);
        }
        this.offices = new Commissariats(
                scenario.population().regions(),
                pop.regionStart,
                scenario.population().scale(),
                scenario.recruiters());
        this.posts = new BorderPosts(scenario.borders(), scenario.days());
        this.crossing = new BorderCrossing(pop, targeting, posts);
        this.protest = new ProtestRepression(
                pop, scenario.population().regions(), scenario.population().scale());
        this.observer = new ObservationBuilder(space);
        this.mobilizedCumulative = new long[regions];
        this.takenByDay = new long[scenario.days()][regions];
        this.takenWithoutServiceByDay = new long[scenario.days()][regions];
        this.travellersByPost = new long[nPosts];
        this.summonedEver = new boolean[regions];
        this.minorityInRegion = minorityInRegion(pop);
        this.distance = Geography.distance1000Km(
                scenario.population().regions(), scenario.borders().posts());
        this.lastDepartures = new double[regions][nPosts];
        rebuildCandidates();
        buildNanos = System.nanoTime() - t0;
        for (ObservationSink s : this.sinks) {
            s.begin(scenario, space);
        }
    }

    /** Puts the six phases on MASON's schedule, every day at orderings 0 to 5. */
    public void schedule(Schedule schedule) {
        for (int k = 0; k < PHASES.length; k++) {
            final int phase = k;
            schedule.scheduleRepeating(
                    Schedule.EPOCH,
                    k,
                    state -> {
                        if (!finished()) {
                            runPhase(phase);
                        }
                    },
                    1.0);
        }
    }

    private void runPhase(int k) {
        long t0 = System.nanoTime();
        switch (k) {
            case 0 -> policyEvents();
            case 1 -> recruiters();
            case 2 -> citizens();
            case 3 -> borders();
            case 4 -> protests();
            default -> observe();
        }
        phaseNanos[k] += System.nanoTime() - t0;
    }

    /** Wall time spent in each phase so far, nanoseconds, in {@link #PHASES} order. */
    public long[] phaseNanos() {
        return phaseNanos.clone();
    }

    /** Wall time spent building the population and the lottery's sums, nanoseconds. */
    public long buildNanos() {
        return buildNanos;
    }

    /** Runs one whole day outside a schedule (tests and benchmarks). */
    public void stepDay() {
        if (finished()) {
            return;
        }
        for (int k = 0; k < PHASES.length; k++) {
            runPhase(k);
        }
    }

    private int day() {
        return daysDone;
    }

    private LocalDate date() {
        return scenario.startDate().plusDays(daysDone);
    }

    // ---- phase 0: policy events and parameter changes
    private void policyEvents() {
        totals.clearFlows();
        posts.clearDay();
        for (PolicyEvent e : policy.startDay(day(), date(), last, offices)) {
            for (ObservationSink s : sinks) {
                s.eventFired(day(), date(), e);
            }
        }
        if (!Targeting.Rules.of(params().recruiters()).equals(targetingRules)) {
            rebuildCandidates();
        }
        if (params().borders() != bordersOfTravelDays) {
            // travel times and modes change only when an event or the GUI changes the border parameters
            bordersOfTravelDays = params().borders();
            travelDays = Geography.travelDays(distance, bordersOfTravelDays);
            modes = bordersOfTravelDays.posts().stream().map(p -> p.mode()).toArray(PostMode[]::new);
        }
        posts.remember(day(), params().borders());
    }

    /** Recomputes the lottery's candidate sums from scratch (at the start, and when targeting rules change). */
    private void rebuildCandidates() {
        targetingRules = Targeting.Rules.of(params().recruiters());
        totals.use(params().recruiters());
        totals.candidates().clear();
        for (CitizenSweep.Worker w : workers) {
            w.ledger.use(params().recruiters());
            w.ledger.clearChanges();
        }
        if (cache != null && !swept) {
            // no man has moved yet: the sums are those of the population as built, the same for every run that
            // agrees on the population and the targeting rules
            totals.candidates().add(cache.initialCandidates(scenario, targetingRules, this::sumCandidates));
        } else {
            totals.candidates().add(sumCandidates());
        }
    }

    /** The lottery's candidate sums over every man as he is now. */
    private CandidatePool sumCandidates() {
        List<Ledger> parts = Parallel.run(pool, threads, chunks, t -> workers.get(t).ledger, (c, ledger) -> {
            for (int i = c.from(); i < c.to(); i++) {
                int cls = CandidatePool.classOf(pop.state[i]);
                if (cls >= 0) {
                    ledger.contribute(i, c.region(), cls, +1);
                }
            }
        });
        CandidatePool sum = new CandidatePool(pop.regionCount());
        for (Ledger l : parts) {
            sum.add(l.candidates());
            l.clearChanges();
        }
        return sum;
    }

    // ---- phase 1: commissariats
    private void recruiters() {
        int scale = scenario.population().scale();
        double[] held = new double[pop.regionCount()];
        for (int r = 0; r < held.length; r++) {
            held[r] =
                    (double) (totals.stock(r, CitizenState.NOTIFIED) + totals.stock(r, CitizenState.DETAINED)) * scale;
        }
        offices.plan(
                day(),
                params().recruiters(),
                totals.candidates(),
                params().recruiters().exemptions().mask(),
                scale,
                params().population().regions(),
                held);
    }

    // ---- phase 2: citizens
    private void citizens() {
        swept = true;
        DayContext today = prepareContext();
        sweep.useDraws(today, draws == null ? null : draws.day(day(), today.eventKey));
        Parallel.run(
                pool,
                threads,
                chunks,
                workers::get,
                (chunk, w) -> sweep.sweep(today, chunk, w, outs.get(chunk.index())));
        for (CitizenSweep.Worker w : workers) {
            totals.absorb(w.ledger);
            w.ledger.clearChanges();
        }
        int scale = scenario.population().scale();
        int lag = params().recruiters().reportingLagDays();
        for (int r = 0; r < pop.regionCount(); r++) {
            long m = totals.flow(r, Metric.MOBILIZED);
            // the quota of the wave under way fills with its draftees: mobilized men, or conscripts in a conscription
            offices.recordMobilized(r, (double) (m + totals.flow(r, Metric.CONSCRIPTED)) * scale);
            // the official totals count a man reportingLagDays after he is taken (ODD 7.8)
            takenByDay[day()][r] = m;
            long ws = totals.flow(r, Metric.MOBILIZED_WITHOUT_SERVICE);
            takenWithoutServiceByDay[day()][r] = ws;
            long counted = day() >= lag ? takenByDay[day() - lag][r] : 0;
            long countedWs = day() >= lag ? takenWithoutServiceByDay[day() - lag][r] : 0;
            totals.count(r, Metric.MOBILIZED, counted - m);
            totals.count(r, Metric.MOBILIZED_WITHOUT_SERVICE, countedWs - ws);
            mobilizedCumulative[r] += counted;
            for (int p = 0; p < posts.count(); p++) {
                long d = totals.departures(r, p);
                travellersByPost[p] += d;
                lastDepartures[r][p] = (double) d * scale;
            }
        }
        for (int p = 0; p < posts.count(); p++) {
            posts.recordReturns(p, totals.returnsVia(p));
        }
        for (CitizenSweep.ChunkOut out : outs) {
            for (int k = 0; k < out.arrivals.size(); k++) {
                travellersByPost[pop.post[out.arrivals.get(k)]]--;
            }
            for (int k = 0; k < out.turnedRound.size(); k++) {
                travellersByPost[pop.post[out.turnedRound.get(k)]]--;
            }
        }
    }

    /** Per region, whether any of its men is of a minority. */
    private static boolean[] minorityInRegion(Population pop) {
        boolean[] any = new boolean[pop.regionCount()];
        for (int r = 0; r < any.length; r++) {
            int or = 0;
            for (int i = pop.regionStart[r]; i < pop.regionStart[r + 1]; i++) {
                or |= pop.traits[i];
            }
            any[r] = (or & Traits.MINORITY) != 0;
        }
        return any;
    }

    /** Per post, the index of its destination country. */
    private int[] countryOfPost() {
        int[] c = new int[posts.count()];
        for (int p = 0; p < c.length; p++) {
            c[p] = posts.countryOf(p);
        }
        return c;
    }

    /** Per post, the index of the region it lies in, or -1; found once, as posts do not move. */
    private int[] regionOfPost;

    /** Per post, the index of the region it lies in, or -1 (its residents may drive to it when others may not). */
    private int[] regionOfPost() {
        if (regionOfPost != null) {
            return regionOfPost;
        }
        var regions = scenario.population().regions();
        var specs = scenario.borders().posts();
        int[] r = new int[specs.size()];
        for (int p = 0; p < r.length; p++) {
            r[p] = -1;
            for (int k = 0; k < regions.size(); k++) {
                if (regions.get(k).id().equals(specs.get(p).regionId())) {
                    r[p] = k;
                }
            }
        }
        regionOfPost = r;
        return r;
    }

    private DayContext prepareContext() {
        double[] arrestEstimate = new double[pop.regionCount()];
        double[] regionHardship = new double[pop.regionCount()];
        protest.estimates(params().protest(), arrestEstimate, regionHardship);
        Routes routes = new Routes(
                posts.perceived(day(), params().decisions().newsDelayDays()),
                posts.prices(),
                travelDays,
                distance,
                modes,
                posts.seatLeadHours(),
                countryOfPost(),
                regionOfPost());
        ctx = DayContext.prepare(
                day(),
                scenario.seed(),
                scenario.population().scale(),
                params(),
                policy.alarm(),
                summonedEver,
                offices,
                yesterdaysExemptions,
                routes,
                arrestEstimate,
                regionHardship,
                minorityInRegion,
                protest.arrestFear(params().protest()));
        yesterdaysExemptions = ctx.activeMask;
        totals.use(params().recruiters());
        for (CitizenSweep.Worker w : workers) {
            w.ledger.use(params().recruiters());
        }
        return ctx;
    }

    // ---- phase 3: border posts
    private void borders() {
        crossing.run(ctx, outs, totals);
        // men who found no seat on a flight went home without reaching the airport
        int scale = scenario.population().scale();
        for (int p = 0; p < posts.count(); p++) {
            travellersByPost[p] -= Math.round(posts.noSeat(p) / scale);
        }
    }

    // ---- phase 4: protest and repression
    private void protests() {
        protest.run(ctx, outs, totals, offices);
    }

    // ---- phase 5: observation
    private void observe() {
        // an upper bound for the sweep's thinning: once any man of a region has been summoned (every summons, in
        // any channel, is counted in this flow), a tie of anyone there may hold one, wherever he now is
        for (int r = 0; r < pop.regionCount(); r++) {
            summonedEver[r] |= totals.flow(r, Metric.SUMMONS_DELIVERED) > 0;
        }
        double[] values = observer.build(
                scenario.population().scale(),
                totals,
                mobilizedCumulative,
                offices,
                posts,
                travellersByPost,
                params().borders().posts());
        last = new DayObservation(space, day(), date(), values);
        daysDone++;
        for (ObservationSink s : sinks) {
            s.accept(last);
        }
    }

    public boolean finished() {
        return daysDone >= scenario.days();
    }

    public void finishRun() {
        for (ObservationSink s : sinks) {
            s.end();
        }
        close();
    }

    public Scenario params() {
        return policy.params();
    }

    /** Validates a change now and applies it at the start of the next day. */
    public void requestChange(String path, Object value) {
        policy.request(path, value);
    }

    public ObservationSpace space() {
        return space;
    }

    public DayObservation lastObservation() {
        return last;
    }

    public int daysDone() {
        return daysDone;
    }

    /** Persons who set off from each region toward each post on the last day. */
    public double[][] flowsRegionToPost() {
        double[][] copy = new double[lastDepartures.length][];
        for (int r = 0; r < copy.length; r++) {
            copy[r] = lastDepartures[r].clone();
        }
        return copy;
    }

    /** National alarm (0 to 1). */
    public double alarm() {
        return policy.alarm();
    }

    /** The population arrays (read-only use: tests, inspectors, benchmarks). */
    public Population population() {
        return pop;
    }

    /** The totals ledger (stocks per region and state). */
    public long stock(int region, CitizenState s) {
        return totals.stock(region, s);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
