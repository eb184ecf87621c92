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
import org.callup.model.params.RecruiterParams;
import org.callup.model.params.RegionSpec;
import org.callup.model.recruit.Commissariats;
import org.callup.model.recruit.Targeting;
import org.junit.jupiter.api.Test;

/**
 * Protest and repression after Epstein (2002): the arrest probability, the police's daily capacity to arrest, and
 * attacks on offices as a Poisson count in real persons.
 */
class ProtestRepressionTest {
    /** One region of a million residents: 50 police at 0.05 per 1,000, who arrest one protester each a day. */
    private static final List<RegionSpec> REGION =
            List.of(new RegionSpec("city", "city", 1_000_000, 55, 37, EthnicStatus.NONE, 60_000, 0.8));

    private final ProtestParams pp = UnitScenarios.protest();

    @Test
    void arrestProbabilityIsEpsteinsFormula() {
        assertEquals(1 - Math.exp(-2.3 * 50 / 2000.0), ProtestRepression.arrestProbability(pp, 50, 2000), 1e-15);
        assertEquals(1 - Math.exp(-2.3 * 50), ProtestRepression.arrestProbability(pp, 50, 1), 1e-15);
        assertEquals(
                1 - Math.exp(-2.3 * 50),
                ProtestRepression.arrestProbability(pp, 50, 0.2),
                "fewer than one active counts as one (the protester himself)");
        assertEquals(0, ProtestRepression.arrestProbability(pp, 0, 100));
        double previous = 1;
        for (int a = 1; a < 100_000; a *= 3) {
            double p = ProtestRepression.arrestProbability(pp, 50, a);
            assertTrue(p <= previous, "safety in numbers");
            previous = p;
        }
    }

    /** A region of {@code men} men (all living normally) and a day context for the protest phase. */
    private static final class Setup {
        final Population pop;
        final Ledger ledger;
        final ProtestRepression protest;
        final Commissariats offices;
        DayContext ctx;
        final CitizenSweep.ChunkOut out = new CitizenSweep.ChunkOut();

        Setup(int men, int scale, ProtestParams pp) {
            pop = new Population(new int[] {0, men});
            Targeting t = new Targeting(pop, REGION);
            RecruiterParams rp = UnitScenarios.recruiters();
            ledger = new Ledger(pop, t, 1, 0);
            ledger.use(rp);
            protest = new ProtestRepression(pop, REGION);
            offices = new Commissariats(REGION, pop.regionStart, scale, rp);
            ctx = new DayContext.Builder(0, 5, scale).pp(pp).rp(rp).build();
        }

        /** Men [0, n) protest today, the first {@code aggrieved} of them above the attack threshold. */
        void day(int n, int aggrieved) {
            out.clear();
            for (int i = 0; i < n; i++) {
                pop.state[i] = CitizenState.NORMAL.code;
                out.protesters.add(i);
                if (i < aggrieved) {
                    out.aggrieved.add(i);
                }
            }
            ledger.clearFlows();
            protest.run(ctx, List.of(out), ledger, offices);
            ctx = ctx.toBuilder().day(ctx.day + 1).build();
        }
    }

    @Test
    void expectedArrestsNeverExceedPoliceCapacity() {
        int protesters = 2000;
        Setup s = new Setup(protesters, 1, pp);
        double police = s.protest.police(pp, 0);
        assertEquals(50, police, 1e-9);
        double capacity = police * pp.arrestsPerOfficerPerDay();
        int days = 60;
        double total = 0;
        for (int d = 0; d < days; d++) {
            s.day(protesters, 0);
            total += s.ledger.flow(0, Metric.PROTEST_ARRESTS);
        }
        // Epstein's P (0.056) would arrest 112 a day; the 50 officers can take only 50: each protester is arrested
        // with chance 50 / 2000, a binomial count with mean 50
        double chance = capacity / protesters;
        assertTrue(chance < ProtestRepression.arrestProbability(pp, police, protesters));
        assertEquals(capacity, total / days, 4 * Math.sqrt(protesters * chance * (1 - chance) / days));
    }

    @Test
    void withPoliceToSpareArrestsFollowEpsteinsProbability() {
        ProtestParams many = ParamPaths.set(pp, "arrestsPerOfficerPerDay", 10.0);
        int protesters = 2000;
        Setup s = new Setup(protesters, 1, many);
        double p = ProtestRepression.arrestProbability(many, 50, protesters);
        int days = 30;
        double total = 0;
        for (int d = 0; d < days; d++) {
            s.day(protesters, 0);
            total += s.ledger.flow(0, Metric.PROTEST_ARRESTS);
            assertEquals(s.ledger.flow(0, Metric.PROTEST_ARRESTS), count(s.pop, CitizenState.ARRESTED));
        }
        assertEquals(protesters * p, total / days, 4 * Math.sqrt(protesters * p * (1 - p) / days));
    }

