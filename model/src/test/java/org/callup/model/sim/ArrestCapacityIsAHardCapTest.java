package org.callup.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.callup.model.UnitScenarios;
import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Population;
import org.callup.model.observe.Metric;
import org.callup.model.params.EthnicStatus;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.ProtestParams;
import org.callup.model.params.RegionSpec;
import org.callup.model.recruit.Commissariats;
import org.callup.model.recruit.Targeting;
import org.junit.jupiter.api.Test;

/**
 * Police capacity caps the arrests of a day (ODD §7.13). Where the capacity is at least one simulated citizen a day
 * (always at scale 1) the cap is hard: no day exceeds its whole citizens. Where it is less (at scale 100 and the
 * default police, 19 of the 24 regions) a day arrests none or one citizen, and the cap holds in expectation.
 */
class ArrestCapacityIsAHardCapTest {
    @Test
    void arrestsOnAnyDayNeverExceedPoliceTimesArrestsPerOfficer() {
        List<RegionSpec> region =
                List.of(new RegionSpec("city", "city", 1_000_000, 55, 37, EthnicStatus.NONE, 60_000, 0.8));
        ProtestParams pp = UnitScenarios.protest(); // 0.05 police per 1,000 -> 50 officers, 1 arrest each a day
        int men = 2000;
        Population pop = new Population(new int[] {0, men});
        Ledger ledger = new Ledger(pop, new Targeting(pop, region), 1, 0);
        ledger.use(UnitScenarios.recruiters());
        ProtestRepression protest = new ProtestRepression(pop, region);
        Commissariats offices = new Commissariats(region, pop.regionStart, 1, UnitScenarios.recruiters());
        DayContext.Builder today = new DayContext.Builder(0, 5, 1).pp(pp).rp(UnitScenarios.recruiters());
        CitizenSweep.ChunkOut out = new CitizenSweep.ChunkOut();
        double capacity = protest.police(pp, 0) * pp.arrestsPerOfficerPerDay();
        for (int day = 0; day < 60; day++) {
            out.clear();
            for (int i = 0; i < men; i++) {
                pop.state[i] = CitizenState.NORMAL.code;
                out.protesters.add(i);
            }
            ledger.clearFlows();
            DayContext ctx = today.day(day).build();
            protest.run(ctx, List.of(out), ledger, offices);
            long arrests = ledger.flow(0, Metric.PROTEST_ARRESTS) * ctx.scale;
            assertTrue(
                    arrests <= capacity,
                    "day " + day + ": " + arrests + " arrests by " + capacity + " officers' capacity");
        }
    }

    /** A region of a million residents where {@code men} simulated men protest every day. */
    private static final class Crowd {
        final Population pop;
        final Ledger ledger;
        final ProtestRepression protest;
        final Commissariats offices;
        DayContext ctx;
        final CitizenSweep.ChunkOut out = new CitizenSweep.ChunkOut();

        Crowd(int men, int scale, ProtestParams pp) {
            List<RegionSpec> region =
                    List.of(new RegionSpec("city", "city", 1_000_000, 55, 37, EthnicStatus.NONE, 60_000, 0.8));
            pop = new Population(new int[] {0, men});
            ledger = new Ledger(pop, new Targeting(pop, region), 1, 0);
            ledger.use(UnitScenarios.recruiters());
            protest = new ProtestRepression(pop, region);
            offices = new Commissariats(region, pop.regionStart, scale, UnitScenarios.recruiters());
            ctx = new DayContext.Builder(0, 5, scale)
                    .pp(pp)
                    .rp(UnitScenarios.recruiters())
                    .build();
            for (int i = 0; i < men; i++) {
                out.protesters.add(i);
            }
        }

        double capacity() {
            return protest.police(ctx.pp, 0) * ctx.pp.arrestsPerOfficerPerDay();
        }

        /** Day {@code day} with everyone protesting; the arrests in real persons. */
        long day(int day) {
            for (int i = 0; i < pop.size(); i++) {
                pop.state[i] = CitizenState.NORMAL.code;
            }
            ledger.clearFlows();
            ctx = ctx.toBuilder().day(day).build();
            protest.run(ctx, List.of(out), ledger, offices);
            return ledger.flow(0, Metric.PROTEST_ARRESTS) * ctx.scale;
        }
    }

    /**
     * At scale 100, 50 officers who take 0.74 protesters a day each can arrest 37 persons a day, 0.37 of a simulated
     * citizen, against Epstein's A x P of about 115 from 2,000 simulated protesters: the cap binds every day. A day
     * arrests none or one citizen (100 persons, above the capacity); over 2,000 days the share of days with an arrest
     * is a binomial proportion with mean 0.37, so the mean arrests are the capacity within four standard errors.
     */
    @Test
    void atScale100BelowOneCitizenTheCapHoldsOnAverage() {
        int scale = 100;
        ProtestParams pp = ParamPaths.set(UnitScenarios.protest(), "arrestsPerOfficerPerDay", 0.74);
        Crowd c = new Crowd(2000, scale, pp);
        double capacity = c.capacity();
        assertEquals(37, capacity, 1e-9);
        assertTrue(
                2000.0 * scale * ProtestRepression.arrestProbability(pp, 50, 2000.0 * scale) > capacity,
                "Epstein's expected arrests exceed the capacity");
        int days = 2000;
        int withArrest = 0;
        for (int day = 0; day < days; day++) {
            long arrests = c.day(day);
            assertTrue(arrests == 0 || arrests == scale, "day " + day + ": " + arrests);
            withArrest += arrests > 0 ? 1 : 0;
        }
        double share = capacity / scale;
        double se = Math.sqrt(share * (1 - share) / days);
        assertEquals(
                capacity,
                withArrest * (double) scale / days,
                4 * se * scale,
                withArrest + " days of " + days + " with an arrest");
    }

    /**
     * At scale 100 with a capacity of 2.25 citizens a day (500 officers at 0.45 arrests each) and the cap binding
     * (A x P about 1,150 persons), the cap is hard: every day arrests its whole citizens, two, and never three.
     */
    @Test
    void atScale100AboveOneCitizenTheCapIsHard() {
        int scale = 100;
        ProtestParams pp = ParamPaths.set(
                ParamPaths.set(UnitScenarios.protest(), "policePer1000Residents", 0.5),
                "arrestsPerOfficerPerDay",
                0.45);
        Crowd c = new Crowd(2000, scale, pp);
        assertEquals(225, c.capacity(), 1e-9);
        assertTrue(2000.0 * scale * ProtestRepression.arrestProbability(pp, 500, 2000.0 * scale) > c.capacity());
        for (int day = 0; day < 100; day++) {
            assertEquals(2 * scale, c.day(day), "day " + day);
        }
    }
}
