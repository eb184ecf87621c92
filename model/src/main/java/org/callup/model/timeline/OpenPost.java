package org.callup.model.timeline;

import java.time.LocalDate;
import java.util.List;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;

/** Opens a border post. */
public record OpenPost(LocalDate date, Trigger when, String note, String post) implements PolicyEvent {
    @Override
    public List<String> postIds() {
        return post == null ? List.of() : List.of(post);
    }

    @Override
    public Scenario applyTo(Scenario params) {
        return ParamPaths.set(params, ParamEdits.post(post) + ".open", true);
    }

    @Override
    public String describe() {
        return "open " + post;
    }
}
