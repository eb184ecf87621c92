package org.callup.model.sim;

import java.time.LocalDate;
import java.util.List;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.ObservationSink;
import org.callup.model.observe.ObservationSpace;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import sim.engine.Schedule;

/** Temporary: replaced by the full engine. */
public final class Engine implements AutoCloseable {
    private final Scenario scenario;
    private final List<ObservationSink> sinks;
    private final ObservationSpace space;
    private Scenario params;
    private int daysDone;
    private DayObservation last;

    public Engine(Scenario scenario, int threads, List<ObservationSink> sinks) {
        this.scenario = scenario;
        this.params = scenario;
        this.sinks = sinks;
        this.space = new ObservationSpace(scenario);
        for (ObservationSink s : sinks) {
            s.begin(scenario, space);
        }
    }

    public void schedule(Schedule schedule) {
        schedule.scheduleRepeating(Schedule.EPOCH, 0, state -> step(), 1.0);
    }

    private void step() {
        if (finished()) {
            return;
        }
        LocalDate d = scenario.startDate().plusDays(daysDone);
        last = new DayObservation(space, daysDone, d, new double[space.size()]);
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
    }

    public Scenario params() {
        return params;
    }

    public void requestChange(String path, Object value) {
        params = ParamPaths.set(params, path, value);
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

    @Override
    public void close() {
    }
}
