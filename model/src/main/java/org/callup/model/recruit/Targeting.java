package org.callup.model.recruit;

import org.callup.model.citizens.Population;
import org.callup.model.citizens.Traits;
import org.callup.model.params.Channel;
import org.callup.model.params.RecruiterParams;
import org.callup.model.params.RegionSpec;

/**
 * Who the commissariats look for, and how exposed each man is to each channel (0 to 1; the rule of each channel is
 * {@link Channel#exposure}). The channel's {@code reach} parameter multiplies these exposures.
 */
public final class Targeting {
    private static final Channel[] SWEEP_CHANNELS = Channel.sweepChannels();
    /** Fixed-point scale of exposure sums, so that sums are exact integers whatever the summation order. */
    public static final int FIXED_ONE = 1024;

    /**
     * The parameters that decide a man's targeting weight: when they change, the lottery's candidate sums must be
     * recomputed.
     */
    public record Rules(
            int targetAgeMin,
            int targetAgeMax,
            int officerAgeMax,
            double priorServiceWeight,
            double noServiceWeight,
            double overAgeWeight) {
        public static Rules of(RecruiterParams rp) {
            return new Rules(
                    rp.targetAgeMin(),
                    rp.targetAgeMax(),
                    rp.officerAgeMax(),
                    rp.priorServiceWeight(),
                    rp.noServiceWeight(),
                    rp.overAgeWeight());
        }
    }

    private final Population pop;
    private final double[] urban;

    public Targeting(Population pop, java.util.List<RegionSpec> regions) {
        this.pop = pop;
        this.urban = regions.stream().mapToDouble(RegionSpec::urbanShare).toArray();
    }

    /** Exposure of citizen i in region r to sweep channel index c (index into {@link Channel#sweepChannels()}). */
    public double exposure(int c, int i, int r) {
        return SWEEP_CHANNELS[c].exposure(pop, i, urban[r]);
    }

    /**
     * Targeting weight before errors: reservists within the age caps (officers to the officer cap) weigh
     * {@code priorServiceWeight}, men without service within the caps {@code noServiceWeight}; men above their cap
     * weigh that times {@code overAgeWeight} (drafts of the over-age by mistake); men below the youngest age 0.
     */
    public static double baseWeight(RecruiterParams rp, int traits, int age) {
        if (age < rp.targetAgeMin()) {
            return 0;
        }
        double w = (traits & Traits.PRIOR_SERVICE) != 0 ? rp.priorServiceWeight() : rp.noServiceWeight();
        return overAge(rp, traits, age) ? w * rp.overAgeWeight() : w;
    }

    /** Whether a man is above the age cap that applies to him (the officer cap for officers). */
    public static boolean overAge(RecruiterParams rp, int traits, int age) {
        int cap = (traits & (Traits.PRIOR_SERVICE | Traits.OFFICER)) == (Traits.PRIOR_SERVICE | Traits.OFFICER)
                ? Math.max(rp.officerAgeMax(), rp.targetAgeMax())
                : rp.targetAgeMax();
        return age > cap;
    }

    public boolean overAge(RecruiterParams rp, int i) {
        return overAge(rp, pop.traits[i], pop.age[i]);
    }

    public double baseWeight(RecruiterParams rp, int i) {
        return baseWeight(rp, pop.traits[i], pop.age[i]);
    }

    /** Exemption categories citizen i could claim. */
    public int groundsMask(int i) {
        return Traits.groundsMask(pop.traits[i], pop.occupation[i]);
    }

    public static long fixed(double x) {
        return Math.round(x * FIXED_ONE);
    }
}
