package org.callup.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.callup.model.UnitScenarios;
import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Population;
import org.callup.model.citizens.Traits;
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
 * Protest and repression after Epstein (2002), against the formulas of docs/ODD.md 7.13: the estimated arrest
 * probability 1 - exp(-k C / (A + 1)) from yesterday's actives in real persons, arrests s A (1 - exp(-c C / (s A)))
 * among the share s of the crowd within the police's reach, a region's hardship from its recent summonses, and attacks as a Poisson count in real persons.
 */
class ProtestRepressionTest {
    /** One region of a million residents: 50 police at 0.05 per 1,000. */
    private static final List<RegionSpec> REGION =
            List.of(new RegionSpec("city", "city", 1_000_000, 55, 37, EthnicStatus.NONE, 60_000, 0.8));

    private final ProtestParams pp = UnitScenarios.protest();

    @Test
    void theEstimatedArrestProbabilityIsEpsteinsFormulaInRealPersons() {
        double k = pp.arrestConstantK();
        assertEquals(1 - Math.exp(-k * 50 / 2001.0), ProtestRepression.arrestEstimate(pp, 50, 2000), 1e-15);
        assertEquals(1 - Math.exp(-k * 50), ProtestRepression.arrestEstimate(pp, 50, 0), 1e-15, "nobody active yet");
        assertEquals(0, ProtestRepression.arrestEstimate(pp, 0, 100));
        double previous = 1;
        for (int a = 30; a < 100_000; a *= 3) {
            double p = ProtestRepression.arrestEstimate(pp, 50, a);
            assertTrue(p < previous, "safety in numbers: " + a);
            previous = p;
        }
    }

    @Test
    void expectedArrestsArePoliceMeetingActivesWithNoCap() {
        double c = pp.arrestConstantC();
        assertEquals(2000 * (1 - Math.exp(-c * 50 / 2000.0)), ProtestRepression.expectedArrests(pp, 50, 2000), 1e-9);
        assertEquals(0, ProtestRepression.expectedArrests(pp, 50, 0));
        // few actives facing many police are nearly all taken
        assertEquals(10, ProtestRepression.expectedArrests(pp, 5000, 10), 1e-9);
        // a larger crowd always loses more men, beyond any fixed capacity, and tends to c C
        double previous = 0;
        for (int a = 10; a < 10_000_000; a *= 10) {
            double n = ProtestRepression.expectedArrests(pp, 50, a);
            assertTrue(n > previous && n <= Math.min(a, c * 50), a + " actives: " + n);
            previous = n;
        }
        assertEquals(c * 50, ProtestRepression.expectedArrests(pp, 50, 1e9), 1e-3);
        // and no cap: doubling the police doubles the arrests of a large crowd
        assertEquals(
                2 * ProtestRepression.expectedArrests(pp, 50, 1e8),
                ProtestRepression.expectedArrests(pp, 100, 1e8),
                1e-3);
    }

    @Test
    void thePoliceReachOnlyPartOfACrowdSoTheArrestedAreAMinority() {
        ProtestParams reach = ParamPaths.set(pp, "arrestReachShare", 0.4);
        double c = reach.arrestConstantC();
        // the formula: s A (1 - exp(-c C / (s A)))
        assertEquals(800 * (1 - Math.exp(-c * 50 / 800.0)), ProtestRepression.expectedArrests(reach, 50, 2000), 1e-9);
        // a handful of actives facing many police lose the share within reach, not all of them
        assertEquals(4, ProtestRepression.expectedArrests(reach, 5000, 10), 1e-9);
        assertEquals(0.4, ProtestRepression.arrestedShare(reach, 5000, 10), 1e-12);
        // whatever the crowd and the police, the share arrested is at most s, and falls as the crowd grows
        double previous = 1;
        for (int a = 10; a < 10_000_000; a *= 10) {
            for (double police : new double[] {5, 50, 5000}) {
                assertTrue(ProtestRepression.arrestedShare(reach, police, a) <= 0.4 + 1e-12, a + " / " + police);
            }
            double share = ProtestRepression.arrestedShare(reach, 50, a);
            assertTrue(share < previous, a + " actives: " + share);
            previous = share;
        }
        // the police still set the level a large crowd loses, c C a day
        assertEquals(c * 50, ProtestRepression.expectedArrests(reach, 50, 1e9), 1e-3);
        assertEquals(0, ProtestRepression.arrestedShare(reach, 50, 0));
    }

