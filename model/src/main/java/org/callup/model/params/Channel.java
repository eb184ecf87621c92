package org.callup.model.params;

import java.util.Arrays;
import java.util.Locale;
import org.callup.model.citizens.Population;
import org.callup.model.citizens.Traits;

/**
 * Summons delivery channels; {@link #key()} is the name used in scenario files ({@code recruiters.channels.<key>},
 * the component of {@link Channels} of that name) and in metric names ({@code summons_delivered_<key>}). Each
 * channel says whether the daily sweep works it (all but the border channel, which works on queues: docs/ODD.md,
 * section 7.12), whether it detains men who ignore a summons they hold (address visits with police, raids, cameras:
 * seed 003), whether a summons it serves bans its holder from leaving the country, and how exposed each man is to it
 * ({@link #exposure}).
 */
public enum Channel {
    ADDRESS(true, true, false),
    WORKPLACE(true, false, false),
    RAID(true, true, false),
    FACIAL(true, true, false),
    ELECTRONIC(true, false, true),
    BORDER(false, false, false);

    /** Exposure to the address channel of a man not living at his registered address (neighbours pass it on). */
    public static final double ADDRESS_AWAY = 0.15;
    /** Exposure to the workplace channel of an employee. */
    public static final double WORKPLACE_EMPLOYEE = 0.8;
    /** Exposure to the workplace channel of IT staff (remote work, fired on paper: seed 003). */
    public static final double WORKPLACE_IT = 0.5;
    /** Exposure to the workplace channel of a student. */
    public static final double WORKPLACE_STUDENT = 0.05;
    /** Raids' extra exposure of minorities (cafes, hostels: seed 002). */
    public static final double RAID_MINORITY = 1.5;
    /** Raids' extra exposure of young men (clubs, metro: seed 002), below {@link #RAID_YOUNG_BELOW_AGE}. */
    public static final double RAID_YOUNG = 1.3;

    public static final int RAID_YOUNG_BELOW_AGE = 30;

    private static final Channel[] SWEPT =
            Arrays.stream(values()).filter(Channel::swept).toArray(Channel[]::new);

    private final boolean swept;
    private final boolean detains;
    private final boolean bansTravel;

    Channel(boolean swept, boolean detains, boolean bansTravel) {
        this.swept = swept;
        this.detains = detains;
        this.bansTravel = bansTravel;
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

    /** Whether a summons served by this channel bans its holder from leaving the country (seed 002). */
    public boolean bansTravel() {
        return bansTravel;
    }

    /**
     * How exposed man i is to this channel, from 0 to 1, before the channel's {@code reach}; {@code urbanShare} is
     * that of his region (docs/ODD.md, "Summons delivery"):
     * <ul>
     *   <li>address: 1 for a man living at his registered address, 0.15 otherwise;</li>
     *   <li>workplace: 0.8 for employees, 0.5 for IT staff, 0.05 for students;</li>
     *   <li>raid: visibility x (0.5 + 0.5 urban share) x 1.5 for minorities x 1.3 under 30, at most 1;</li>
     *   <li>facial recognition: visibility x urban share (cameras are in towns: seeds 002, 003);</li>
     *   <li>electronic: 1 (every registered man; seed 002);</li>
     *   <li>border: 0 (it works on queues, not in the sweep).</li>
     * </ul>
     * The sweep asks this of the men it draws only; a switch keeps the call monomorphic.
     */
    public double exposure(Population pop, int i, double urbanShare) {
        int t = pop.traits[i];
        return switch (this) {
            case ADDRESS -> (t & Traits.LIVES_AWAY) != 0 ? ADDRESS_AWAY : 1.0;
            case WORKPLACE ->
                (t & Traits.STUDENT) != 0
                        ? WORKPLACE_STUDENT
                        : (pop.occupation[i] & Traits.OCC_MASK) == Traits.OCC_IT ? WORKPLACE_IT : WORKPLACE_EMPLOYEE;
            case RAID -> raid(pop, t, i, urbanShare);
            case FACIAL -> Traits.unit(pop.visibility[i]) * urbanShare;
            case ELECTRONIC -> 1.0;
            case BORDER -> 0.0;
        };
    }

    private static double raid(Population pop, int t, int i, double urbanShare) {
        double x = Traits.unit(pop.visibility[i]) * (0.5 + 0.5 * urbanShare);
        if ((t & Traits.MINORITY) != 0) {
            x *= RAID_MINORITY;
        }
        if (pop.age[i] < RAID_YOUNG_BELOW_AGE) {
            x *= RAID_YOUNG;
        }
        return Math.min(1.0, x);
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
