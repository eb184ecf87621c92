package org.callup.viz.gui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.ObservationSink;
import org.callup.model.observe.ObservationSpace;
import org.callup.model.params.Scenario;
import org.callup.model.timeline.PolicyEvent;
import org.callup.viz.charts.MarkedEvent;
import org.callup.viz.charts.ObservedHistory;

/**
 * Keeps every day a run has observed so far, for the live charts and the indicators. The simulation thread adds
 * days; the Swing thread takes {@link #snapshot() snapshots}, which never change under it.
 */
public final class LiveHistory implements ObservationSink {
    private Scenario scenario;
    private final List<DayObservation> days = new ArrayList<>();
    private final List<MarkedEvent> events = new ArrayList<>();
    private ObservedHistory snapshot;

    public LiveHistory(Scenario scenario) {
        this.scenario = scenario;
    }

    @Override
    public synchronized void begin(Scenario s, ObservationSpace space) {
        scenario = s;
        days.clear();
        events.clear();
        snapshot = null;
    }

    @Override
    public synchronized void eventFired(int day, LocalDate date, PolicyEvent event) {
        events.add(new MarkedEvent(date, event.label(scenario)));
        snapshot = null;
    }

    @Override
    public synchronized void accept(DayObservation observation) {
        days.add(observation);
        snapshot = null;
    }

    /** The run so far; the same object until another day or event arrives. */
    public synchronized ObservedHistory snapshot() {
        if (snapshot == null) {
            snapshot = new ObservedHistory(scenario, days, events);
        }
        return snapshot;
    }

    /** The last day's observation, or null before the first day ends. */
    public synchronized DayObservation latest() {
        return days.isEmpty() ? null : days.get(days.size() - 1);
    }
}
