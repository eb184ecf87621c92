package org.callup.scenarios;

import java.util.List;
import org.callup.model.observe.Metric;

/**
 * What a run should keep of its daily observations: the metrics and the scopes ({@code all},
 * {@code region:<id>}, {@code country:<destination>}, {@code post:<id>}); an empty list keeps everything.
 * Written in a scenario as {@code output: {metrics: [mobilized, emigrants], scopes: [all, post:upper_lars]}}.
 */
public record OutputSpec(List<Metric> metrics, List<String> scopes) {
    /** Keep every metric in every scope. */
    public static final OutputSpec ALL = new OutputSpec(List.of(), List.of());

    public OutputSpec {
        metrics = List.copyOf(metrics);
        scopes = List.copyOf(scopes);
    }

    public boolean keepsMetric(Metric m) {
        return metrics.isEmpty() || metrics.contains(m);
    }

    public boolean keepsScope(String scope) {
        return scopes.isEmpty() || scopes.contains(scope);
    }
}
