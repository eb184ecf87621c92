package org.callup.model.sim;

import java.util.List;
import java.util.concurrent.ExecutorService;
import org.callup.model.citizens.Population;

/**
 * The men of each chunk in decreasing order of their anti-war byte, so that the sweep finds the men of a chunk whose
 * byte is above a day's calm cutoff ({@link DayContext#calmAntiWar}) without reading every man's byte. The bytes
 * never change during a run, so the order is made once, with the engine.
 *
 * <p>The first pass of the sweep then compares every man with the calm bound (reading his state only, as
 * {@link CitizenSweep} did before Epstein's rule had a row) and only the men above the cutoff, a few percent on most
 * days, with the full bound: the same men as comparing each man with his own bound, in the same order (see
 * docs/PERFORMANCE.md, "The calm cutoff without reading every man's anti-war byte").
 */
final class CalmOrder {
    /** Chunks longer than this do not fit a {@code char} offset; such a population gets no order. */
    static final int MAX_CHUNK = 1 << 16;

    private static final int VALUES = 257;

    /**
     * In the population's index space: for chunk c, {@code offset[c.from() + j]} is the offset from c.from() of the
     * chunk's j-th man in decreasing order of anti-war byte (men of the same byte in increasing order of index).
     */
    final char[] offset;

    /** Per chunk and cutoff v (-1 to 255), at {@code [chunk * 257 + v + 1]}: the men of the chunk whose byte is above v. */
    private final int[] above;

    private CalmOrder(char[] offset, int[] above) {
        this.offset = offset;
        this.above = above;
    }

    /** The order of the given chunks of {@code pop}, made on {@code threads} workers; null if a chunk is too long. */
    static CalmOrder of(Population pop, List<Parallel.Chunk> chunks, ExecutorService pool, int threads) {
        for (Parallel.Chunk c : chunks) {
            if (c.to() - c.from() > MAX_CHUNK) {
                return null;
            }
        }
        char[] offset = new char[pop.size()];
        int[] above = new int[chunks.size() * VALUES];
        byte[] antiWar = pop.antiWar;
        Parallel.run(pool, threads, chunks, t -> new int[VALUES], (c, next) -> {
            int base = c.index() * VALUES;
            // above[base + v + 1]: men with a byte above v; first the men with each byte, then the sums from the top
            java.util.Arrays.fill(next, 0);
            for (int i = c.from(); i < c.to(); i++) {
                next[antiWar[i] & 0xff]++;
            }
            int sum = 0;
            for (int v = 255; v >= -1; v--) {
                above[base + v + 1] = sum;
                if (v >= 0) {
                    int men = next[v];
                    // the men with byte v start where those above v end
                    next[v] = sum;
                    sum += men;
                }
            }
            for (int i = c.from(); i < c.to(); i++) {
                offset[c.from() + next[antiWar[i] & 0xff]++] = (char) (i - c.from());
            }
        });
        return new CalmOrder(offset, above);
    }

    /** How many men of chunk c have an anti-war byte above {@code cutoff} (-1: every man; 255 or more: none). */
    int above(Parallel.Chunk c, int cutoff) {
        int v = Math.max(-1, Math.min(255, cutoff));
        return above[c.index() * VALUES + v + 1];
    }
}
