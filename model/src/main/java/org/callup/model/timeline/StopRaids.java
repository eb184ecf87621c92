package org.callup.model.timeline;

import java.time.LocalDate;
import java.util.List;
import org.callup.model.params.Channel;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;

/** Stops delivery channels everywhere. */
public record StopRaids(LocalDate date, Trigger when, String note, List<Channel> channels) implements PolicyEvent {
    public StopRaids {
        channels = List.copyOf(channels);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("channels must name at least one channel to stop");
        }
    }

    @Override
    public Scenario applyTo(Scenario params) {
        Scenario s = params;
        for (Channel c : channels) {
            s = ParamPaths.set(s, ParamEdits.channel(c) + ".intensity", 0.0);
            s = ParamPaths.set(s, ParamEdits.channel(c) + ".regions", List.of());
        }
        return s;
    }

    @Override
    public String describe() {
        return "stop " + channels;
    }
}
