package org.callup.model.recruit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.callup.model.UnitScenarios;
import org.callup.model.citizens.Population;
import org.callup.model.citizens.PopulationBuilder;
import org.callup.model.citizens.Traits;
import org.callup.model.params.Channel;
import org.callup.model.params.EthnicStatus;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.RecruiterParams;
import org.callup.model.params.RegionSpec;
import org.callup.model.params.Scenario;
import org.junit.jupiter.api.Test;

/** Who the commissariats look for (targeting weights) and how exposed each man is to each channel. */
class TargetingTest {
    private static final int ADDRESS = 0;
    private static final int WORKPLACE = 1;
    private static final int RAID = 2;
    private static final int FACIAL = 3;
    private static final int ELECTRONIC = 4;

    private final RecruiterParams rp = UnitScenarios.recruiters(); // ages 18-35, officers to 50; weights 1 and 0.25

    @Test
    void baseWeightsFollowTheAgeCapsAndPriorService() {
        int served = Traits.PRIOR_SERVICE;
        int officer = Traits.PRIOR_SERVICE | Traits.OFFICER;
        assertEquals(0, Targeting.baseWeight(rp, served, 17), "below the youngest age");
        assertEquals(0, Targeting.baseWeight(rp, 0, 17), "below the youngest age");
        assertEquals(rp.priorServiceWeight(), Targeting.baseWeight(rp, served, 18));
        assertEquals(rp.priorServiceWeight(), Targeting.baseWeight(rp, served, 35));
        assertEquals(0, Targeting.baseWeight(rp, served, 36), "a private over 35");
        assertEquals(rp.priorServiceWeight(), Targeting.baseWeight(rp, officer, 36), "an officer over 35");
        assertEquals(rp.priorServiceWeight(), Targeting.baseWeight(rp, officer, 50));
        assertEquals(0, Targeting.baseWeight(rp, officer, 51), "an officer over 50");
        assertEquals(rp.noServiceWeight(), Targeting.baseWeight(rp, 0, 18));
        assertEquals(rp.noServiceWeight(), Targeting.baseWeight(rp, 0, 35));
        assertEquals(0, Targeting.baseWeight(rp, 0, 36), "a man without service over 35");
        // the OFFICER bit means nothing without prior service
        assertEquals(0, Targeting.baseWeight(rp, Traits.OFFICER, 40));
        // exemption grounds do not enter the base weight (they are weighed by the error rate)
        assertEquals(rp.noServiceWeight(), Targeting.baseWeight(rp, Traits.STUDENT | Traits.UNFIT, 20));
    }

    @Test
    void officersAreNeverCappedBelowPrivates() {
        Scenario s = UnitScenarios.scenario(10_000, 1, UnitScenarios.START, List.of());
        RecruiterParams low = ParamPaths.set(s, "recruiters.officerAgeMax", 30).recruiters();
        assertEquals(low.priorServiceWeight(), Targeting.baseWeight(low, Traits.PRIOR_SERVICE | Traits.OFFICER, 35));
    }

    @Test
    void conscriptionWeightsCanExcludeReservists() {
        Scenario s = UnitScenarios.scenario(10_000, 1, UnitScenarios.START, List.of());
        RecruiterParams draft = ParamPaths.set(
                        ParamPaths.set(s, "recruiters.priorServiceWeight", 0.0), "recruiters.noServiceWeight", 1.0)
                .recruiters();
        assertEquals(0, Targeting.baseWeight(draft, Traits.PRIOR_SERVICE, 25));
        assertEquals(1, Targeting.baseWeight(draft, 0, 25));
    }

