package org.callup.model.timeline;

/**
 * Condition of a conditional event: the previous day's value of {@code metric} in {@code scope} (the observation
 * vocabulary, e.g. {@code queue_length} in {@code post:upper_lars}) is above {@code above}.
 */
public record Trigger(String metric, String scope, double above) {
    public Trigger {
        if (metric == null || scope == null) {
            throw new IllegalArgumentException("a trigger needs a metric and a scope");
        }
    }
}
