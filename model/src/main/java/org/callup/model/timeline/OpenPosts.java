package org.callup.model.timeline;

import java.time.LocalDate;
import org.callup.model.params.Param;
import org.callup.model.params.PostMode;
import org.callup.model.params.Scenario;

/**
 * Opens every border post at once, or every post to one destination country, or of one mode, or both: the
 * counterpart of {@link ClosePosts}, e.g. to reopen the exits after a closure.
 */
public record OpenPosts(
        LocalDate date,
        Trigger when,
        String note,

        @Param(doc = "Destination country of the posts to open (as in border_posts.csv); none = any")
        String country,

        @Param(doc = "Mode of the posts to open (road, rail, air); none = any")
        PostMode mode)
        implements PolicyEvent {

    @Override
    public Scenario applyTo(Scenario params) {
        return new PostGroup(country, mode).setOpen(params, true);
    }

    @Override
    public String describe() {
        return new PostGroup(country, mode).describe("open");
    }
}
