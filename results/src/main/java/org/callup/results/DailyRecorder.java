package org.callup.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.Metric;
import org.callup.model.observe.ObservationSink;
import org.callup.model.observe.ObservationSpace;
import org.callup.model.params.Scenario;
import org.callup.model.timeline.PolicyEvent;
import org.callup.scenarios.OutputSpec;

/**
 * Keeps what one run observes, compactly: per day one {@code double[]} holding only the (metric, scope) pairs that
 * apply (a metric of citizens has no value at a border post) and that the scenario's {@code output} section keeps,
 * plus the policy events as they fire. One recorder serves one run; it is filled on the simulation thread and read
 * after the run ends.
 */
public final class DailyRecorder implements ObservationSink {
    private final OutputSpec output;
    private final List<SeriesKey> keys = new ArrayList<>();
    private final List<double[]> rows = new ArrayList<>();
    private final List<RecordedEvent> events = new ArrayList<>();
    private Metric[] metrics;
    private int[] scopes;
    private LocalDate startDate;
    private Scenario scenario;

    /** A recorder of every applicable series. */
    public DailyRecorder() {
        this(OutputSpec.ALL);
    }

    /** A recorder of the applicable series that {@code output} keeps. */
    public DailyRecorder(OutputSpec output) {
        this.output = output;
    }

    @Override
    public void begin(Scenario scenario, ObservationSpace space) {
        keys.clear();
        rows.clear();
        events.clear();
        this.scenario = scenario;
        startDate = scenario.startDate();
        List<Metric> ms = new ArrayList<>();
        List<Integer> ss = new ArrayList<>();
        for (int s = 0; s < space.scopeCount(); s++) {
            for (Metric m : Metric.values()) {
                if (space.applies(m, s)
                        && output.keepsMetric(m)
                        && output.keepsScope(space.scopes().get(s))) {
                    keys.add(new SeriesKey(space.scopes().get(s), m.key()));
                    ms.add(m);
                    ss.add(s);
                }
            }
        }
        metrics = ms.toArray(Metric[]::new);
        scopes = ss.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public void eventFired(int day, LocalDate date, PolicyEvent event) {
        events.add(new RecordedEvent(day, date, event.label(scenario)));
    }

    @Override
    public void accept(DayObservation observation) {
        if (metrics == null) {
            throw new IllegalStateException("observation before begin()");
        }
        if (observation.day() != rows.size()) {
            throw new IllegalStateException("expected day " + rows.size() + ", got day " + observation.day());
        }
        double[] row = new double[metrics.length];
        for (int k = 0; k < row.length; k++) {
            row[k] = observation.get(metrics[k], scopes[k]);
        }
        rows.add(row);
    }

    /** The recorded days so far. */
    public DailyTable table() {
        if (startDate == null) {
            throw new IllegalStateException("nothing recorded: the run has not begun");
        }
        return new DailyTable(startDate, keys, rows);
    }

    /** The policy events that fired, in order. */
    public List<RecordedEvent> events() {
        return List.copyOf(events);
    }
}
