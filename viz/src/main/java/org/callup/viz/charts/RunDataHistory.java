package org.callup.viz.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.callup.model.observe.Metric;
import org.callup.results.ConfidenceInterval;
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

    /** The manifest entry of a run drawn from a posterior ({@code callup run --posterior}). */
    static final String POSTERIOR_ENTRY = "posterior";

    @Override
    public String caption() {
        var m = run.manifest();
        String reps = !m.replicated()
                ? ""
                : fromPosterior()
                        ? ", mean of " + m.replications() + " runs drawn from a posterior"
                        : ", mean of " + m.replications() + " replications";
        return m.scenarioName() + ", seed " + m.seed() + reps;
    }

    /**
     * Whether the run's replications are parameter sets drawn from a posterior: its bands are then predictive
     * intervals (where one more draw falls), not the confidence interval of the mean, which narrows as draws are
     * added whatever the parameters' uncertainty.
     */
    boolean fromPosterior() {
        var m = run.manifest();
        return m.replicated() && m.overrides().containsKey(POSTERIOR_ENTRY);
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
        if (fromPosterior()) {
            return predictive(metric, scope);
        }
        Optional<double[]> low = run.ciLow(scope, metric.key());
        Optional<double[]> high = run.ciHigh(scope, metric.key());
        return low.isPresent() && high.isPresent() ? Optional.of(new Band(low.get(), high.get())) : Optional.empty();
    }

    /**
     * The prediction interval of one more draw, mean +- t(n - 1) sd sqrt(1 + 1/n) over the n draws: it holds the
     * parameters' uncertainty (the draws differ in their parameters) and the run-to-run noise (each has its seed).
     */
    private Optional<Band> predictive(Metric metric, String scope) {
        Optional<double[]> sd = run.sd(scope, metric.key());
        if (sd.isEmpty() || !run.has(scope, metric.key())) {
            return Optional.empty();
        }
        double[] mean = run.series(scope, metric.key());
        int n = run.manifest().replications();
        ConfidenceInterval ci = new ConfidenceInterval(level());
        double[] low = new double[mean.length];
        double[] high = new double[mean.length];
        for (int d = 0; d < mean.length; d++) {
            // halfWidth is t sd / sqrt(n); the prediction interval's is t sd sqrt(1 + 1/n) = that times sqrt(n + 1).
            double h = ci.halfWidth(sd.get()[d], n) * Math.sqrt(n + 1.0);
            // Every series counts men or days: a band below zero would show what cannot happen.
            low[d] = mean[d] >= 0 ? Math.max(0, mean[d] - h) : mean[d] - h;
            high[d] = mean[d] + h;
        }
        return Optional.of(new Band(low, high));
    }

    private double level() {
        double level = run.manifest().confidenceLevel();
        return Double.isNaN(level) ? 0.95 : level;
    }

    @Override
    public String bandLabel() {
        var m = run.manifest();
        if (!m.replicated()) {
            return null;
        }
        if (fromPosterior()) {
            return String.format(
                    Locale.ENGLISH,
                    "%.0f%% predictive interval over %d posterior draws (parameter uncertainty and run-to-run noise)",
                    100 * level(),
                    m.replications());
        }
        return String.format(Locale.ENGLISH, "%.0f%% confidence interval of the mean", 100 * level());
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
