package org.callup.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.ObservationSink;
import org.callup.model.observe.ObservationSpace;
import org.callup.model.params.Scenario;
import org.callup.model.sim.Engine;
import org.callup.model.sim.RunCache;
import sim.engine.SimState;

/**
 * The callup model as a MASON {@link SimState}: one schedule step is one calendar day, from the scenario's start
 * date to its end date, in fixed phases (policy events, recruiters, citizens, borders, protest, observation).
 *
 * <p>Citizens live in primitive arrays; the schedule holds one {@code Steppable} per phase, each sweeping those
 * arrays or the few hundred commissariats and border posts. Random numbers are keyed on (seed, day, citizen,
 * stream), so results do not depend on the number of threads.
 */
public class MobilizationModel extends SimState {
    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    private final int threads;
    private final List<ObservationSink> sinks = new ArrayList<>();
    private transient Engine engine;
    private transient RunCache cache;

    /**
     * @param scenario validated parameters of the run (its seed seeds every random stream)
     * @param threads  worker threads for the citizen sweeps; results are identical for any value
     */
    public MobilizationModel(Scenario scenario, int threads) {
        super(scenario.seed());
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.scenario = scenario;
        this.threads = threads;
    }

    /**
     * Shares populations and daily draws with other runs through {@code cache} (null: none); call before
     * {@link #start()}. The run computes the same numbers either way; many runs with the same seeds are faster.
     */
    public void useCache(RunCache cache) {
        this.cache = cache;
    }

    /** Adds a receiver of the daily observations; call before {@link #start()}. */
    public void addSink(ObservationSink sink) {
        sinks.add(sink);
    }

    @Override
    public void start() {
        super.start();
        if (engine != null) {
            engine.close();
        }
        engine = new Engine(scenario, threads, sinks, cache);
        engine.schedule(schedule);
    }

    @Override
    public void finish() {
        super.finish();
        if (engine != null) {
            engine.finishRun();
        }
    }

    /** Runs the whole scenario headless; observations go to the sinks. */
    public void runToEnd() {
        start();
        while (!engine.finished()) {
            if (!schedule.step(this)) {
                break;
            }
        }
        finish();
    }

    /** The scenario as given at construction. */
    public Scenario scenario() {
        return scenario;
    }

    /** The parameters in force today (after events and GUI changes). */
    public Scenario params() {
        return engine.params();
    }

    /**
     * Asks for a parameter change by path (as in {@code setParameter} events); it takes effect at the start of the
     * next simulated day. Throws IllegalArgumentException at once if the path or value is invalid.
     */
    public void requestChange(String path, Object value) {
        engine.requestChange(path, value);
    }

    public ObservationSpace space() {
        return engine.space();
    }

    /** The most recent observation, or null before the first day ends. */
    public DayObservation lastObservation() {
        return engine.lastObservation();
    }

    /** Number of days completed. */
    public int daysDone() {
        return engine.daysDone();
    }

    /** Date of the last completed day, or the day before the start. */
    public LocalDate date() {
        return scenario.startDate().plusDays(engine.daysDone() - 1L);
    }

    public boolean finishedRun() {
        return engine != null && engine.finished();
    }

    /** The engine, for inspectors and tests. */
    public Engine engine() {
        return engine;
    }

    public int threads() {
        return threads;
    }
}
