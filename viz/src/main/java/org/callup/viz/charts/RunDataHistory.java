package org.callup.viz.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.callup.model.observe.Metric;
import org.callup.results.RecordedEvent;
import org.callup.results.RunData;

/** A finished run folder seen as a chart history. For a replicated run the series are the replications' means. */
public final class RunDataHistory implements RunHistory {
    private final RunData run;
    private final List<PostRef> posts;
    private final List<MarkedEvent> events;

    /** @param postLabels legend labels of posts by id, from the run's scenario; an id without one is shown as it is */
    public RunDataHistory(RunData run, Map<String, String> postLabels) {
        this.run = run;
        List<PostRef> p = new ArrayList<>();
        for (String scope : run.scopes()) {
            if (scope.startsWith("post:")) {
                String id = scope.substring("post:".length());
                p.add(new PostRef(id, postLabels.getOrDefault(id, PostLabels.fromId(id))));
            }
        }
        this.posts = List.copyOf(p);
        List<MarkedEvent> e = new ArrayList<>();
        for (RecordedEvent r : run.events()) {
            e.add(new MarkedEvent(r.date(), r.label()));
        }
        this.events = MarkedEvent.distinct(e);
    }

    @Override
    public String caption() {
        var m = run.manifest();
        String reps = m.replicated() ? ", mean of " + m.replications() + " replications" : "";
        return m.scenarioName() + ", seed " + m.seed() + reps;
    }

    @Override
    public List<LocalDate> dates() {
        return run.dates();
    }

    @Override
    public double[] series(Metric metric, String scope) {
        if (run.has(scope, metric.key())) {
            return run.series(scope, metric.key());
        }
        double[] none = new double[run.days()];
        Arrays.fill(none, Double.NaN);
        return none;
    }

    @Override
    public Optional<Band> band(Metric metric, String scope) {
        Optional<double[]> low = run.ciLow(scope, metric.key());
        Optional<double[]> high = run.ciHigh(scope, metric.key());
        return low.isPresent() && high.isPresent() ? Optional.of(new Band(low.get(), high.get())) : Optional.empty();
    }

    @Override
    public String bandLabel() {
        var m = run.manifest();
        if (!m.replicated()) {
            return null;
        }
        double level = Double.isNaN(m.confidenceLevel()) ? 0.95 : m.confidenceLevel();
        return String.format(Locale.ENGLISH, "%.0f%% confidence interval of the mean", 100 * level);
    }

    @Override
    public List<PostRef> posts() {
        return posts;
    }

    @Override
    public List<MarkedEvent> events() {
        return events;
    }
}
