package org.callup.model.params;

import java.util.List;

/**
 * One channel through which a commissariat serves summons or detains men. Each channel has its own reach by
 * citizens' attributes (see {@code docs/ODD.md}, "Summons delivery"); {@code reach} scales that exposure.
 */
public record ChannelParams(
        @Param(min = 0, max = 10, doc = "Intensity of the channel (0 = off, 1 = normal)")
        double intensity,

        @Param(doc = "Region ids where the channel operates; empty = every region")
        List<String> regions,

        @Param(min = 0, max = 1, doc = "Share of the daily delivery capacity this channel uses at intensity 1")
        double capacityShare,

        @Param(min = 0, max = 1, doc = "Chance of finding a targeted man fully exposed to this channel")
        double reach,

        @Param(min = 0, max = 1, doc = "Reach on men in hiding, relative to the others")
        double reachHiding) {

    public ChannelParams {
        Check.range("intensity", intensity, 0, 10);
        regions = List.copyOf(Check.notNull("regions", regions));
        Check.share("capacityShare", capacityShare);
        Check.share("reach", reach);
        Check.share("reachHiding", reachHiding);
    }

    public boolean active() {
        return intensity > 0;
    }

    public boolean operatesIn(String regionId) {
        return regions.isEmpty() || regions.contains(regionId);
    }

    public ChannelParams withIntensity(double newIntensity, List<String> newRegions) {
        return new ChannelParams(newIntensity, newRegions, capacityShare, reach, reachHiding);
    }
}
