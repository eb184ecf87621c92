package org.callup.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.callup.model.MobilizationModel;
import org.callup.model.UnitScenarios;
import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Population;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.Metric;
import org.callup.model.params.EthnicStatus;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.ProtestParams;
import org.callup.model.params.RegionSpec;
import org.callup.model.params.Scenario;
import org.callup.model.recruit.Commissariats;
import org.callup.model.recruit.Targeting;
import org.callup.model.timeline.AnnounceWave;
import org.junit.jupiter.api.Test;

/**
 * Police capacity is a hard cap on arrests, not only on their expectation. At scale 1 it holds on every day; at a
 * larger scale, where a day's capacity can be a fraction of one simulated citizen, it holds on the arrests since the
 * start of the run, and a single day exceeds its own capacity by less than one simulated citizen (ODD §7.13).
 */
class ArrestCapacityIsAHardCapTest {
    /** A million residents: 50 officers at 0.05 per 1,000. */
    private static final List<RegionSpec> REGION =
            List.of(new RegionSpec("city", "city", 1_000_000, 55, 37, EthnicStatus.NONE, 60_000, 0.8));

    /** The protest phase of one region in which {@code men} simulated men protest every day. */
    private static final class Crowd {
        final int men;
        final Population pop;
        final Ledger ledger;
        final ProtestRepression protest;
        final Commissariats offices;
        final DayContext ctx = new DayContext();
        final CitizenSweep.ChunkOut out = new CitizenSweep.ChunkOut();

        Crowd(int men, int scale, ProtestParams pp) {
            this.men = men;
            pop = new Population(new int[] {0, men});
            ledger = new Ledger(pop, new Targeting(pop, REGION), 1, 0);
            ledger.use(UnitScenarios.recruiters());
            protest = new ProtestRepression(pop, REGION);
            offices = new Commissariats(REGION, pop.regionStart, scale, UnitScenarios.recruiters());
            ctx.seed = 5;
            ctx.scale = scale;
            ctx.pp = pp;
            ctx.rp = UnitScenarios.recruiters();
        }

        /** Police capacity of a day, real persons. */
        double capacity() {
            return protest.police(ctx.pp, 0) * ctx.pp.arrestsPerOfficerPerDay();
        }

        /** Runs day {@code day} with everyone protesting; returns the arrests in real persons. */
        long day(int day) {
            out.clear();
            for (int i = 0; i < men; i++) {
                pop.state[i] = CitizenState.NORMAL.code;
                out.protesters.add(i);
            }
            ledger.clearFlows();
            ctx.day = day;
            protest.run(ctx, List.of(out), ledger, offices);
            return ledger.flow(0, Metric.PROTEST_ARRESTS) * ctx.scale;
        }
    }

    @Test
    void arrestsOnAnyDayNeverExceedPoliceTimesArrestsPerOfficer() {
        Crowd c = new Crowd(2000, 1, UnitScenarios.protest()); // 50 officers, 1 arrest each a day
        double capacity = c.capacity();
        for (int day = 0; day < 60; day++) {
            long arrests = c.day(day);
            assertTrue(arrests <= capacity, "day " + day + ": " + arrests + " arrests by " + capacity + " officers' capacity");
        }
    }

    /**
     * At scale 100, 50 officers who take 0.74 protesters a day each can arrest 37 persons a day, 0.37 of a simulated
     * citizen. 2,000 simulated protesters (200,000 persons) give Epstein's A x P of about 115 a day, so the cap binds
     * every day: arrests come in whole citizens (100 persons), one on about 37 days in 100, and the arrests since the
     * start stay within one citizen of the capacity since the start, above or below.
     */
    @Test
    void atScale100TheArrestsSinceTheStartStayWithinOneCitizenOfThePolicesCapacity() {
        int scale = 100;
        ProtestParams pp = ParamPaths.set(UnitScenarios.protest(), "arrestsPerOfficerPerDay", 0.74);
        Crowd c = new Crowd(2000, scale, pp);
        double capacity = c.capacity();
        assertEquals(37, capacity, 1e-9);
        assertTrue(2000.0 * scale * ProtestRepression.arrestProbability(pp, 50, 2000.0 * scale) > capacity,
                "Epstein's expected arrests exceed the capacity");
        long arrested = 0;
        for (int day = 0; day < 200; day++) {
            long arrests = c.day(day);
            arrested += arrests;
            assertTrue(arrests == 0 || arrests == scale, "day " + day + ": " + arrests + ", one citizen at most");
            double since = capacity * (day + 1);
            assertTrue(arrested < since + scale, "by day " + day + ": " + arrested + " arrests by " + since + " of capacity");
            assertTrue(arrested > since - scale, "by day " + day + ": " + arrested + " arrests, the capacity unused");
        }
    }

