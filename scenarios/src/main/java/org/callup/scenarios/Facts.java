package org.callup.scenarios;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.callup.model.params.BorderPostSpec;

/**
 * What is known of a scenario even when parts of it failed to bind: its dates, region ids and posts. Cross-checks
 * run on these facts, so that a misspelt post in an event is reported together with, say, a bad share elsewhere
 * instead of only after that is fixed. A fact that could not be read is null, and checks that need it are skipped.
 *
 * @param posts          posts that bound completely (for checks of their own values)
 * @param postCountries  destination country of every post with a valid id, in scenario order
 */
record Facts(
        LocalDate startDate,
        LocalDate endDate,
        Set<String> regionIds,
        List<BorderPostSpec> posts,
        Map<String, String> postCountries) {

    Facts {
        posts = posts == null ? null : List.copyOf(posts);
        postCountries = postCountries == null ? null : new LinkedHashMap<>(postCountries);
    }

    List<String> postIds() {
        return postCountries == null ? null : List.copyOf(postCountries.keySet());
    }

    /** Every observation scope of the run, in the model's order, or null if regions or posts are unknown. */
    List<String> scopes() {
        if (regionIds == null || postCountries == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        out.add("all");
        regionIds.forEach(r -> out.add("region:" + r));
        postCountries.values().stream().distinct().forEach(c -> out.add("country:" + c));
        postCountries.keySet().forEach(p -> out.add("post:" + p));
        return out;
    }
}
