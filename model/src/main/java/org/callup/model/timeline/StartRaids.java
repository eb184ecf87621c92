package org.callup.model.timeline;

import java.time.LocalDate;
import java.util.List;
import org.callup.model.params.Channel;

/** Starts (or changes) delivery channels at an intensity, in some regions (empty list = every region). */
public record StartRaids(LocalDate date, Trigger when, String note, List<String> regions, List<Channel> channels,
                         double intensity) implements PolicyEvent {
    public StartRaids {
        regions = regions == null ? List.of() : List.copyOf(regions);
        channels = List.copyOf(channels);
        if (!(intensity > 0 && intensity <= 10)) {
            throw new IllegalArgumentException("intensity must be above 0 and at most 10, was " + intensity);
        }
    }

    @Override
    public String describe() {
        return "start " + channels + (regions.isEmpty() ? "" : " in " + regions);
    }
}
