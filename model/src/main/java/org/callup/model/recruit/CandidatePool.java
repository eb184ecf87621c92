package org.callup.model.recruit;

import org.callup.model.citizens.CitizenState;
import org.callup.model.params.Channel;
import org.callup.model.params.ExemptionCategory;

/**
 * Sums, per region and channel, of the exposure-times-weight of every man a channel could find, kept as exact
 * fixed-point integers and updated on every state change. They are the denominators of the daily delivery lottery
 * (see {@link Commissariats}), so that a day costs nothing for a man to whom nothing happens.
 *
 * <p>Three classes of men: living normally and hiding (who receive a summons, weighted by targeting and split by
 * the exemption grounds they could claim) and men holding a summons they ignore (whom address visits, raids and
 * cameras detain).
 */
public final class CandidatePool {
    public static final int NORMAL = 0;
    public static final int HIDING = 1;
    public static final int NOTIFIED = 2;
    public static final int CLASSES = 3;
    /** One sum per combination of exemption grounds. */
    public static final int MASKS = 1 << ExemptionCategory.values().length;

    private static final int CHANNELS = Channel.sweepChannelCount();

    private final int regions;
    final long[] sums;

    public CandidatePool(int regions) {
        this.regions = regions;
        this.sums = new long[CLASSES * regions * CHANNELS * MASKS];
    }

    /** Candidate class of a state, or -1 if no channel looks for men in that state. */
    public static int classOf(byte state) {
        if (state == CitizenState.NORMAL.code) {
            return NORMAL;
        }
        if (state == CitizenState.HIDING.code) {
            return HIDING;
        }
        if (state == CitizenState.NOTIFIED.code) {
            return NOTIFIED;
        }
        return -1;
    }

    public int index(int cls, int region, int channel, int mask) {
        return ((cls * regions + region) * CHANNELS + channel) * MASKS + mask;
    }

    public long get(int cls, int region, int channel, int mask) {
        return sums[index(cls, region, channel, mask)];
    }

    /** Adds {@code amount} to one sum. */
    public void add(int cls, int region, int channel, int mask, long amount) {
        sums[index(cls, region, channel, mask)] += amount;
    }

    public void add(CandidatePool delta) {
        long[] d = delta.sums;
        for (int k = 0; k < d.length; k++) {
            sums[k] += d[k];
        }
    }

    public void clear() {
        java.util.Arrays.fill(sums, 0L);
    }

    public int regions() {
        return regions;
    }
}
