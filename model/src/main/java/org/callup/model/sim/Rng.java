package org.callup.model.sim;

/**
 * Counter-based random numbers: a value is a pure function of (seed, day, citizen, stream), computed with the
 * SplitMix64 finaliser (Steele, Lea and Flood 2014). No generator state is shared, so results do not depend on
 * the number of threads or the order in which citizens are visited.
 */
public final class Rng {
    private static final double TO_UNIT = 0x1.0p-53;

    private Rng() {
    }

    /** SplitMix64 finaliser: a bijective, well-mixed 64-bit hash. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static final long GOLDEN = 0x9e3779b97f4a7c15L;

    /**
     * The key of one random stream on one day: compute it once per day and draw each citizen's number from it with
     * {@link #uniform(long, int)}, one mix per draw.
     */
    public static long stream(long seed, int day, int stream) {
        long k = mix(seed + GOLDEN);
        return mix(k ^ ((long) day << 32 | (stream & 0xffffffffL)));
    }

    /** A 64-bit key for one (seed, day, citizen, stream). */
    public static long key(long seed, int day, int citizen, int stream) {
        return mix(stream(seed, day, stream) + citizen * GOLDEN);
    }

    /** Uniform double in [0, 1) for one citizen from a stream key. */
    public static double uniform(long streamKey, int citizen) {
        return unit(mix(streamKey + citizen * GOLDEN));
    }

    /** Uniform double in [0, 1). */
    public static double uniform(long seed, int day, int citizen, int stream) {
        return unit(key(seed, day, citizen, stream));
    }

    /** Uniform double in [0, 1) from a key. */
    public static double unit(long key) {
        return (key >>> 11) * TO_UNIT;
    }

    /** Standard normal from two independent uniforms (Box-Muller). */
    public static double normal(long seed, int day, int citizen, int stream) {
        return normal(stream(seed, day, stream), stream(seed, day, stream + 0x10000), citizen);
    }

    /** Standard normal for one citizen from two stream keys (Box-Muller). */
    public static double normal(long streamKey1, long streamKey2, int citizen) {
        double u1 = uniform(streamKey1, citizen);
        double u2 = uniform(streamKey2, citizen);
        return Math.sqrt(-2.0 * Math.log(1.0 - u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** Poisson draw with mean {@code mean} from a key (inversion; for the small means of rare events). */
    public static int poisson(long key, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 50) {
            // normal approximation for large means
            double u1 = unit(mix(key)), u2 = unit(mix(key + 1));
            double z = Math.sqrt(-2.0 * Math.log(1.0 - u1)) * Math.cos(2.0 * Math.PI * u2);
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
        }
        double u = unit(mix(key));
        double p = Math.exp(-mean);
        double cdf = p;
        int k = 0;
        while (u > cdf && k < 1000) {
            k++;
            p *= mean / k;
            cdf += p;
        }
        return k;
    }
}