    /** A region of {@code men} men and a day context for the protest phase. */
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
            protest = new ProtestRepression(pop, REGION, scale);
            offices = new Commissariats(REGION, pop.regionStart, scale, rp);
            ctx = new DayContext.Builder(0, 5, scale).pp(pp).rp(rp).build();
        }

        /** Men [0, n) are active today; {@code aggrieved} citizens' worth are above the attack threshold. */
        void day(int n, double aggrieved) {
            out.clear();
            for (int i = 0; i < n; i++) {
                pop.state[i] = CitizenState.ACTIVE.code;
                out.protesters.add(i);
            }
            out.aggrieved = aggrieved;
            ledger.clearFlows();
            protest.run(ctx, List.of(out), ledger, offices);
            ctx = ctx.toBuilder().day(ctx.day + 1).build();
        }
    }

    @Test
    void atScaleOneArrestsAverageTheFormula() {
        int actives = 2000;
        Setup s = new Setup(actives, 1, pp);
        assertEquals(50, s.protest.police(pp, 0), 1e-9);
        double expected = ProtestRepression.expectedArrests(pp, 50, actives);
        int days = 60;
        double total = 0;
        for (int d = 0; d < days; d++) {
            s.day(actives, 0);
            long n = s.ledger.flow(0, Metric.PROTEST_ARRESTS);
            assertTrue(n == Math.floor(expected) || n == Math.ceil(expected), "day " + d + ": " + n);
            assertEquals(n, count(s.pop, CitizenState.ARRESTED));
            total += n;
        }
        double f = expected - Math.floor(expected);
        assertEquals(expected, total / days, 4 * Math.sqrt(f * (1 - f) / days) + 1e-9);
    }

    /**
     * At scale 100, 20 simulated actives are 2,000 persons: the day's expected arrests in persons, divided by the
     * scale, are rounded at random, so a day takes one or two citizens and the mean is the formula's within four
     * standard errors of the rounding.
     */
    @Test
    void atScale100ArrestsAverageTheFormulaInRealPersons() {
        int scale = 100;
        int actives = 20;
        ProtestParams few = ParamPaths.set(pp, "arrestConstantC", 3.0);
        Setup s = new Setup(actives, scale, few);
        double expected = ProtestRepression.expectedArrests(few, 50, actives * scale) / scale;
        assertTrue(expected > 1 && expected < 2, "setup: " + expected);
        double fraction = expected - Math.floor(expected);
        int days = 400;
        double total = 0;
        for (int d = 0; d < days; d++) {
            s.day(actives, 0);
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

    /**
     * Arrested men who hold no summons are served one at the station at detaineeSummonsShare (they leave jail
     * notified); a man who holds one is not served again. The share served so far is what men without a summons fear:
     * they weigh their arrest risk by 1 + arrestSummonsFear x that share, 1 before the first arrest.
     */
    @Test
    void detaineesAreServedASummonsAtTheStationAndTheNewsOfItIsFeared() {
        ProtestParams p = ParamPaths.set(ParamPaths.set(pp, "detaineeSummonsShare", 0.5), "arrestSummonsFear", 4.0);
        int actives = 2000;
        Setup s = new Setup(actives, 1, p);
        assertEquals(1.0, s.protest.arrestFear(p), "no arrest yet, nothing to fear");
        for (int i = 0; i < actives / 2; i++) {
            s.pop.mark(i, Traits.HOLDS_SUMMONS); // the first half already hold a summons
        }
        long arrested = 0;
        long served = 0;
        long arrestedWithout = 0;
        for (int d = 0; d < 40; d++) {
            boolean[] held = new boolean[actives];
            for (int i = 0; i < actives; i++) {
                held[i] = s.pop.marked(i, Traits.HOLDS_SUMMONS);
            }
            s.day(actives, 0);
            long today = s.ledger.flow(0, Metric.PROTEST_ARRESTS);
            long servedToday = s.ledger.flow(0, Metric.PROTEST_SUMMONSES);
            long newly = 0;
            for (int i = 0; i < actives; i++) {
                if (s.pop.marked(i, Traits.HOLDS_SUMMONS) && !held[i]) {
                    newly++;
                    assertEquals(CitizenState.ARRESTED.code, s.pop.state[i], "only the arrested are served");
                }
                if (!held[i] && s.pop.state[i] == CitizenState.ARRESTED.code) {
                    arrestedWithout++;
                }
            }
            assertEquals(newly, servedToday, "every summons at the station is counted");
            arrested += today;
            served += servedToday;
            assertEquals(1 + 4.0 * served / arrested, s.protest.arrestFear(p), 1e-12);
        }
        assertTrue(arrestedWithout > 200, "setup: " + arrestedWithout);
        assertEquals(0.5 * arrestedWithout, served, 4 * Math.sqrt(arrestedWithout * 0.25));
        // with no summons at the station there is nothing to fear
        ProtestParams none = ParamPaths.set(p, "detaineeSummonsShare", 0.0);
        Setup n = new Setup(actives, 1, none);
        for (int d = 0; d < 5; d++) {
            n.day(actives, 0);
            assertEquals(0, n.ledger.flow(0, Metric.PROTEST_SUMMONSES));
        }
        assertEquals(1.0, n.protest.arrestFear(none));
    }

    /**
     * A summons served at the station to a man who should not be summoned (here: over the age cap) is a summons served
     * by mistake like one of a commissariat's channels: it marks him MISTAKEN and counts in summons_mistaken; a man
     * within the caps and without grounds in force does not.
     */
    @Test
    void aSummonsAtTheStationToAManOverTheAgeCapCountsAsMistaken() {
        ProtestParams p = ParamPaths.set(pp, "detaineeSummonsShare", 1.0);
        int actives = 2000;
        Setup s = new Setup(actives, 1, p);
        int cap = UnitScenarios.recruiters().targetAgeMax();
        for (int i = 0; i < actives; i++) {
            s.pop.age[i] = (byte) (i % 2 == 0 ? cap + 5 : cap - 10); // the even men are over the cap
        }
        long mistaken = 0;
        long servedOverAge = 0;
        for (int d = 0; d < 10; d++) {
            boolean[] held = new boolean[actives];
            for (int i = 0; i < actives; i++) {
                held[i] = s.pop.marked(i, Traits.HOLDS_SUMMONS);
            }
            s.day(actives, 0);
            for (int i = 0; i < actives; i++) {
                if (s.pop.marked(i, Traits.HOLDS_SUMMONS) && !held[i]) {
                    boolean overAge = i % 2 == 0;
                    servedOverAge += overAge ? 1 : 0;
                    assertEquals(overAge, s.pop.marked(i, Traits.MISTAKEN), "man " + i);
                }
            }
            mistaken += s.ledger.flow(0, Metric.SUMMONS_MISTAKEN);
        }
        assertTrue(servedOverAge > 50, "setup: " + servedOverAge);
        assertEquals(servedOverAge, mistaken, "every summons at the station to a man over the cap is a mistake");
    }

    /** The same crowd in real persons gives the same estimate tomorrow at any scale. */
    @Test
    void tomorrowsEstimateComesFromTodaysActivesInRealPersonsWhateverTheScale() {
        ProtestParams none = ParamPaths.set(pp, "arrestConstantC", 0.0);
        double[] atTen = new double[1];
        double[] atThirty = new double[1];
        double[] hardship = new double[1];
        Setup ten = new Setup(300, 10, none);
        Setup thirty = new Setup(100, 30, none);
        ten.protest.estimates(none, atTen, hardship);
        assertEquals(ProtestRepression.arrestEstimate(none, 50, 0), atTen[0], 1e-15, "nobody active yet");
        ten.day(300, 0);
        thirty.day(100, 0);
        ten.protest.estimates(none, atTen, hardship);
        thirty.protest.estimates(none, atThirty, hardship);
        assertEquals(ProtestRepression.arrestEstimate(none, 50, 3000), atTen[0], 1e-15);
        assertEquals(atTen[0], atThirty[0], 1e-15);
    }

    /** A region's hardship rises with the share of its men summoned in the last summonsMemoryDays, then falls. */
    @Test
    void recentSummonsesRaiseTheRegionsHardshipForTheirMemory() {
        ProtestParams p = ParamPaths.set(ParamPaths.set(pp, "hardshipPerShareSummoned", 20.0), "summonsMemoryDays", 3);
        Setup s = new Setup(1000, 1, p);
        double[] est = new double[1];
        double[] hardship = new double[1];
        s.out.clear();
        s.ledger.clearFlows();
        s.ledger.count(0, Metric.SUMMONS_DELIVERED, 50);
        s.protest.run(s.ctx, List.of(s.out), s.ledger, s.offices);
        s.protest.estimates(p, est, hardship);
        assertEquals(20.0 * 50 / 1000, hardship[0], 1e-12);
        for (int d = 1; d <= 3; d++) {
            s.day(0, 0);
            s.protest.estimates(p, est, hardship);
            assertEquals(d < 3 ? 1.0 : 0.0, hardship[0], 1e-12, "day " + d);
        }
        // a capital adds hardshipCapital
        ProtestParams capital =
                ParamPaths.set(ParamPaths.set(pp, "capitalRegions", List.of("city")), "hardshipCapital", 0.25);
        new Setup(10, 1, capital).protest.estimates(capital, est, hardship);
        assertEquals(0.25, hardship[0], 1e-12);
    }

    @Test
    void capitalsHaveTheirOwnPolice() {
        ProtestParams capital = ParamPaths.set(
                ParamPaths.set(pp, "capitalRegions", List.of("city")), "capitalPolicePer1000Residents", 2.0);
        assertEquals(2000, new Setup(10, 1, capital).protest.police(capital, 0), 1e-9);
    }

    @Test
    void attacksFollowAttackChancePerDayInRealPersons() {
        int scale = 10;
        double aggrieved = 100;
        ProtestParams none = ParamPaths.set(pp, "attackChancePerDay", 0.0);
        Setup quiet = new Setup(10, scale, none);
        for (int d = 0; d < 50; d++) {
            quiet.day(0, aggrieved);
            assertEquals(0, quiet.ledger.flow(0, Metric.OFFICE_ATTACKS));
        }
        assertEquals(1.0, quiet.offices.attackFactor(0));

        double chance = 0.01; // mean 100 aggrieved x 10 persons x 0.01 = 10 attacks a day
        ProtestParams angry = ParamPaths.set(pp, "attackChancePerDay", chance);
        Setup s = new Setup(10, scale, angry);
        int days = 200;
        double total = 0;
        for (int d = 0; d < days; d++) {
            s.day(0, aggrieved);
            total += s.ledger.flow(0, Metric.OFFICE_ATTACKS);
        }
        double mean = aggrieved * scale * chance;
        assertEquals(mean, total / days, 4 * Math.sqrt(mean / days));

        // only the aggrieved attack, active or not: a crowd with none above the threshold attacks nothing
        Setup calm = new Setup(100, scale, angry);
        for (int d = 0; d < 50; d++) {
            calm.day(100, 0);
            assertEquals(0, calm.ledger.flow(0, Metric.OFFICE_ATTACKS));
        }
    }

    @Test
    void anAttackCutsTheRegionsOfficeCapacity() {
        ProtestParams sure = ParamPaths.set(pp, "attackChancePerDay", 1.0);
        Setup s = new Setup(50, 1, sure);
        s.offices.startWave(0);
        s.day(0, 50);
        assertTrue(s.ledger.flow(0, Metric.OFFICE_ATTACKS) > 0);
        s.offices.plan(1, s.ctx.rp, new org.callup.model.recruit.CandidatePool(1), 0, 1, REGION);
        double keep = 1 - s.ctx.rp.attackCapacityLoss();
        assertEquals(keep * keep * keep, s.offices.attackFactor(0), 1e-12, "50 expected attacks count as three");
    }
}
