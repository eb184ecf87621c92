package org.callup.model.recruit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.callup.model.UnitScenarios;
import org.callup.model.params.Channel;
import org.callup.model.params.EthnicStatus;
import org.callup.model.params.ExemptionCategory;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.RecruiterParams;
import org.callup.model.params.RegionSpec;
import org.callup.model.params.ReviewParams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The commissariats' daily plan: quota shares biased toward poor regions and ethnic republics, pressure when behind
 * a linear plan, capacity cut by attacks, and the acceptance probabilities of the two lotteries.
 */
class CommissariatsTest {
    private static final int SCALE = 10;
    private static final int[] START = {0, 100, 200, 300, 400}; // 1,000 reservists (real men) in each region
    private static final int ADDRESS = 0;
    private static final int WORKPLACE = 1;
    private static final int F = Targeting.FIXED_ONE;

    /** Four regions of equal size: rich, poor, a republic and a mixed region (the last two at the mean wage). */
    private static final List<RegionSpec> REGIONS = List.of(
            new RegionSpec("rich", "rich", 1_000_000, 55, 37, EthnicStatus.NONE, 100_000, 0.9),
            new RegionSpec("poor", "poor", 1_000_000, 55, 37, EthnicStatus.NONE, 40_000, 0.6),
            new RegionSpec("republic", "republic", 1_000_000, 43, 47, EthnicStatus.REPUBLIC, 70_000, 0.5),
            new RegionSpec("mixed", "mixed", 1_000_000, 56, 44, EthnicStatus.MIXED, 70_000, 0.7));

    private RecruiterParams rp;
    private Commissariats offices;
    private CandidatePool pool;

    @BeforeEach
    void setUp() {
        RecruiterParams r = UnitScenarios.recruiters();
        r = ParamPaths.set(r, "nationalQuotaPersons", 40_000L);
        r = ParamPaths.set(r, "planDays", 10);
        r = ParamPaths.set(r, "capacityPerDayPer1000Reservists", 50.0);
        rp = r;
        offices = new Commissariats(REGIONS, START, SCALE, rp);
        pool = new CandidatePool(REGIONS.size());
    }

    private void plan(int day, int activeMask) {
        offices.plan(day, rp, pool, activeMask, SCALE, REGIONS);
    }

    @Test
    void poorerRegionsAndEthnicRepublicsGetLargerQuotaSharesPerReservist() {
        offices.startWave(0);
        plan(0, 0);
        // national wage 70,000: the poor region is 3/7 below it; the republic counts fully, the mixed region half
        double[] w = {1, 1 + 0.5 * (3.0 / 7), 1 + 0.5, 1 + 0.5 * 0.5};
        double sum = w[0] + w[1] + w[2] + w[3];
        for (int r = 0; r < 4; r++) {
            assertEquals(
                    40_000 * w[r] / sum, offices.quota(r), 1e-6, REGIONS.get(r).id());
        }
        assertTrue(offices.quota(1) > offices.quota(0), "poor above rich");
        assertTrue(
                offices.quota(2) > offices.quota(3) && offices.quota(3) > offices.quota(0), "republic > mixed > none");
        assertEquals(40_000, offices.quota(0) + offices.quota(1) + offices.quota(2) + offices.quota(3), 1e-6);
    }

    @Test
    void withoutBiasQuotasAreProportionalToReservists() {
        rp = ParamPaths.set(ParamPaths.set(rp, "quotaBiasPoverty", 0.0), "quotaBiasEthnic", 0.0);
        offices = new Commissariats(REGIONS, START, SCALE, rp);
        offices.startWave(0);
        plan(0, 0);
        for (int r = 0; r < 4; r++) {
            assertEquals(10_000, offices.quota(r), 1e-6);
        }
    }

    @Test
    void pressureRisesWhenBehindPlanIsCappedAndErrorsFollowIt() {
        offices.startWave(0);
        double previous = 0;
        for (int day = 0; day < 10; day++) {
            plan(day, 0);
            double elapsed = (day + 1) / 10.0;
            double expected = Math.min(rp.pressureMax(), 1 + rp.pressureGain() * elapsed);
            assertEquals(expected, offices.pressure(0), 1e-12, "pressure on day " + day);
            assertTrue(offices.pressure(0) >= previous);
            previous = offices.pressure(0);
            assertEquals(
                    Math.min(1, rp.errorRateBase() + rp.errorRatePerPressure() * (expected - 1)),
                    offices.errorRate(0),
                    1e-12,
                    "error rate on day " + day);
            assertEquals(rp.capacityPerDayPer1000Reservists() * expected, offices.capacityPersons(0), 1e-9);
        }
        assertEquals(rp.pressureMax(), offices.pressure(0), "capped");
    }

