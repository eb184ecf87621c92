package org.callup.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.callup.model.UnitScenarios;
import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Traits;
import org.callup.model.params.Channel;
import org.callup.model.params.ChannelParams;
import org.callup.model.params.DecisionParams;
import org.callup.model.params.ExemptionCategory;
import org.callup.model.params.RecruiterParams;
import org.callup.model.params.Scenario;
import org.callup.model.recruit.Commissariats;
import org.junit.jupiter.api.Test;

/**
 * Every row of the citizen rules against its formula in docs/ODD.md (sections 7.4 to 7.8 and 7.14), written out
 * here again from the ODD, and the day's bounds and shrink factors against section 7.5.
 */
class TransitionTableTest {
    private static final Channel[] SWEEP = Channel.sweepChannels();
    private static final int C = SWEEP.length;
    private static final double ALARM = 0.3;
    private static final double EPS = 1e-15;

    private Scenario scenario = UnitScenarios.scenario(100_000, 1, UnitScenarios.START.plusDays(60), List.of());
    private final Commissariats offices =
            new Commissariats(UnitScenarios.regions(), new int[] {0, 10, 20, 30}, 1, UnitScenarios.recruiters());

    TransitionTableTest() {
        // distinct lotteries per region and channel, and channel parameters that tell reach from reachHiding
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < C; c++) {
                offices.overrideLottery(r, c, 0.01 * (r + 1) + 0.003 * c, 0.02 * (r + 1) + 0.001 * c);
            }
        }
        set("decisions.considerRatePerDay", 0.11);
        set("decisions.tieFear", 0.4);
        set("decisions.notifiedReconsiderRatePerDay", 0.07);
        set("decisions.hideReturnRatePerDay", 0.02);
        set("decisions.abroadReturnRatePerDay", 0.003);
        set("decisions.returnBoostAfterEnd", 4.0);
        set("recruiters.deferralRatePerDay", 0.05);
        set("recruiters.trainingMeanDays", 20);
        set("recruiters.mistakeReturnShare", 0.3);
        set("recruiters.mistakeReturnMeanDays", 12);
        set("recruiters.escapeRatePerDay", 0.001);
        set("recruiters.exemptions.it", true);
    }

    private void set(String path, Object value) {
        scenario = UnitScenarios.with(scenario, path, value);
    }

    private TransitionTable.Inputs inputs(boolean[] summoned, int removedMask) {
        return new TransitionTable.Inputs(
                scenario,
                offices,
                ALARM,
                summoned,
                scenario.recruiters().exemptions().mask(),
                removedMask);
    }

    private static double rate(TransitionTable.Row row, TransitionTable.Inputs in, int r) {
        return row.rate().of(in, r, row.channel());
    }

    @Test
    void theRowsOfEachStateAreThoseOfTheOddInItsOrder() {
        assertEquals(
                kinds(
                        C,
                        TransitionTable.Kind.SUMMONS,
                        TransitionTable.Kind.CONSIDER,
                        TransitionTable.Kind.DEFER_ON_APPLICATION,
                        TransitionTable.Kind.ACTIVATE),
                kindsOf(CitizenState.NORMAL));
        assertEquals(
                lapseFirst(kinds(
                        C,
                        TransitionTable.Kind.PURSUIT,
                        TransitionTable.Kind.DEFER,
                        TransitionTable.Kind.RECONSIDER,
                        TransitionTable.Kind.ACTIVATE)),
                kindsOf(CitizenState.NOTIFIED));
        assertEquals(
                kinds(C, TransitionTable.Kind.FOUND_IN_HIDING, TransitionTable.Kind.COME_BACK),
                kindsOf(CitizenState.HIDING));
        assertEquals(
                List.of(TransitionTable.Kind.DEPLOY, TransitionTable.Kind.MISTAKE_RETURN, TransitionTable.Kind.MOVE),
                kindsOf(CitizenState.MOBILIZED));
        assertEquals(
                List.of(CitizenState.DEPLOYED, CitizenState.RETURNED, CitizenState.HIDING),
                TransitionTable.rows(CitizenState.MOBILIZED).stream()
                        .map(TransitionTable.Row::outcome)
                        .toList());
        assertEquals(
                Traits.MISTAKEN,
                TransitionTable.rows(CitizenState.MOBILIZED).get(1).requires());
        assertEquals(List.of(TransitionTable.Kind.RETURN_FROM_ABROAD), kindsOf(CitizenState.ABROAD));
        assertEquals(List.of(TransitionTable.Kind.ARRIVE), kindsOf(CitizenState.TRAVELLING));
        assertEquals(
                List.of(
                        TransitionTable.Kind.GROUNDS_LAPSED,
                        TransitionTable.Kind.CONSIDER,
                        TransitionTable.Kind.ACTIVATE),
                kindsOf(CitizenState.DEFERRED));
        assertEquals(List.of(TransitionTable.Kind.STAY_ACTIVE), kindsOf(CitizenState.ACTIVE));
        assertEquals(List.of(TransitionTable.Kind.MISTAKE_RETURN), kindsOf(CitizenState.CONSCRIPTED));
        assertEquals(
                Traits.MISTAKEN,
                TransitionTable.rows(CitizenState.CONSCRIPTED).get(0).requires());
        assertEquals(List.of(TransitionTable.Kind.DETENTION_ENDS), kindsOf(CitizenState.DETAINED));
        assertEquals(List.of(TransitionTable.Kind.ARREST_ENDS), kindsOf(CitizenState.ARRESTED));
        for (CitizenState s : List.of(CitizenState.QUEUEING, CitizenState.DEPLOYED, CitizenState.RETURNED)) {
            assertEquals(List.of(), kindsOf(s), s + ": nothing happens in the sweep");
        }
        for (CitizenState s : CitizenState.values()) {
            for (int k = 0; k < TransitionTable.rows(s).size(); k++) {
                TransitionTable.Row row = TransitionTable.rows(s).get(k);
                boolean perChannel = row.kind() == TransitionTable.Kind.SUMMONS
                        || row.kind() == TransitionTable.Kind.PURSUIT
                        || row.kind() == TransitionTable.Kind.FOUND_IN_HIDING;
                int channel = s == CitizenState.NOTIFIED ? k - 1 : k;
                assertEquals(perChannel ? channel : -1, row.channel(), s + " row " + k + ": channel");
            }
        }
    }

    private static List<TransitionTable.Kind> kinds(
            int channels, TransitionTable.Kind perChannel, TransitionTable.Kind... then) {
        List<TransitionTable.Kind> l = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            l.add(perChannel);
        }
        l.addAll(List.of(then));
        return l;
    }

    /** The rows of a man holding a summons start with its lapse in a closed call-up (ODD 7.2). */
    private static List<TransitionTable.Kind> lapseFirst(List<TransitionTable.Kind> then) {
        List<TransitionTable.Kind> l = new ArrayList<>();
        l.add(TransitionTable.Kind.SUMMONS_LAPSES);
        l.addAll(then);
        return l;
    }

    private static List<TransitionTable.Kind> kindsOf(CitizenState s) {
        return TransitionTable.rows(s).stream().map(TransitionTable.Row::kind).toList();
    }

    @Test
    void eachRateIsItsOddFormula() {
        for (boolean active : new boolean[] {false, true}) {
            for (boolean ended : new boolean[] {false, true}) {
                if (active) {
                    offices.startWave(0);
                }
                if (ended) {
                    offices.end();
                }
                checkRates(new boolean[] {true, false, true}, 0);
                checkRates(new boolean[] {false, true, false}, ExemptionCategory.STUDENTS.bit());
            }
        }
    }

    private void checkRates(boolean[] summoned, int removed) {
        TransitionTable.Inputs in = inputs(summoned, removed);
        DecisionParams dp = scenario.decisions();
        RecruiterParams rp = scenario.recruiters();
        // regions 0 and 1 have a quota to fill, region 2 none: its call-up is closed even while a wave is active
        offices.overrideQuota(0, 1000);
        offices.overrideQuota(1, 1000);
        offices.overrideQuota(2, 0);
        boolean listed = rp.exemptions().it()
                || rp.exemptions().students()
                || rp.exemptions().finance()
                || rp.exemptions().telecom()
                || rp.exemptions().stateMedia();
        // section 7.14: returns boosted (and capped at 1) after the quota is declared complete
        double boost = Returns.boost(offices, scenario);
        for (int r = 0; r < 3; r++) {
            String where = "region " + r + (offices.active() ? ", wave" : "") + (offices.ended() ? ", ended" : "");
            // section 7.2: a call-up is open in a region while a wave is active and its quota is not met; section
            // 7.7: deferrals only while it is open; a man living normally only with listed grounds in force
            boolean open = offices.active() && r < 2;
            assertEquals(!open, offices.closed(r), where + " closed");
            double deferral = open ? rp.deferralRatePerDay() : 0;
            for (int c = 0; c < C; c++) {
                ChannelParams cp = rp.channels().get(SWEEP[c]);
                // section 7.4: acceptance_rc reach_c; in hiding also reachHiding_c; section 7.6: pursuit_rc reach_c
                assertEquals(
                        offices.acceptance(r, c) * cp.reach(),
                        rate(TransitionTable.rows(CitizenState.NORMAL).get(c), in, r),
                        EPS,
                        where + " summons " + c);
                assertEquals(
                        offices.pursuit(r, c) * cp.reach(),
                        rate(TransitionTable.rows(CitizenState.NOTIFIED).get(c + 1), in, r),
                        EPS,
                        where + " pursuit " + c);
                assertEquals(
                        offices.acceptance(r, c) * cp.reach() * cp.reachHiding(),
                        rate(TransitionTable.rows(CitizenState.HIDING).get(c), in, r),
                        EPS,
                        where + " hiding " + c);
            }
            // section 7.5: considerRate min(1, alarm + tieFear [any summons in r])
            assertEquals(
                    dp.considerRatePerDay() * Math.min(1, ALARM + (summoned[r] ? dp.tieFear() : 0)),
                    rate(TransitionTable.rows(CitizenState.NORMAL).get(C), in, r),
                    EPS,
                    where + " consider");
            assertEquals(
                    listed ? deferral * Math.min(1, ALARM + (summoned[r] ? dp.tieFear() : 0)) : 0,
                    rate(TransitionTable.rows(CitizenState.NORMAL).get(C + 1), in, r),
                    EPS,
                    where + " deferral on application");
            assertEquals(
                    deferral,
                    rate(TransitionTable.rows(CitizenState.NOTIFIED).get(C + 1), in, r),
                    EPS,
                    where + " deferral with a summons");
            // section 7.2: in a closed call-up a summons lapses, and its holder no longer reconsiders it
            assertEquals(
                    open ? 0.0 : 1.0,
                    rate(TransitionTable.rows(CitizenState.NOTIFIED).get(0), in, r),
                    where + " lapse");
            assertEquals(
                    open ? dp.notifiedReconsiderRatePerDay() : 0,
                    rate(TransitionTable.rows(CitizenState.NOTIFIED).get(C + 2), in, r),
                    EPS,
                    where + " reconsider");
            assertEquals(
                    Math.min(1, dp.hideReturnRatePerDay() * boost),
                    rate(TransitionTable.rows(CitizenState.HIDING).get(C), in, r),
                    EPS,
                    where + " back from hiding");
            assertEquals(
                    Math.min(1, dp.abroadReturnRatePerDay() * boost),
                    rate(TransitionTable.rows(CitizenState.ABROAD).get(0), in, r),
                    EPS,
                    where + " back from abroad");
            // section 7.8
            List<TransitionTable.Row> mob = TransitionTable.rows(CitizenState.MOBILIZED);
            assertEquals(
                    1.0 / (rp.trainingMeanDays() - rp.trainingMinDays()),
                    rate(mob.get(0), in, r),
                    EPS,
                    where + " deploy");
            assertEquals(
                    rp.mistakeReturnShare() / rp.mistakeReturnMeanDays(),
                    rate(mob.get(1), in, r),
                    EPS,
                    where + " mistaken draft sent home");
            assertEquals(rp.escapeRatePerDay(), rate(mob.get(2), in, r), EPS, where + " escape");
            // date-driven states: every man is looked at; deferred men only on a day an exemption is removed
            for (CitizenState s : List.of(CitizenState.TRAVELLING, CitizenState.DETAINED, CitizenState.ARRESTED)) {
                assertEquals(1.0, rate(TransitionTable.rows(s).get(0), in, r), s.key());
            }
            assertEquals(
                    removed != 0 ? 1.0 : 0.0,
                    rate(TransitionTable.rows(CitizenState.DEFERRED).get(0), in, r));
            // a deferred man reconsiders as a man living normally does (his lower risk is his own, in the decision)
            assertEquals(
                    dp.considerRatePerDay() * Math.min(1, ALARM + (summoned[r] ? dp.tieFear() : 0)),
                    rate(TransitionTable.rows(CitizenState.DEFERRED).get(1), in, r),
                    EPS,
                    where + " deferred man reconsiders");
        }
    }

    @Test
    void boundsAreTheCappedSumsAndShrinkingDividesEveryWidthOfAStateButMobilized() {
        set("decisions.notifiedReconsiderRatePerDay", 1.0);
        set("recruiters.trainingMeanDays", 1);
        set("recruiters.escapeRatePerDay", 0.5);
        offices.startWave(0);
        TransitionTable.Inputs in = inputs(new boolean[] {true, true, true}, 0);
        TransitionTable.Day day = TransitionTable.fill(in, 3);
        int states = CitizenState.count();
        for (int r = 0; r < 3; r++) {
            for (CitizenState s : CitizenState.values()) {
                double sum = 0;
                for (TransitionTable.Row row : TransitionTable.rows(s)) {
                    sum += rate(row, in, r);
                }
                boolean shrinks =
                        s != CitizenState.MOBILIZED && s != CitizenState.DEFERRED && s != CitizenState.CONSCRIPTED;
                double shrink = shrinks && sum > 1 ? 1 / sum : 1;
                assertEquals(Math.min(1, sum), day.bound[r * states + s.ordinal()], EPS, s + " bound in " + r);
                assertEquals(shrink, day.shrink[r * states + s.ordinal()], EPS, s + " shrink in " + r);
                for (int k = 0; k < TransitionTable.rows(s).size(); k++) {
                    int row = TransitionTable.FIRST[s.ordinal()] + k;
                    assertEquals(
                            rate(TransitionTable.rows(s).get(k), in, r) * shrink,
                            day.width[r * TransitionTable.COUNT + row],
                            EPS,
                            s + " row " + k + " in " + r);
                }
            }
            // the notified state's chances add up to more than 1 here: its widths then fill [0, 1) exactly
            double total = 0;
            for (int k = TransitionTable.FIRST[CitizenState.NOTIFIED.ordinal()];
                    k < TransitionTable.END[CitizenState.NOTIFIED.ordinal()];
                    k++) {
                total += day.width[r * TransitionTable.COUNT + k];
            }
            assertEquals(1.0, total, 1e-12);
            assertEquals(
                    1.0, day.bound[r * states + CitizenState.MOBILIZED.ordinal()], "mobilized: capped, not shrunk");
        }
    }
}
