package org.callup.model.timeline;

import java.time.LocalDate;
import java.util.List;
import org.callup.model.params.Channel;
import org.callup.model.params.Param;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Ranges;
import org.callup.model.params.Scenario;

/** Starts (or changes) delivery channels at an intensity, in some regions (empty list = every region). */
public record StartRaids(
        LocalDate date,
        Trigger when,
        String note,

        @Param(doc = "Region ids where the channels operate; empty = every region")
        List<String> regions,

        @Param(doc = "Channels to start") List<Channel> channels,

        @Param(min = 0, max = 10, doc = "Intensity of the channels (1 = normal)")
        double intensity)
        implements PolicyEvent {
    public StartRaids {
        regions = regions == null ? List.of() : List.copyOf(regions);
        channels = List.copyOf(channels);
        Ranges.check(StartRaids.class, date, when, note, regions, channels, intensity);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("channels must name at least one channel to start");
        }
        if (intensity == 0) {
            throw new IllegalArgumentException("intensity must be above 0 (stopRaids stops a channel), was 0");
        }
    }

    @Override
    public List<String> regionIds() {
        return regions;
    }

    @Override
    public Scenario applyTo(Scenario params) {
        Scenario s = params;
        for (Channel c : channels) {
            s = ParamPaths.set(s, ParamEdits.channel(c) + ".intensity", intensity);
            s = ParamPaths.set(s, ParamEdits.channel(c) + ".regions", regions);
        }
        return s;
    }

    @Override
    public String describe() {
        return "start " + channels + (regions.isEmpty() ? "" : " in " + regions);
    }
}
