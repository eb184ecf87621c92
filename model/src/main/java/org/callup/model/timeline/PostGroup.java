package org.callup.model.timeline;

import java.util.List;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.PostMode;
import org.callup.model.params.Scenario;

/**
 * The posts an event of {@link ClosePosts} or {@link OpenPosts} acts on: every post of the scenario, narrowed to a
 * destination country and to a mode when given. One event then stands for what would otherwise be one event per
 * post, and a post added to the scenario later is covered without editing the timeline.
 *
 * @param country destination country as in {@code border_posts.csv} ({@code Kazakhstan}), or null for any
 * @param mode    how the post is crossed, or null for any
 */
record PostGroup(String country, PostMode mode) {

    boolean contains(BorderPostSpec p) {
        return (country == null || country.equals(p.destinationCountry())) && (mode == null || mode == p.mode());
    }

    /** Ids of the posts of {@code s} in the group, in scenario order. */
    List<String> ids(Scenario s) {
        return s.borders().posts().stream()
                .filter(this::contains)
                .map(BorderPostSpec::id)
                .toList();
    }

    /**
     * The parameters with every post of the group open or closed; a group with no post in the scenario is an
     * error, since the event would silently do nothing.
     */
    Scenario setOpen(Scenario params, boolean open) {
        List<String> ids = ids(params);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no border post " + describe() + " in this scenario");
        }
        Scenario s = params;
        for (String id : ids) {
            s = ParamPaths.set(s, ParamEdits.post(id) + ".open", open);
        }
        return s;
    }

    /** "to Kazakhstan", "by road to Georgia", or "" for every post. */
    String describe() {
        String by = mode == null ? "" : "by " + mode.name().toLowerCase(java.util.Locale.ROOT);
        String to = country == null ? "" : "to " + country;
        return (by + " " + to).trim();
    }

    /** Describes the event: "close every post", "close posts by air". */
    String describe(String verb) {
        String d = describe();
        return d.isEmpty() ? verb + " every post" : verb + " posts " + d;
    }
}
