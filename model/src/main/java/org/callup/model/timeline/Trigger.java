package org.callup.model.timeline;

import org.callup.model.params.Param;

/**
 * Condition of a conditional event: the previous day's value of {@code metric} in {@code scope} (the observation
 * vocabulary, e.g. {@code queue_length} in {@code post:upper_lars}) is above {@code above}.
 */
public record Trigger(
        @Param(doc = "Metric of the observation vocabulary") String metric,

        @Param(doc = "Scope: all, region:<id>, country:<destination> or post:<id>")
        String scope,

        @Param(doc = "The event fires the day after the metric exceeds this value")
        double above) {
    public Trigger {
        if (metric == null || scope == null) {
            throw new IllegalArgumentException("a trigger needs a metric and a scope");
        }
    }
}
