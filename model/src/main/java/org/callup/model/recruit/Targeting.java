package org.callup.model.recruit;

import org.callup.model.citizens.Population;
import org.callup.model.citizens.Traits;
import org.callup.model.params.Channel;
import org.callup.model.params.RecruiterParams;
import org.callup.model.params.RegionSpec;

/**
 * Who the commissariats look for, and how exposed each man is to each channel (0 to 1). The channel's
 * {@code reach} parameter multiplies these exposures. Exposures (see docs/ODD.md, "Summons delivery"):
 * <ul>
 *   <li>address: 1 for a man living at his registered address, 0.15 otherwise (neighbours, relatives pass it on);</li>
 *   <li>workplace: 0.8 for employees, 0.5 for IT staff (remote work, fired on paper: seed 003), 0.05 for students;</li>
 *   <li>raid: visibility x (0.5 + 0.5 urban share) x 1.5 for minorities (cafes, hostels: seed 002) x 1.3 under 30
 *       (clubs, metro), at most 1;</li>
 *   <li>facial recognition: visibility x urban share (cameras are in towns: seeds 002, 003);</li>
 *   <li>electronic: 1 (every registered man; seed 002).</li>
 * </ul>
 * The border channel works on queues, not here.
 */
public final class Targeting {
    private static final Channel[] SWEEP_CHANNELS = Channel.sweepChannels();
    /** Fixed-point scale of exposure sums, so that sums are exact integers whatever the summation order. */
    public static final int FIXED_ONE = 1024;

    static final double ADDRESS_AWAY = 0.15;
    static final double WORKPLACE_EMPLOYEE = 0.8;
    static final double WORKPLACE_IT = 0.5;
    static final double WORKPLACE_STUDENT = 0.05;
    static final double RAID_MINORITY = 1.5;
    static final double RAID_YOUNG = 1.3;
    static final int RAID_YOUNG_BELOW_AGE = 30;

    /**
     * The parameters that decide a man's targeting weight: when they change, the lottery's candidate sums must be
     * recomputed.
     */
    public record Rules(int targetAgeMin, int targetAgeMax, int officerAgeMax, double priorServiceWeight,
                        double noServiceWeight) {
        public static Rules of(RecruiterParams rp) {
            return new Rules(rp.targetAgeMin(), rp.targetAgeMax(), rp.officerAgeMax(), rp.priorServiceWeight(),
                    rp.noServiceWeight());
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
        int t = pop.traits[i];
        return switch (SWEEP_CHANNELS[c]) {
            case ADDRESS -> (t & Traits.LIVES_AWAY) != 0 ? ADDRESS_AWAY : 1.0;
            case WORKPLACE -> (t & Traits.STUDENT) != 0 ? WORKPLACE_STUDENT
                    : (pop.occupation[i] & Traits.OCC_MASK) == Traits.OCC_IT ? WORKPLACE_IT : WORKPLACE_EMPLOYEE;
            case RAID -> raid(t, i, r);
            case FACIAL -> Traits.unit(pop.visibility[i]) * urban[r];
            case ELECTRONIC -> 1.0;
            case BORDER -> 0.0; // works on queues, not in the sweep
        };
    }

    private double raid(int t, int i, int r) {
        double x = Traits.unit(pop.visibility[i]) * (0.5 + 0.5 * urban[r]);
        if ((t & Traits.MINORITY) != 0) {
            x *= RAID_MINORITY;
        }
        if (pop.age[i] < RAID_YOUNG_BELOW_AGE) {
            x *= RAID_YOUNG;
        }
        return Math.min(1.0, x);
    }

    /**
     * Targeting weight before errors: reservists within the age caps (officers to the officer cap) weigh
     * {@code priorServiceWeight}, men without service within the caps {@code noServiceWeight}, others 0.
     */
    public static double baseWeight(RecruiterParams rp, int traits, int age) {
        if (age < rp.targetAgeMin()) {
            return 0;
        }
        if ((traits & Traits.PRIOR_SERVICE) != 0) {
            int cap = (traits & Traits.OFFICER) != 0 ? Math.max(rp.officerAgeMax(), rp.targetAgeMax()) : rp.targetAgeMax();
            return age <= cap ? rp.priorServiceWeight() : 0;
        }
        return age <= rp.targetAgeMax() ? rp.noServiceWeight() : 0;
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
