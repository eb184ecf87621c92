package org.callup.model.sim;

/**
 * Counter-based random numbers: a value is a pure function of (seed, day, citizen, stream), computed with the
 * SplitMix64 finaliser (Steele, Lea and Flood 2014). No generator state is shared, so results do not depend on
 * the number of threads or the order in which citizens are visited.
 */
public final class Rng {
    private static final double TO_UNIT = 0x1.0p-53;

    private Rng() {}

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

    /**
     * The 53 bits of {@link #uniform(long, int)} as an integer: the uniform is this times 2^-53, exactly.
     */
    public static long bits(long streamKey, int citizen) {
        return mix(streamKey + citizen * GOLDEN) >>> 11;
    }

    /**
     * The integer {@code L} in [0, 2^53] such that, for every value x of {@link #bits}, {@code x < L} exactly when
     * the uniform x 2^-53 is below {@code b}: the draw compared as an integer, with no conversion to a double. As
     * x 2^-53 and b 2^53 are exact, u < b is x < b 2^53, which for an integer x is x < ceil(b 2^53). A NaN or
     * negative bound gives 0 (no draw is below it), a bound of 1 or more 2^53 (every draw is).
     */
    public static long bitsBelow(double b) {
        if (!(b > 0)) {
            return 0;
        }
        return b >= 1 ? 1L << 53 : (long) Math.ceil(b * 0x1.0p53);
    }

    /**
     * The first 8 bits of {@link #uniform(long, int)}: {@code floor(256 u)}, 0 to 255, for the same stream key and
     * citizen.
     */
    public static int uniformTop8(long streamKey, int citizen) {
        return (int) (mix(streamKey + citizen * GOLDEN) >>> 56);
    }

    /** Uniform double in [0, 1). */
    public static double uniform(long seed, int day, int citizen, int stream) {
        return unit(key(seed, day, citizen, stream));
    }

    /** Uniform double in [0, 1) from a key. */
    public static double unit(long key) {
        return (key >>> 11) * TO_UNIT;
    }

    /**
     * Standard normal quantile of u in (0, 1) by Acklam's rational approximation (relative error below 1.2e-9):
     * one uniform per normal, and no logarithm or root except in the 5% of tails.
     */
    public static double normalQuantile(double u) {
        double p = Math.min(Math.max(u, 1e-300), 1 - 1e-16);
        if (p < P_LOW) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        if (p > 1 - P_LOW) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            return -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5])
                * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }

    private static final double P_LOW = 0.02425;
    private static final double[] A = {
        -3.969683028665376e+01,
        2.209460984245205e+02,
        -2.759285104469687e+02,
        1.383577518672690e+02,
        -3.066479806614716e+01,
        2.506628277459239e+00
    };
    private static final double[] B = {
        -5.447609879822406e+01,
        1.615858368580409e+02,
        -1.556989798598866e+02,
        6.680131188771972e+01,
        -1.328068155288572e+01
    };
    private static final double[] C = {
        -7.784894002430293e-03,
        -3.223964580411365e-01,
        -2.400758277161838e+00,
        -2.549732539343734e+00,
        4.374664141464968e+00,
        2.938163982698783e+00
    };
    private static final double[] D = {
        7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
    };

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
