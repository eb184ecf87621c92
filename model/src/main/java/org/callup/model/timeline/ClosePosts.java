package org.callup.model.timeline;

import java.time.LocalDate;
import org.callup.model.params.Param;
import org.callup.model.params.PostMode;
import org.callup.model.params.Scenario;

/**
 * Closes every border post at once, or every post to one destination country, or of one mode, or both: what
 * {@link ClosePost} does to each of them (no one crosses, the men queueing there go home). With neither selector
 * it closes every exit of the scenario.
 */
public record ClosePosts(
        LocalDate date,
        Trigger when,
        String note,

        @Param(doc = "Destination country of the posts to close (as in border_posts.csv); none = any")
        String country,

        @Param(doc = "Mode of the posts to close (road, rail, air); none = any")
        PostMode mode)
        implements PolicyEvent {

    @Override
    public Scenario applyTo(Scenario params) {
        return new PostGroup(country, mode).setOpen(params, false);
    }

    @Override
    public String describe() {
        return new PostGroup(country, mode).describe("close");
    }
}
