package org.callup.model.citizens;

/**
 * Ties to relatives and friends, implicit so that they cost no memory. Within his block of citizens (a fixed chunk
 * of one region, see {@code Parallel.CHUNK}), citizen i is tied to the citizens at offsets +-d_1, +-d_2, ...
 * (wrapping around the block): d_1 = 1 (a household or close relative), the further offsets fixed fractions of the
 * block size, so friends are scattered across the block. Ties are symmetric. Keeping ties inside a block means a
 * sweep reads only what the same worker writes, which keeps results independent of the thread count. Attributes
 * are drawn independently of position, so ties carry no homophily (an assumption, see docs/ODD.md).
 */
public final class Ties {
    private static final double[] FRACTIONS = {0.0, 0.3819660112501051, 0.2360679774997897, 0.1458980337503155};

    private Ties() {}

    /** The k-th tie (0 to ties-1) of citizen i in the block [from, to); i itself in a block of one. */
    public static int tie(int i, int from, int to, int k) {
        int n = to - from;
        if (n <= 1) {
            return i;
        }
        int pair = k >> 1;
        int d = pair == 0 ? 1 : Math.max(1, (int) Math.floor(n * FRACTIONS[pair]) % n);
        int pos = i - from + ((k & 1) == 0 ? d : n - d);
        if (pos >= n) {
            pos -= n;
        }
        return from + pos;
    }
}
