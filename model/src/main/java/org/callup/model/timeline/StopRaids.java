package org.callup.model.timeline;

import java.time.LocalDate;
import java.util.List;
import org.callup.model.params.Channel;

/** Stops delivery channels everywhere. */
public record StopRaids(LocalDate date, Trigger when, String note, List<Channel> channels) implements PolicyEvent {
    public StopRaids {
        channels = List.copyOf(channels);
    }

    @Override
    public String describe() {
        return "stop " + channels;
    }
}
