package org.callup.model.params;

/** The six summons channels of the brief: address, workplace, raids, facial recognition, electronic, border. */
public record Channels(
        @Param(doc = "Summons to the registered address (seeds 002, 003)") ChannelParams address,
        @Param(doc = "Summons handed over by employers, who are fined otherwise (seed 003)") ChannelParams workplace,
        @Param(doc = "Street and venue raids: metro, clubs, hostels, cafes (seed 002)") ChannelParams raid,
        @Param(doc = "Facial recognition on CCTV (seeds 002, 003)") ChannelParams facial,
        @Param(doc = "Electronic summons by text, with a travel ban for ignoring it (seed 002, from 2023-24)") ChannelParams electronic,
        @Param(doc = "Summons served to men queueing at border posts that serve them (timeline 2022-09-27)") ChannelParams border) {

    public Channels {
        Check.notNull("address", address);
        Check.notNull("workplace", workplace);
        Check.notNull("raid", raid);
        Check.notNull("facial", facial);
        Check.notNull("electronic", electronic);
        Check.notNull("border", border);
    }

    public ChannelParams get(Channel c) {
        return switch (c) {
            case ADDRESS -> address;
            case WORKPLACE -> workplace;
            case RAID -> raid;
            case FACIAL -> facial;
            case ELECTRONIC -> electronic;
            case BORDER -> border;
        };
    }

    public Channels with(Channel c, ChannelParams p) {
        return new Channels(
                c == Channel.ADDRESS ? p : address,
                c == Channel.WORKPLACE ? p : workplace,
                c == Channel.RAID ? p : raid,
                c == Channel.FACIAL ? p : facial,
                c == Channel.ELECTRONIC ? p : electronic,
                c == Channel.BORDER ? p : border);
    }
}