    @Test
    void aRegionOnPlanFeelsNoPressure() {
        offices.startWave(0);
        plan(0, 0);
        for (int day = 1; day < 5; day++) {
            // mobilized exactly what the linear plan asks for by the end of yesterday... and today
            offices.recordMobilized(1, offices.quota(1) * (day + 1) / 10.0 - offices.mobilizedInWave(1));
            plan(day, 0);
            assertEquals(1.0, offices.pressure(1), 1e-12);
            assertEquals(rp.errorRateBase(), offices.errorRate(1), 1e-12);
            assertTrue(offices.pressure(0) > 1, "the region without recruits is behind");
        }
    }

    @Test
    void noCapacityBeforeAWaveAfterItsEndOrOnceTheRegionsQuotaIsFilled() {
        plan(0, 0);
        for (int r = 0; r < 4; r++) {
            assertEquals(0, offices.capacityPersons(r), "before any wave");
        }
        offices.startWave(1);
        plan(1, 0);
        assertTrue(offices.capacityPersons(0) > 0);
        offices.recordMobilized(0, offices.quota(0));
        plan(2, 0);
        assertEquals(0, offices.capacityPersons(0), "quota filled");
        assertTrue(offices.capacityPersons(1) > 0);
        offices.end();
        plan(3, 0);
        for (int r = 0; r < 4; r++) {
            assertEquals(0, offices.capacityPersons(r), "after the declared end");
            assertEquals(0, offices.acceptance(r, ADDRESS));
        }
    }

    @Test
    void anAttackCutsCapacityWhichRecoversAfterTheRecoveryDays() {
        int attackDay = 2;
        offices.startWave(0);
        plan(attackDay, 0);
        offices.recordAttacks(0, 1, attackDay, rp);
        int recovery = rp.attackRecoveryDays();
        plan(attackDay + 1, 0);
        // regions 0 and 1 have the same size and the same pressure (nothing mobilized anywhere)
        assertEquals(1 - rp.attackCapacityLoss(), offices.attackFactor(0), 1e-12);
        assertEquals((1 - rp.attackCapacityLoss()) * offices.capacityPersons(1), offices.capacityPersons(0), 1e-9);
        plan(attackDay + recovery + 1, 0);
        assertEquals(1.0, offices.attackFactor(0));
        assertEquals(offices.capacityPersons(1), offices.capacityPersons(0), 1e-9);
    }

    @Test
    void aReviewCutsCapacityAndErrorsOnlyOnItsDays() {
        rp = ParamPaths.set(rp, "review", new ReviewParams(2, 3, 0.25, 0.4));
        offices.startWave(0);
        int order = 1;
        Commissariats twin = new Commissariats(REGIONS, START, SCALE, rp); // the same offices without a review
        twin.startWave(0);
        for (int day = 0; day < 10; day++) {
            if (day == order) {
                offices.startReview(day, rp.review());
            }
            plan(day, 0);
            twin.plan(day, rp, pool, 0, SCALE, REGIONS);
            boolean reviewing = day >= order + 2 && day < order + 2 + 3;
            assertEquals(reviewing, offices.reviewing(day), "day " + day);
            for (int r = 0; r < 4; r++) {
                assertEquals(twin.pressure(r), offices.pressure(r), 1e-12, "the review leaves pressure alone");
                assertEquals(
                        twin.capacityPersons(r) * (reviewing ? 0.25 : 1),
                        offices.capacityPersons(r),
                        1e-9,
                        "capacity on day " + day);
                assertEquals(
                        twin.errorRate(r) * (reviewing ? 0.4 : 1), offices.errorRate(r), 1e-12, "errors on day " + day);
            }
        }
    }

    @Test
    void aReviewWithoutDaysChangesNothing() {
        rp = ParamPaths.set(rp, "review", new ReviewParams(0, 0, 0.0, 0.0));
        offices.startWave(0);
        offices.startReview(0, rp.review());
        plan(0, 0);
        assertTrue(!offices.reviewing(0));
        assertEquals(rp.capacityPerDayPer1000Reservists() * offices.pressure(0), offices.capacityPersons(0), 1e-9);
    }

    @Test
    void severalAttacksCompoundUpToThree() {
        offices.startWave(0);
        offices.recordAttacks(0, 2, 0, rp);
        offices.recordAttacks(1, 5, 0, rp);
        offices.recordAttacks(2, 0, 0, rp);
        plan(1, 0);
        double keep = 1 - rp.attackCapacityLoss();
        assertEquals(keep * keep, offices.attackFactor(0), 1e-12);
        assertEquals(keep * keep * keep, offices.attackFactor(1), 1e-12);
        assertEquals(1.0, offices.attackFactor(2));
    }

