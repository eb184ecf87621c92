package org.callup.model.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.callup.model.citizens.Population;
import org.callup.model.citizens.PopulationBuilder;
import org.callup.model.params.CitizenParams;
import org.callup.model.params.PopulationParams;
import org.callup.model.params.Scenario;
import org.callup.model.recruit.CandidatePool;
import org.callup.model.recruit.Targeting;

/**
 * What many runs with the same seeds share, kept between runs: a calibration runs thousands of parameter sets with
 * the same few seeds (common random numbers), and each run would otherwise build the same population again and draw
 * the same daily uniforms again. Everything here is a pure function of the seed and of parameters that are part of
 * the key, so a run that uses the cache computes exactly what it computes without it. Thread-safe: runs on
 * different threads share one cache.
 *
 * <ul>
 *   <li><b>Populations</b>, keyed on what {@link PopulationBuilder} reads apart from the visa holders' share (the
 *       seed, {@code population}, {@code citizens} and {@code borders.otherGroundsShare}): each run gets its own
 *       copy of the arrays, with the visa holders set for its share ({@link PopulationBuilder#applyVisaHolders}).
 *   <li><b>Daily draws</b>, keyed on the seed and the number of citizens: per day, the first 8 bits of every
 *       man's uniform of the sweep's event stream ({@link Rng#uniform(long, int)} of that day's key). The sweep
 *       compares them with its bounds and computes the full uniform only for the men whose 8 bits do not decide
 *       (about 1 in 256); see {@link CitizenSweep}. One byte per citizen and day, within a budget.
 *   <li><b>The lottery's first candidate sums</b>, keyed on the population and the targeting rules.
 * </ul>
 */
public final class RunCache {
    /** Populations kept at most (the least recently used goes first). */
    private static final int MAX_POPULATIONS = 16;

    private final long drawBudgetBytes;
    private final Map<PopulationKey, Population> populations = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<DrawKey, Draws> draws = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<CandidatesKey, CandidatePool> candidates = new LinkedHashMap<>(16, 0.75f, true);
    private long drawBytes;

    /** A cache that keeps daily draws up to {@code drawBudgetBytes} bytes (one byte per citizen and day). */
    public RunCache(long drawBudgetBytes) {
        this.drawBudgetBytes = drawBudgetBytes;
    }

    /** A cache with a budget of 256 MiB for daily draws (a calibration at 1:100 over 78 days needs 20 MB a seed). */
    public RunCache() {
        this(256L << 20);
    }

    private record PopulationKey(
            long seed, PopulationParams population, CitizenParams citizens, double otherGroundsShare) {
        static PopulationKey of(Scenario s) {
            return new PopulationKey(
                    s.seed(), s.population(), s.citizens(), s.borders().otherGroundsShare());
        }
    }

    private record DrawKey(long seed, int citizens) {}

    private record CandidatesKey(PopulationKey population, Targeting.Rules rules) {}

    /**
     * The lottery's candidate sums over a population as built, the same for every run that agrees on the population
     * and the targeting rules (they read the men's age, traits, occupation class and visibility and the regions'
     * urban shares, not the visa holders: {@link org.callup.model.sim.Ledger#contribute}). Read only.
     */
    CandidatePool initialCandidates(Scenario s, Targeting.Rules rules, Supplier<CandidatePool> compute) {
        CandidatesKey key = new CandidatesKey(PopulationKey.of(s), rules);
        CandidatePool pool;
        synchronized (candidates) {
            pool = candidates.get(key);
        }
        if (pool == null) {
            pool = compute.get();
            synchronized (candidates) {
                CandidatePool raced = candidates.putIfAbsent(key, pool);
                pool = raced != null ? raced : pool;
                if (candidates.size() > MAX_POPULATIONS) {
                    candidates.remove(candidates.keySet().iterator().next());
                }
            }
        }
        return pool;
    }

    /** A population for the scenario, its own copy, identical to {@code new PopulationBuilder(s).build(..)}. */
    public Population population(Scenario s) {
        PopulationKey key = PopulationKey.of(s);
        Population template;
        synchronized (populations) {
            template = populations.get(key);
        }
        if (template == null) {
            // built outside the lock (two runs of a new seed may both build it: the same arrays either way)
            template = new PopulationBuilder(s).build(null, 1);
            synchronized (populations) {
                Population raced = populations.putIfAbsent(key, template);
                template = raced != null ? raced : template;
                if (populations.size() > MAX_POPULATIONS) {
                    populations.remove(populations.keySet().iterator().next());
                }
            }
        }
        Population copy = template.copy();
        PopulationBuilder.applyVisaHolders(copy, s.seed(), s.borders().visaHoldersShare());
        return copy;
    }

    /**
     * The daily draws of a run with this seed and population, for {@code days} days, or null if they do not fit in
     * the budget (the run then draws as without a cache).
     */
    Draws draws(long seed, int citizens, int days) {
        DrawKey key = new DrawKey(seed, citizens);
        synchronized (draws) {
            Draws d = draws.get(key);
            if (d != null && d.days() >= days) {
                return d;
            }
            long need = (long) citizens * days;
            if (d != null) {
                draws.remove(key);
                drawBytes -= d.bytes();
            }
            if (need > drawBudgetBytes) {
                return null;
            }
            var it = draws.values().iterator();
            while (drawBytes + need > drawBudgetBytes && it.hasNext()) {
                drawBytes -= it.next().bytes();
                it.remove();
            }
            Draws fresh = new Draws(seed, citizens, days);
            draws.put(key, fresh);
            drawBytes += need;
            return fresh;
        }
    }

    /**
     * The first 8 bits of each man's event uniform, day by day, computed the first time a run asks for a day.
     * {@code q = bits(i) & 0xff} is {@code floor(256 u)} of man i's uniform u of that day.
     */
    static final class Draws {
        private final long seed;
        private final int citizens;
        private final AtomicReferenceArray<byte[]> byDay;

        Draws(long seed, int citizens, int days) {
            this.seed = seed;
            this.citizens = citizens;
            this.byDay = new AtomicReferenceArray<>(days);
        }

        int days() {
            return byDay.length();
        }

        long bytes() {
            return (long) citizens * byDay.length();
        }

        /** The day's bytes, for the stream key the day's context uses (checked, so a mismatch cannot go unseen). */
        byte[] day(int day, long eventKey) {
            if (day < 0 || day >= byDay.length() || eventKey != Rng.stream(seed, day, Streams.EVENT)) {
                return null;
            }
            byte[] q = byDay.get(day);
            if (q == null) {
                q = new byte[citizens];
                for (int i = 0; i < citizens; i++) {
                    q[i] = (byte) Rng.uniformTop8(eventKey, i);
                }
                if (!byDay.compareAndSet(day, null, q)) {
                    q = byDay.get(day);
                }
            }
            return q;
        }
    }
}
