package org.callup.viz.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.Metric;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.Scenario;

/** A run in progress, frozen at one day: the observations so far of a model, as the charts read them. */
public final class ObservedHistory implements RunHistory {
    private final String caption;
    private final List<DayObservation> days;
    private final List<PostRef> posts;
    private final List<MarkedEvent> events;

    /** @param days observations from day 0, consecutive; the list is copied */
    public ObservedHistory(Scenario scenario, List<DayObservation> days, List<MarkedEvent> events) {
        this.caption = scenario.name() + ", seed " + scenario.seed();
        this.days = List.copyOf(days);
        List<PostRef> p = new ArrayList<>();
        for (BorderPostSpec b : scenario.borders().posts()) {
            p.add(new PostRef(b.id(), PostLabels.of(b)));
        }
        this.posts = List.copyOf(p);
        this.events = MarkedEvent.distinct(events);
    }

    @Override
    public String caption() {
        return caption;
    }

    @Override
    public List<LocalDate> dates() {
        List<LocalDate> out = new ArrayList<>(days.size());
        for (DayObservation d : days) {
            out.add(d.date());
        }
        return out;
    }

    @Override
    public double[] series(Metric metric, String scope) {
        double[] v = new double[days.size()];
        if (days.isEmpty()) {
            return v;
        }
        int s = days.get(0).space().scopeIndex(scope);
        if (s < 0 || !days.get(0).space().applies(metric, s)) {
            Arrays.fill(v, Double.NaN);
            return v;
        }
        for (int d = 0; d < v.length; d++) {
            v[d] = days.get(d).get(metric, s);
        }
        return v;
    }

    @Override
    public List<PostRef> posts() {
        return posts;
    }

    @Override
    public List<MarkedEvent> events() {
        return events;
    }

    /** The last day's observation, or null before the first day ends. */
    public DayObservation latest() {
        return days.isEmpty() ? null : days.get(days.size() - 1);
    }
}