    /**
     * Above one citizen a day the carried fraction makes the mean the capacity, not its whole part: 500 officers
     * who take 0.45 protesters a day each arrest 225 persons a day, 2.25 citizens, against Epstein's A x P of about
     * 1,150; the days alternate between two and three citizens.
     */
    @Test
    void atScale100ACapacityAboveOneCitizenIsUsedInFull() {
        int scale = 100;
        ProtestParams pp = ParamPaths.set(ParamPaths.set(UnitScenarios.protest(), "policePer1000Residents", 0.5),
                "arrestsPerOfficerPerDay", 0.45);
        Crowd c = new Crowd(2000, scale, pp);
        double capacity = c.capacity();
        assertEquals(225, capacity, 1e-9);
        assertTrue(2000.0 * scale * ProtestRepression.arrestProbability(pp, 500, 2000.0 * scale) > capacity);
        long arrested = 0;
        for (int day = 0; day < 100; day++) {
            long arrests = c.day(day);
            arrested += arrests;
            assertTrue(arrests == 2 * scale || arrests == 3 * scale, "day " + day + ": " + arrests);
            assertTrue(Math.abs(arrested - capacity * (day + 1)) < scale, "by day " + day + ": " + arrested);
        }
    }

    /**
     * Where both Epstein's expectation and the capacity are below one citizen, the arrests still follow the capped
     * expectation, day by day on average over seeds and in total over a run. 20 simulated protesters at scale 100
     * (2,000 persons) against 50 officers who take 0.66 a day: A x P = 112 persons, capped at 33, so 0.33 of a
     * citizen a day. Over 2,000 seeds the share of runs with an arrest on a given day is a binomial proportion with
     * mean 0.33; over a 300-day run the total is within one citizen of 300 x 0.33.
     */
    @Test
    void atScale100SmallProtestsAreArrestedAtTheCappedExpectation() {
        int scale = 100;
        int protesters = 20;
        ProtestParams pp = ParamPaths.set(UnitScenarios.protest(), "arrestsPerOfficerPerDay", 0.66);
        double expected = Math.min(protesters * scale * ProtestRepression.arrestProbability(pp, 50, protesters * scale),
                33) / scale;
        assertEquals(0.33, expected, 1e-9, "the cap binds");

        int seeds = 2000;
        int day = 5;
        int withArrest = 0;
        for (int seed = 0; seed < seeds; seed++) {
            Crowd c = new Crowd(protesters, scale, pp);
            c.ctx.seed = seed;
            for (int d = 0; d < day; d++) {
                c.day(d);
            }
            withArrest += c.day(day) > 0 ? 1 : 0;
        }
        assertEquals(expected, withArrest / (double) seeds, 4 * Math.sqrt(expected * (1 - expected) / seeds),
                "share of seeds with an arrest on day " + day);

        Crowd run = new Crowd(protesters, scale, pp);
        int days = 300;
        long arrested = 0;
        for (int d = 0; d < days; d++) {
            arrested += run.day(d);
        }
        assertEquals(expected * days * scale, arrested, scale);
    }

    /**
     * The whole model at scale 100 with police below one simulated citizen of capacity in every region (as in 19 of
     * the 24 regions of the default scenario): a call-up brings thousands into the streets, and on every day each
     * region's arrests since the start stay below its police's capacity since the start plus one citizen.
     */
    @Test
    void inARunAtScale100NoRegionsArrestsOutrunItsPolice() {
        LocalDate start = UnitScenarios.START;
        int scale = 100;
        Scenario s = UnitScenarios.scenario(2_000_000, scale, start.plusDays(59),
                List.of(new AnnounceWave(start.plusDays(3), null, "", 60_000, 30, 1.0, 0.2)));
        s = UnitScenarios.with(s, "protest.policePer1000Residents", 0.002);
        s = UnitScenarios.with(s, "protest.legitimacy", 0.2);
        s = UnitScenarios.with(s, "decisions.ascProtest", 0.0);
        List<DayObservation> days = new ArrayList<>();
        MobilizationModel m = new MobilizationModel(s, 2);
        m.addSink(days::add);
        m.runToEnd();

        double protesters = days.stream().mapToDouble(o -> o.all(Metric.PROTESTERS)).sum();
        double arrests = days.stream().mapToDouble(o -> o.all(Metric.PROTEST_ARRESTS)).sum();
        assertTrue(protesters > 100_000 && arrests > 0, protesters + " protesters, " + arrests + " arrests");
        for (RegionSpec r : s.population().regions()) {
            double capacity = r.populationTotal() / 1000.0 * s.protest().policePer1000Residents()
                    * s.protest().arrestsPerOfficerPerDay();
            assertTrue(capacity < scale, r.id() + ": " + capacity + " arrests a day");
            double arrested = 0;
            for (DayObservation o : days) {
                arrested += o.get(Metric.PROTEST_ARRESTS, "region:" + r.id());
                double since = capacity * (o.day() + 1);
                assertTrue(arrested < since + scale, r.id() + " by day " + o.day() + ": " + arrested + " by " + since);
            }
        }
    }
}
