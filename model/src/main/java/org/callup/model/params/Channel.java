package org.callup.model.params;

import java.util.Arrays;
import java.util.Locale;

/**
 * Summons delivery channels; {@link #key()} is the name used in scenario files and metric names. Each channel says
 * whether the daily sweep works it (all but the border channel, which works on queues: docs/ODD.md, section 7.12) and
 * whether it detains men who ignore a summons they hold (address visits with police, raids, cameras: seed 003).
 */
public enum Channel {
    ADDRESS(true, true),
    WORKPLACE(true, false),
    RAID(true, true),
    FACIAL(true, true),
    ELECTRONIC(true, false),
    BORDER(false, false);

    private static final Channel[] SWEPT = Arrays.stream(values()).filter(Channel::swept).toArray(Channel[]::new);

    private final boolean swept;
    private final boolean detains;

    Channel(boolean swept, boolean detains) {
        this.swept = swept;
        this.detains = detains;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the daily citizen sweep serves summons by this channel (the border channel works on queues). */
    public boolean swept() {
        return swept;
    }

    /** Whether the channel detains men who ignore a summons they hold. */
    public boolean detains() {
        return detains;
    }

    /**
     * The channels of the daily sweep, in declaration order: index {@code c} of the lottery's tables and of the
     * candidate sums is {@code sweepChannels()[c]}.
     */
    public static Channel[] sweepChannels() {
        return SWEPT.clone();
    }

    /** How many channels the daily sweep works. */
    public static int sweepChannelCount() {
        return SWEPT.length;
    }
}
