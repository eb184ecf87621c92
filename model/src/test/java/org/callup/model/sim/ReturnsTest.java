package org.callup.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.callup.model.UnitScenarios;
import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Traits;
import org.callup.model.params.BorderParams;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.junit.jupiter.api.Test;

/** Returns from abroad: money running out, the end of a permitted stay, and the base rate with its boost. */
class ReturnsTest {
    private static Scenario scenario() {
        Scenario s = UnitScenarios.scenario(1000, 1, UnitScenarios.START.plusDays(200), List.of());
        for (Object[] kv : SETTINGS) {
            s = ParamPaths.set(s, (String) kv[0], kv[1]);
        }
        return s;
    }

    private static final Object[][] SETTINGS = {
        {"borders.livingCostAbroadRubPerMonth", 60_000.0},
        {"borders.incomeKeptAbroadShare", 0.5},
        {"borders.brokeReturnRatePerDay", 0.1},
        {"borders.stayEndReturnRatePerDay", 0.2},
        {"decisions.abroadReturnRatePerDay", 0.001}
    };

    @Test
    void moneyLastsAsLongAsSavingsPayForLivingAbroadBeyondTheIncomeKept() {
        BorderParams bp = scenario().borders();
        // 100,000 + 40,000 - 20,000 left; a month costs 60,000 - 20,000 kept = 40,000: three months... of 30.4 days
        assertEquals(
                120_000.0 / 40_000 * Returns.DAYS_PER_MONTH, Returns.affordableDays(40_000, 100_000, 20_000, bp), 1e-9);
        assertTrue(Double.isInfinite(Returns.affordableDays(150_000, 0, 20_000, bp)), "he earns his living abroad");
        assertEquals(0, Returns.affordableDays(10_000, 0, 20_000, bp), 1e-12, "the fare took all he had");
    }

    @Test
    void aMansChanceAddsTheRatesOfTheReasonsThatApplyToHim() {
        SweepHarness h = new SweepHarness(10);
        for (Object[] kv : SETTINGS) {
            h.set((String) kv[0], kv[1]);
        }
        h.all(CitizenState.ABROAD);
        // upper_lars (post 0) allows 365 days, air_yerevan (post 2) 180
        java.util.Arrays.fill(h.pop.post, (byte) 0);
        h.sweep(50);
        h.pop.since[0] = 0;
        h.pop.income[0] = Traits.incomeByte(40_000);
        h.pop.savings[0] = Traits.savingsByte(1_000_000);
        DayContext ctx = h.ctx;
        assertEquals(0.001, Returns.chance(ctx, h.pop, 0, 1), 1e-12, "rich, within his stay: only the base rate");
        assertEquals(0.003, Returns.chance(ctx, h.pop, 0, 3), 1e-12, "the base rate is boosted after the end");
        h.pop.savings[0] = Traits.savingsByte(1_000);
        assertEquals(0.101, Returns.chance(ctx, h.pop, 0, 1), 1e-12, "his money has run out");
        h.pop.post[0] = 2;
        h.pop.since[0] = (short) (50 - 180);
        assertEquals(0.301, Returns.chance(ctx, h.pop, 0, 1), 1e-12, "and his stay has ended");
        assertEquals(0.301, Returns.bound(ctx.dp, ctx.params.borders(), 1), 1e-12, "the row's rate bounds every man");
    }
    /**
     * The sweep's test of a return reads a man's means only when they matter: it must give the answer of comparing
     * his draw with his chance, for men broke or not, within their stay or past it, at draws across the row.
     */
    @Test
    void theSweepsTestOfAReturnIsTheDrawAgainstHisChance() {
        SweepHarness h = new SweepHarness(200);
        for (Object[] kv : SETTINGS) {
            h.set((String) kv[0], kv[1]);
        }
        h.all(CitizenState.ABROAD);
        java.util.Arrays.fill(h.pop.post, (byte) 0);
        h.sweep(50);
        DayContext ctx = h.ctx;
        int[] outcomes = new int[2];
        for (int i = 0; i < 200; i++) {
            h.pop.post[i] = (byte) (i % 3);
            // past every stay limit, some weeks abroad, or just arrived
            h.pop.since[i] = (short) (i % 7 == 0 ? ctx.day - 400 : i % 7 == 1 ? 0 : ctx.day - 1);
            h.pop.income[i] = Traits.incomeByte(i % 2 == 0 ? 40_000 : 400_000);
            h.pop.savings[i] = Traits.savingsByte(i % 5 == 0 ? 1_000 : 1_000_000);
            for (double boost : new double[] {1, 3}) {
                double bound = Returns.bound(ctx.dp, ctx.params.borders(), boost);
                double width = bound * 0.9;
                for (int k = 0; k <= 100; k++) {
                    double v = width * k / 100.0;
                    boolean expected = v < width * Returns.chance(ctx, h.pop, i, boost) / bound;
                    assertEquals(expected, Returns.returns(ctx, h.pop, i, boost, v, width), "man " + i + " at " + v);
                    outcomes[expected ? 1 : 0]++;
                }
            }
        }
        assertTrue(outcomes[0] > 0 && outcomes[1] > 0, "both answers occur");
    }

    @Test
    void theBoostHoldsWhileNoMobilizationIsInForceAndThroughTheConscriptionAfterIt() {
        Scenario s = ParamPaths.set(scenario(), "decisions.returnBoostAfterEnd", 3.0);
        org.callup.model.recruit.Commissariats offices = new org.callup.model.recruit.Commissariats(
                UnitScenarios.regions(), new int[] {0, 10, 20, 30}, 1, UnitScenarios.recruiters());
        assertEquals(1, Returns.boost(offices, s), 1e-12, "before any call-up");
        offices.startWave(0);
        assertEquals(1, Returns.boost(offices, s), 1e-12, "during the mobilization");
        offices.end();
        assertEquals(3, Returns.boost(offices, s), 1e-12, "once it is declared complete");
        // the regular conscription starts a new quota: it does not call the reservists who left
        offices.startWave(40);
        Scenario conscription = ParamPaths.set(s, "recruiters.conscription", true);
        assertEquals(3, Returns.boost(offices, conscription), 1e-12, "during the conscription that follows");
        assertEquals(1, Returns.boost(offices, s), 1e-12, "a second mobilization ends the boost");
    }
}
