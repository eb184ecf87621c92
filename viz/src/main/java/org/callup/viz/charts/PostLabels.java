package org.callup.viz.charts;

import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.PostNames;

/**
 * Names of border posts in legends: the display name of {@link PostNames}, the same name the descriptions of
 * policy events use. Names are never cut: a legend wraps to as many lines as its names need.
 */
public final class PostLabels {
    private PostLabels() {}

    /** A post's legend label: its display name ("Upper Lars", "Flights to Turkey"). */
    public static String of(BorderPostSpec post) {
        return PostNames.display(post);
    }

    /** The part of a post's name before its first bracket, dash or comma. */
    public static String shortName(String name) {
        return PostNames.shortName(name);
    }

    /** A readable name made from an id ({@code upper_lars} becomes {@code Upper lars}) when no name is known. */
    public static String fromId(String id) {
        return PostNames.fromId(id);
    }
}