    /**
     * At scale 100 with police to spare, arrests follow Epstein's probability: 20 simulated protesters (2,000
     * persons) against 50 officers who could take 500 give A x P = 112 persons, 1.12 citizens, rounded at random
     * each day, so a day arrests one or two citizens and the mean is A x P within four standard errors of the
     * rounding.
     */
    @Test
    void atScale100WithPoliceToSpareArrestsFollowEpsteinsProbability() {
        ProtestParams many = ParamPaths.set(pp, "arrestsPerOfficerPerDay", 10.0);
        int scale = 100;
        int protesters = 20;
        Setup s = new Setup(protesters, scale, many);
        double expected =
                protesters * scale * ProtestRepression.arrestProbability(many, 50, protesters * scale) / scale;
        double fraction = expected - Math.floor(expected);
        int days = 400;
        double total = 0;
        for (int d = 0; d < days; d++) {
            s.day(protesters, 0);
            long n = s.ledger.flow(0, Metric.PROTEST_ARRESTS);
            assertTrue(n == Math.floor(expected) || n == Math.ceil(expected), "day " + d + ": " + n);
            total += n;
        }
        assertEquals(expected, total / days, 4 * Math.sqrt(fraction * (1 - fraction) / days));
    }

    private static int count(Population pop, CitizenState st) {
        int n = 0;
        for (int i = 0; i < pop.size(); i++) {
            n += pop.state[i] == st.code ? 1 : 0;
        }
        return n;
    }

    @Test
    void tomorrowsProtestersExpectTheArrestProbabilityOfTodaysCrowd() {
        int scale = 10;
        Setup s = new Setup(300, scale, pp);
        double[] est = new double[1];
        s.protest.estimates(pp, scale, est);
        assertEquals(ProtestRepression.arrestProbability(pp, 50, scale), est[0], 1e-15, "nobody protested yet");
        s.day(300, 0);
        s.protest.estimates(pp, scale, est);
        assertEquals(ProtestRepression.arrestProbability(pp, 50, 300.0 * scale + scale), est[0], 1e-15);
    }

    @Test
    void attacksFollowAttackChancePerDayInRealPersons() {
        int scale = 10;
        int aggrieved = 100;
        ProtestParams none = ParamPaths.set(pp, "attackChancePerDay", 0.0);
        Setup quiet = new Setup(aggrieved, scale, none);
        for (int d = 0; d < 50; d++) {
            quiet.day(aggrieved, aggrieved);
            assertEquals(0, quiet.ledger.flow(0, Metric.OFFICE_ATTACKS));
        }
        assertEquals(1.0, quiet.offices.attackFactor(0));

        double chance = 0.01; // mean 100 aggrieved x 10 persons x 0.01 = 10 attacks a day
        ProtestParams angry = ParamPaths.set(pp, "attackChancePerDay", chance);
        Setup s = new Setup(aggrieved, scale, angry);
        int days = 200;
        double total = 0;
        for (int d = 0; d < days; d++) {
            s.day(aggrieved, aggrieved);
            total += s.ledger.flow(0, Metric.OFFICE_ATTACKS);
        }
        double mean = aggrieved * scale * chance;
        assertEquals(mean, total / days, 4 * Math.sqrt(mean / days));

        // only the aggrieved attack: the same crowd with none above the threshold attacks nothing
        Setup calm = new Setup(aggrieved, scale, angry);
        for (int d = 0; d < 50; d++) {
            calm.day(aggrieved, 0);
            assertEquals(0, calm.ledger.flow(0, Metric.OFFICE_ATTACKS));
        }
    }

    @Test
    void anAttackCutsTheRegionsOfficeCapacity() {
        ProtestParams sure = ParamPaths.set(pp, "attackChancePerDay", 1.0);
        Setup s = new Setup(50, 1, sure);
        s.offices.startWave(0);
        s.day(50, 50);
        assertTrue(s.ledger.flow(0, Metric.OFFICE_ATTACKS) > 0);
        s.offices.plan(1, s.ctx.rp, new org.callup.model.recruit.CandidatePool(1), 0, 1, REGION);
        double keep = 1 - s.ctx.rp.attackCapacityLoss();
        assertEquals(keep * keep * keep, s.offices.attackFactor(0), 1e-12, "50 expected attacks count as three");
    }
}