    @Test
    void acceptanceIsCapacityOverExpectedFindsCappedAtOne() {
        offices.startWave(0);
        var address = rp.channels().address();
        var workplace = rp.channels().workplace();
        pool.add(CandidatePool.NORMAL, 0, ADDRESS, 0, 20L * F);
        pool.add(CandidatePool.HIDING, 0, ADDRESS, 0, 40L * F);
        pool.add(CandidatePool.NORMAL, 0, WORKPLACE, 0, 30L * F);
        plan(0, 0);
        double agents = offices.capacityPersons(0) / SCALE;
        assertEquals(50 * 1.3 / SCALE, agents, 1e-12);
        double k = agents * address.capacityShare() * address.intensity();
        double w = address.reach() * (20 + address.reachHiding() * 40);
        assertEquals(Math.min(1, k / w), offices.acceptance(0, ADDRESS), 1e-12);
        assertTrue(offices.acceptance(0, ADDRESS) < 1);
        double kw = agents * workplace.capacityShare() * workplace.intensity();
        assertEquals(Math.min(1, kw / (workplace.reach() * 30)), offices.acceptance(0, WORKPLACE), 1e-12);
        // a region with few candidates: every one the channel finds is served
        pool.add(CandidatePool.NORMAL, 1, ADDRESS, 0, F / 4);
        plan(0, 0);
        assertEquals(1.0, offices.acceptance(1, ADDRESS));
        // an inactive channel accepts nobody
        assertEquals(0, offices.acceptance(0, 2), "raids are off");
    }

    @Test
    void menWithExemptionGroundsInForceWeighTheErrorRate() {
        offices.startWave(0);
        int students = 1 << ExemptionCategory.STUDENTS.ordinal();
        pool.add(CandidatePool.NORMAL, 0, ADDRESS, 0, 20L * F);
        pool.add(CandidatePool.NORMAL, 0, ADDRESS, students, 100L * F);
        var address = rp.channels().address();
        plan(0, students);
        double k = offices.capacityPersons(0) / SCALE * address.capacityShare();
        double err = offices.errorRate(0);
        assertEquals(k / (address.reach() * (20 + 100 * err)), offices.acceptance(0, ADDRESS), 1e-12);
        plan(0, 0); // the same men when the student deferral is not in force
        assertEquals(k / (address.reach() * 120), offices.acceptance(0, ADDRESS), 1e-12);
    }

    @Test
    void evadersArePursuedFirstByChannelsThatDetain() {
        offices.startWave(0);
        var address = rp.channels().address();
        pool.add(CandidatePool.NORMAL, 0, ADDRESS, 0, 20L * F);
        pool.add(CandidatePool.NORMAL, 0, WORKPLACE, 0, 30L * F);
        pool.add(CandidatePool.NOTIFIED, 0, ADDRESS, 0, 2L * F);
        pool.add(CandidatePool.NOTIFIED, 0, WORKPLACE, 0, 2L * F);
        plan(0, 0);
        double k = offices.capacityPersons(0) / SCALE * address.capacityShare(); // 3.25
        double evaders = address.reach() * 2; // 1.6: fewer than the capacity
        assertEquals(1.0, offices.pursuit(0, ADDRESS));
        assertEquals((k - evaders) / (address.reach() * 20), offices.acceptance(0, ADDRESS), 1e-12);
        // the workplace does not detain: no pursuit, full capacity for new summons
        assertEquals(0, offices.pursuit(0, WORKPLACE));
        var workplace = rp.channels().workplace();
        double kw = offices.capacityPersons(0) / SCALE * workplace.capacityShare();
        assertEquals(kw / (workplace.reach() * 30), offices.acceptance(0, WORKPLACE), 1e-12);

        // more evaders than capacity: all of it goes to the pursuit, none to new summons
        pool.add(CandidatePool.NOTIFIED, 0, ADDRESS, 0, 8L * F);
        plan(0, 0);
        assertEquals(k / (address.reach() * 10), offices.pursuit(0, ADDRESS), 1e-12);
        assertEquals(0, offices.acceptance(0, ADDRESS));
        assertTrue(Channel.ADDRESS.detains() && Channel.RAID.detains() && Channel.FACIAL.detains());
        assertTrue(!Channel.WORKPLACE.detains() && !Channel.ELECTRONIC.detains() && !Channel.BORDER.detains());
    }

    @Test
    void aChannelLimitedToSomeRegionsWorksOnlyThere() {
        rp = ParamPaths.set(rp, "channels.address.regions", List.of("poor"));
        offices = new Commissariats(REGIONS, START, SCALE, rp);
        offices.startWave(0);
        for (int r = 0; r < 4; r++) {
            pool.add(CandidatePool.NORMAL, r, ADDRESS, 0, 20L * F);
        }
        plan(0, 0);
        assertEquals(0, offices.acceptance(0, ADDRESS));
        assertTrue(offices.acceptance(1, ADDRESS) > 0);
    }
}