    @Test
    void everyExposureOfABuiltPopulationLiesInTheUnitInterval() {
        Scenario s = UnitScenarios.scenario(60_000, 1, UnitScenarios.START, List.of());
        Population pop = new PopulationBuilder(s).build(null, 1);
        Targeting t = new Targeting(pop, s.population().regions());
        for (int r = 0; r < pop.regionCount(); r++) {
            for (int i = pop.regionStart[r]; i < pop.regionStart[r + 1]; i++) {
                for (int c = 0; c < Channel.sweepChannelCount(); c++) {
                    double e = t.exposure(c, i, r);
                    assertTrue(e >= 0 && e <= 1, "exposure " + e + " of citizen " + i + " to channel " + c);
                }
            }
        }
    }

    /** Four men in one region with the given urban share, all with visibility v; traits and ages per man. */
    private static Targeting four(double urban, double v, int[] traits, int[] ages, int[] occupations) {
        Population pop = new Population(new int[] {0, traits.length});
        for (int i = 0; i < traits.length; i++) {
            pop.traits[i] = (byte) traits[i];
            pop.age[i] = (byte) ages[i];
            pop.occupation[i] = (byte) occupations[i];
            pop.visibility[i] = Traits.toUnitByte(v);
        }
        return new Targeting(
                pop, List.of(new RegionSpec("x", "x", 1_000_000, 55, 37, EthnicStatus.NONE, 50_000, urban)));
    }

    @Test
    void livingAwayFromTheRegisteredAddressLowersAddressExposure() {
        Targeting t = four(0.8, 0.5, new int[] {0, Traits.LIVES_AWAY}, new int[] {30, 30}, new int[] {0, 0});
        assertEquals(1.0, t.exposure(ADDRESS, 0, 0));
        assertEquals(Channel.ADDRESS_AWAY, t.exposure(ADDRESS, 1, 0));
        assertTrue(t.exposure(ADDRESS, 1, 0) < t.exposure(ADDRESS, 0, 0));
    }

    @Test
    void minoritiesAndTheYoungAreMoreExposedToRaids() {
        int[] traits = {0, Traits.MINORITY, 0, Traits.MINORITY};
        int[] ages = {40, 40, 25, 25};
        Targeting t = four(0.6, 0.4, traits, ages, new int[4]);
        double v = Traits.unit(Traits.toUnitByte(0.4));
        double base = v * (0.5 + 0.5 * 0.6);
        assertEquals(base, t.exposure(RAID, 0, 0), 1e-12);
        assertEquals(base * Channel.RAID_MINORITY, t.exposure(RAID, 1, 0), 1e-12);
        assertEquals(base * Channel.RAID_YOUNG, t.exposure(RAID, 2, 0), 1e-12);
        assertEquals(Math.min(1, base * Channel.RAID_MINORITY * Channel.RAID_YOUNG), t.exposure(RAID, 3, 0), 1e-12);
        assertTrue(t.exposure(RAID, 1, 0) > t.exposure(RAID, 0, 0));
        assertTrue(t.exposure(RAID, 2, 0) > t.exposure(RAID, 0, 0));
        // highly visible young minorities are capped at full exposure
        Targeting capped = four(1.0, 1.0, traits, ages, new int[4]);
        assertEquals(1.0, capped.exposure(RAID, 3, 0));
    }

    @Test
    void workplaceFacialAndElectronicExposures() {
        int[] traits = {0, 0, Traits.STUDENT};
        int[] occ = {Traits.OCC_OTHER, Traits.OCC_IT, Traits.OCC_OTHER};
        Targeting t = four(0.75, 0.6, traits, new int[] {30, 30, 20}, occ);
        assertEquals(Channel.WORKPLACE_EMPLOYEE, t.exposure(WORKPLACE, 0, 0));
        assertEquals(Channel.WORKPLACE_IT, t.exposure(WORKPLACE, 1, 0));
        assertEquals(Channel.WORKPLACE_STUDENT, t.exposure(WORKPLACE, 2, 0));
        assertEquals(Traits.unit(Traits.toUnitByte(0.6)) * 0.75, t.exposure(FACIAL, 0, 0), 1e-12);
        for (int i = 0; i < 3; i++) {
            assertEquals(1.0, t.exposure(ELECTRONIC, i, 0));
        }
    }
}
