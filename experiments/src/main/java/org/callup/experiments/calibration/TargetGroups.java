package org.callup.experiments.calibration;

import java.util.List;
import java.util.Map;

/**
 * The kinds of evidence a target belongs to, for the out-of-sample check: a fit is made with each group left out in
 * turn and judged on the group it never saw. The group follows from the target's metric (a calibration file may
 * override it per target, e.g. to put the arrests of one city with the borders): figures of the same kind usually
 * come from the same sources and speak to the same mechanism, so leaving one out asks whether the other mechanisms
 * alone predict it.
 */
public final class TargetGroups {
    public static final String BORDERS = "borders";
    public static final String PROTEST = "protest";
    public static final String ATTACKS = "attacks";
    public static final String MOBILIZATION = "mobilization";
    public static final String EXODUS = "exodus";
    /** The group of a metric none of the others claims. */
    public static final String OTHER = "other";
    /** The groups in the order the out-of-sample check takes them. */
    public static final List<String> GROUPS = List.of(BORDERS, PROTEST, ATTACKS, MOBILIZATION, EXODUS);

    private static final Map<String, String> BY_METRIC = Map.ofEntries(
            Map.entry("crossings_out", BORDERS),
            Map.entry("queue_wait_hours", BORDERS),
            Map.entry("queue_length", BORDERS),
            Map.entry("turned_back", BORDERS),
            Map.entry("summons_delivered_border", BORDERS),
            Map.entry("protest_arrests", PROTEST),
            Map.entry("protesters", PROTEST),
            Map.entry("office_attacks", ATTACKS),
            Map.entry("mobilized", MOBILIZATION),
            Map.entry("mobilized_cumulative", MOBILIZATION),
            Map.entry("mobilized_without_service", MOBILIZATION),
            Map.entry("state_deployed", MOBILIZATION),
            Map.entry("state_mobilized", MOBILIZATION),
            Map.entry("emigrants", EXODUS),
            Map.entry("hiding", EXODUS),
            Map.entry("abroad", EXODUS),
            Map.entry("state_hiding", EXODUS),
            Map.entry("state_abroad", EXODUS));

    private TargetGroups() {}

    /** The group of a metric: one of {@link #GROUPS}, or {@link #OTHER}. */
    public static String ofMetric(String metric) {
        return BY_METRIC.getOrDefault(metric, OTHER);
    }

    /** Whether a name can be a group: lower-case letters, digits, '-' and '_', starting with a letter. */
    public static boolean validName(String name) {
        return name != null && name.matches("[a-z][a-z0-9_-]{0,39}");
    }
}
