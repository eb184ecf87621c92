package org.callup.model.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.callup.model.UnitScenarios;
import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Population;
import org.callup.model.observe.Metric;
import org.callup.model.params.EthnicStatus;
import org.callup.model.params.ProtestParams;
import org.callup.model.params.RegionSpec;
import org.callup.model.recruit.Commissariats;
import org.callup.model.recruit.Targeting;
import org.junit.jupiter.api.Test;

/** Police capacity is a hard cap on the arrests of any one day, not only on their expectation. */
class ArrestCapacityIsAHardCapTest {
    @Test
    void arrestsOnAnyDayNeverExceedPoliceTimesArrestsPerOfficer() {
        List<RegionSpec> region = List.of(new RegionSpec("city", "city", 1_000_000, 55, 37, EthnicStatus.NONE, 60_000, 0.8));
        ProtestParams pp = UnitScenarios.protest(); // 0.05 police per 1,000 -> 50 officers, 1 arrest each a day
        int men = 2000;
        Population pop = new Population(new int[] {0, men});
        Ledger ledger = new Ledger(pop, new Targeting(pop, region), 1, 0);
        ledger.use(UnitScenarios.recruiters());
        ProtestRepression protest = new ProtestRepression(pop, region);
        Commissariats offices = new Commissariats(region, pop.regionStart, 1, UnitScenarios.recruiters());
        DayContext ctx = new DayContext();
        ctx.seed = 5;
        ctx.scale = 1;
        ctx.pp = pp;
        ctx.rp = UnitScenarios.recruiters();
        CitizenSweep.ChunkOut out = new CitizenSweep.ChunkOut();
        double capacity = protest.police(pp, 0) * pp.arrestsPerOfficerPerDay();
        for (int day = 0; day < 60; day++) {
            out.clear();
            for (int i = 0; i < men; i++) {
                pop.state[i] = CitizenState.NORMAL.code;
                out.protesters.add(i);
            }
            ledger.clearFlows();
            ctx.day = day;
            protest.run(ctx, List.of(out), ledger, offices);
            long arrests = ledger.flow(0, Metric.PROTEST_ARRESTS) * ctx.scale;
            assertTrue(arrests <= capacity, "day " + day + ": " + arrests + " arrests by " + capacity + " officers' capacity");
        }
    }
}
