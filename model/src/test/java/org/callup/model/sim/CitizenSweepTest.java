package org.callup.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Traits;
import org.callup.model.observe.Metric;
import org.callup.model.params.ExemptionCategory;
import org.junit.jupiter.api.Test;

/**
 * The rules of the daily sweep, one man at a time: the per-man chance of a summons, capture and the same-day
 * draft, detention and appeal, deferral, the fates of mobilized men, and returns from hiding and from abroad.
 * Counts are compared with binomial expectations within four standard deviations.
 */
class CitizenSweepTest {
    private static final int N = 40_000;
    private static final int ADDRESS = 0;

    private static void assertBinomial(double p, long count, int n, String what) {
        assertEquals(n * p, count, Math.max(4 * Math.sqrt(n * p * (1 - p)), 1e-9), what + ": " + count + " of " + n);
    }

    @Test
    void aManIsServedWithProbabilityAcceptanceTimesReachTimesExposureTimesWeight() {
        SweepHarness h = new SweepHarness(N);
        h.all(CitizenState.NORMAL);
        int half = N / 2;
        for (int i = half; i < N; i++) {
            h.pop.traits[i] |= Traits.LIVES_AWAY; // address exposure 0.15
        }
        for (int i = 0; i < 1000; i++) {
            h.pop.age[i] = 45; // beyond the age cap of men with prior service: weight 0
        }
        h.offices.overrideLottery(0, ADDRESS, 0.5, 0);
        h.sweep(0);
        double reach = h.scenario.recruiters().channels().address().reach();
        long served = h.worker.ledger.flow(0, Metric.SUMMONS_DELIVERED);
        assertEquals(served, h.worker.ledger.flow(0, Metric.SUMMONS_DELIVERED_ADDRESS));
        int old = 0;
        for (int i = 0; i < 1000; i++) {
            old += h.pop.marked(i, Traits.HOLDS_SUMMONS) ? 1 : 0;
        }
        assertEquals(0, old, "men the commissariats do not target are never served");
        int home = 0;
        int away = 0;
        for (int i = 1000; i < N; i++) {
            if (h.pop.marked(i, Traits.HOLDS_SUMMONS)) {
                if (i < half) {
                    home++;
                } else {
                    away++;
                }
            }
        }
        assertBinomial(0.5 * reach, home, half - 1000, "served at home");
        assertBinomial(0.5 * reach * 0.15, away, half, "served though living away (address exposure 0.15)");
        assertEquals(home + away, served);
        assertEquals(0, h.worker.ledger.flow(0, Metric.SUMMONS_MISTAKEN));
    }

    @Test
    void menWithGroundsInForceAreServedOnlyByErrorAndCountAsMistaken() {
        SweepHarness h = new SweepHarness(N);
        h.all(CitizenState.NORMAL);
        for (int i = 0; i < N; i++) {
            h.pop.traits[i] |= Traits.UNFIT; // the medical exemption is in force
        }
        h.offices.overrideLottery(0, ADDRESS, 1.0, 0);
        h.offices.overrideErrorRate(0, 0.1);
        h.sweep(0);
        double reach = h.scenario.recruiters().channels().address().reach();
        long served = h.worker.ledger.flow(0, Metric.SUMMONS_DELIVERED);
        assertBinomial(reach * 0.1, served, N, "unfit men served by error");
        assertEquals(served, h.worker.ledger.flow(0, Metric.SUMMONS_MISTAKEN));
    }

    @Test
    void evadersAreCaughtAndMostAreSentToAUnitTheSameDay() {
        SweepHarness h = new SweepHarness(N);
        h.set("decisions.notifiedReconsiderRatePerDay", 0.0);
        h.all(CitizenState.NOTIFIED);
        for (int i = 0; i < N; i++) {
            h.pop.mark(i, Traits.HOLDS_SUMMONS);
        }
        h.offices.startWave(0);
        h.offices.overrideQuota(0, 1e9); // the region's call-up is open
        h.offices.overrideLottery(0, ADDRESS, 0, 1.0);
        h.sweep(3);
        double reach = h.scenario.recruiters().channels().address().reach();
        long caught = h.worker.ledger.flow(0, Metric.RAID_DETENTIONS);
        assertBinomial(reach, caught, N, "caught at the registered address");
        int sameDay = h.count(CitizenState.MOBILIZED);
        assertEquals(sameDay, h.worker.ledger.flow(0, Metric.MOBILIZED));
        assertEquals(caught, sameDay + h.count(CitizenState.DETAINED));
        assertBinomial(
                h.scenario.recruiters().sameDayShare(), sameDay, (int) caught, "same-day draft among the caught");
    }

    @Test
    void theChancesOfAStateAreShrunkTogetherWhenTheyAddUpToMoreThanOne() {
        SweepHarness h = new SweepHarness(N);
        h.set("decisions.notifiedReconsiderRatePerDay", 1.0);
        h.all(CitizenState.NOTIFIED);
        h.offices.overrideLottery(0, ADDRESS, 0, 1.0);
        h.sweep(3);
        double reach = h.scenario.recruiters().channels().address().reach();
        // pursuit 0.8 and reconsideration 1.0 (no deferral outside a call-up): each is divided by 1.8
        assertBinomial(reach / (reach + 1.0), h.worker.ledger.flow(0, Metric.RAID_DETENTIONS), N, "caught");
    }

    @Test
    void detainedMenAreHeldThenMobilizedUnlessTheyHaveGroundsAndWinTheirAppeal() {
        SweepHarness h = new SweepHarness(N);
        h.all(CitizenState.DETAINED);
        int half = N / 2;
        for (int i = 0; i < half; i++) {
            h.pop.traits[i] |= Traits.UNFIT;
        }
        int hold = h.scenario.recruiters().detentionDays();
        h.sweep(hold - 1);
        assertEquals(N, h.count(CitizenState.DETAINED), "held for detentionDays");
        h.sweep(hold);
        int deferred = h.count(CitizenState.DEFERRED);
        assertEquals(N, deferred + h.count(CitizenState.MOBILIZED));
        assertBinomial(h.scenario.recruiters().mistakeReturnShare(), deferred, half, "appeals won by the unfit");
        for (int i = half; i < N; i++) {
            assertEquals(CitizenState.MOBILIZED.code, h.pop.state[i], "men without grounds are mobilized");
            assertTrue(!h.pop.marked(i, Traits.MISTAKEN));
        }
        for (int i = 0; i < half; i++) {
            if (h.pop.state[i] == CitizenState.MOBILIZED.code) {
                assertTrue(h.pop.marked(i, Traits.MISTAKEN), "an unfit man mobilized is a mistaken draft");
            }
        }
    }

    @Test
    void mobilizedMenAreDeployedSentHomeIfMistakenOrEscape() {
        SweepHarness h = new SweepHarness(N);
        h.set("recruiters.escapeRatePerDay", 0.02);
        h.all(CitizenState.MOBILIZED);
        int half = N / 2;
        for (int i = 0; i < half; i++) {
            h.pop.mark(i, Traits.MISTAKEN | Traits.HOLDS_SUMMONS);
        }
        h.set("recruiters.trainingMinDays", 5);
        h.sweep(4);
        assertEquals(0, h.count(CitizenState.DEPLOYED), "nobody deployed before the minimum training");
        h.all(CitizenState.MOBILIZED);
        for (int i = 0; i < half; i++) {
            h.pop.mark(i, Traits.MISTAKEN | Traits.HOLDS_SUMMONS);
        }
        h.sweep(5);
        var rp = h.scenario.recruiters();
        double deploy = 1 / (rp.trainingMeanDays() - rp.trainingMinDays());
        double sendHome = rp.mistakeReturnShare() / rp.mistakeReturnMeanDays();
        assertBinomial(deploy, h.count(CitizenState.DEPLOYED), N, "deployed");
        assertBinomial(sendHome, h.count(CitizenState.RETURNED), half, "mistaken drafts sent home");
        assertBinomial(rp.escapeRatePerDay(), h.count(CitizenState.HIDING), N, "escaped");
        assertEquals(h.count(CitizenState.RETURNED), h.worker.ledger.flow(0, Metric.MISTAKEN_DRAFTS_RETURNED));
        assertEquals(h.count(CitizenState.HIDING), h.worker.ledger.flow(0, Metric.ESCAPES));
        assertEquals(h.count(CitizenState.DEPLOYED), h.worker.ledger.flow(0, Metric.DEPLOYMENTS));
        for (int i = half; i < N; i++) {
            assertTrue(h.pop.state[i] != CitizenState.RETURNED.code, "only mistaken drafts are sent home");
        }
    }

    @Test
    void menWithListedGroundsObtainADeferralDuringACallUpAndLoseItWithTheGround() {
        SweepHarness h = new SweepHarness(N);
        h.set("recruiters.exemptions.it", true);
        h.set("decisions.considerRatePerDay", 0.0);
        h.all(CitizenState.NORMAL);
        int half = N / 2;
        for (int i = 0; i < half; i++) {
            h.pop.occupation[i] = Traits.OCC_IT;
        }
        h.alarm = 1.0;
        h.sweep(0);
        assertEquals(0, h.count(CitizenState.DEFERRED), "no applications before a call-up");
        h.offices.startWave(0);
        h.offices.overrideQuota(0, 1e9); // the region's call-up is open
        h.alarm = 0.0;
        h.sweep(1);
        assertEquals(0, h.count(CitizenState.DEFERRED), "no applications without alarm or a tie summoned");
        h.alarm = 0.5;
        h.sweep(2);
        int deferred = h.count(CitizenState.DEFERRED);
        assertBinomial(
                h.scenario.recruiters().deferralRatePerDay() * 0.5, deferred, half, "IT staff deferred at half alarm");
        assertEquals(deferred, h.worker.ledger.flow(0, Metric.DEFERRALS_GRANTED), "each deferral granted counted");
        for (int i = half; i < N; i++) {
            assertTrue(h.pop.state[i] != CitizenState.DEFERRED.code, "men without grounds are not deferred");
        }
        h.set("recruiters.exemptions.it", false);
        h.sweep(3);
        assertEquals(
                0, h.count(CitizenState.DEFERRED), "deferred men return to normal life when the ground is removed");
        assertEquals(
                ExemptionCategory.IT.ordinal(), Integer.numberOfTrailingZeros(Traits.groundsMask(0, Traits.OCC_IT)));
    }

    @Test
    void menReturnFromHidingAndFromAbroadAtTheirRates() {
        SweepHarness h = new SweepHarness(N);
        h.set("decisions.hideReturnRatePerDay", 0.05);
        h.set("decisions.abroadReturnRatePerDay", 0.03);
        int half = N / 2;
        h.all(CitizenState.HIDING);
        for (int i = half; i < N; i++) {
            h.pop.state[i] = CitizenState.ABROAD.code;
            h.pop.post[i] = 0;
        }
        for (int i = 0; i < N; i += 2) {
            h.pop.mark(i, Traits.HOLDS_SUMMONS);
        }
        h.sweep(4);
        int back = 0;
        int fromAbroad = 0;
        for (int i = 0; i < N; i++) {
            byte s = h.pop.state[i];
            boolean home = s == CitizenState.NORMAL.code || s == CitizenState.NOTIFIED.code;
            if (home) {
                assertEquals(
                        h.pop.marked(i, Traits.HOLDS_SUMMONS) ? CitizenState.NOTIFIED.code : CitizenState.NORMAL.code,
                        s,
                        "a man who holds a summons comes back holding it");
                if (i < half) {
                    back++;
                } else {
                    fromAbroad++;
                    assertEquals(-1, h.pop.post[i]);
                }
            }
        }
        assertBinomial(0.05, back, half, "back from hiding");
        assertBinomial(0.03, fromAbroad, half, "back from abroad");
        assertEquals(fromAbroad, h.worker.ledger.flow(0, Metric.RETURNED_FROM_ABROAD));
        // after the declared end both rates are multiplied by returnBoostAfterEnd
        h.offices.end();
        h.all(CitizenState.HIDING);
        h.sweep(5);
        double boosted = Math.min(1, 0.05 * h.scenario.decisions().returnBoostAfterEnd());
        assertBinomial(boosted, N - h.count(CitizenState.HIDING), N, "back from hiding after the declared end");
    }

    @Test
    void draftedMenAreConscriptsDuringAConscriptionAndMobilizedOtherwiseWithThoseWithoutServiceCountedApart() {
        SweepHarness h = new SweepHarness(N);
        h.all(CitizenState.DETAINED);
        int half = N / 2;
        for (int i = 0; i < half; i++) {
            h.pop.traits[i] = 0; // never served
        }
        int hold = h.scenario.recruiters().detentionDays();
        h.sweep(hold);
        assertEquals(N, h.count(CitizenState.MOBILIZED));
        assertEquals(N, h.worker.ledger.flow(0, Metric.MOBILIZED));
        assertEquals(half, h.worker.ledger.flow(0, Metric.MOBILIZED_WITHOUT_SERVICE), "only men who never served");
        assertEquals(0, h.worker.ledger.flow(0, Metric.CONSCRIPTED));

        h.set("recruiters.conscription", true);
        h.all(CitizenState.DETAINED);
        h.sweep(hold);
        assertEquals(N, h.count(CitizenState.CONSCRIPTED), "draftees of a conscription are conscripts");
        assertEquals(N, h.worker.ledger.flow(0, Metric.CONSCRIPTED));
        assertEquals(0, h.worker.ledger.flow(0, Metric.MOBILIZED), "conscripts are not mobilized");
        assertEquals(0, h.worker.ledger.flow(0, Metric.MOBILIZED_WITHOUT_SERVICE));
        h.sweep(hold + 30);
        assertEquals(0, h.count(CitizenState.DEPLOYED), "conscripts are not deployed");
    }

    @Test
    void aDeferredManKeepsHisChoicesAtTheLowerRiskOfAManWhoseGroundsAreInForce() {
        SweepHarness h = new SweepHarness(N);
        h.set("decisions.considerRatePerDay", 0.1);
        h.set("decisions.ascHide", 5.0);
        h.all(CitizenState.DEFERRED);
        for (int i = 0; i < N; i++) {
            h.pop.traits[i] |= Traits.UNFIT; // the medical ground is in force in the unit scenario
        }
        h.alarm = 1.0;
        h.offices.startWave(0);
        h.sweep(1);
        int moved = N - h.count(CitizenState.DEFERRED);
        // he reconsiders at considerRate; hiding is by far the most attractive choice
        assertBinomial(0.1, moved, N, "deferred men who reconsidered and left their deferral");
        assertTrue(h.count(CitizenState.HIDING) > moved * 0.9, "most of them hide: " + h.count(CitizenState.HIDING));
        assertEquals(0, h.worker.ledger.flow(0, Metric.DEFERRALS_GRANTED));
    }

    @Test
    void mistakenDraftsSentHomeAreCountedByKind() {
        SweepHarness h = new SweepHarness(N);
        h.set("recruiters.mistakeReturnMeanDays", 1.0);
        h.set("recruiters.mistakeReturnShare", 1.0);
        h.all(CitizenState.MOBILIZED);
        int q = N / 4;
        for (int i = 0; i < N; i++) {
            h.pop.mark(i, Traits.MISTAKEN);
            if (i < q) {
                h.pop.traits[i] |= Traits.UNFIT;
            } else if (i < 2 * q) {
                h.pop.age[i] = 45; // above the cap of 35 for men with service who are not officers
            } else if (i < 3 * q) {
                h.pop.traits[i] |= Traits.FAMILY;
            } else {
                h.pop.occupation[i] = Traits.OCC_FINANCE;
            }
        }
        h.sweep(1);
        var l = h.worker.ledger;
        long all = l.flow(0, Metric.MISTAKEN_DRAFTS_RETURNED);
        assertEquals(
                all,
                l.flow(0, Metric.MISTAKEN_RETURNED_UNFIT)
                        + l.flow(0, Metric.MISTAKEN_RETURNED_OVER_AGE)
                        + l.flow(0, Metric.MISTAKEN_RETURNED_FAMILY)
                        + l.flow(0, Metric.MISTAKEN_RETURNED_OCCUPATION)
                        + l.flow(0, Metric.MISTAKEN_RETURNED_STUDENT),
                "every man sent home is counted under one kind");
        int unfit = 0;
        int over = 0;
        int family = 0;
        int occupation = 0;
        for (int i = 0; i < N; i++) {
            if (h.pop.state[i] == CitizenState.RETURNED.code) {
                if (i < q) {
                    unfit++;
                } else if (i < 2 * q) {
                    over++;
                } else if (i < 3 * q) {
                    family++;
                } else {
                    occupation++;
                }
            }
        }
        assertEquals(unfit, l.flow(0, Metric.MISTAKEN_RETURNED_UNFIT));
        assertEquals(over, l.flow(0, Metric.MISTAKEN_RETURNED_OVER_AGE));
        assertEquals(family, l.flow(0, Metric.MISTAKEN_RETURNED_FAMILY));
        assertEquals(occupation, l.flow(0, Metric.MISTAKEN_RETURNED_OCCUPATION));
        assertTrue(unfit > 0 && over > 0 && family > 0 && occupation > 0);
    }

    /** A man the call-up hardly looks for applies for a deferral in proportion to his targeting weight (ODD 7.7). */
    @Test
    void menWithoutServiceApplyForADeferralInProportionToTheirTargetingWeight() {
        SweepHarness h = new SweepHarness(N);
        h.set("recruiters.exemptions.it", true);
        h.set("decisions.considerRatePerDay", 0.0);
        h.set("recruiters.noServiceWeight", 0.2);
        h.all(CitizenState.NORMAL);
        for (int i = 0; i < N; i++) {
            h.pop.occupation[i] = Traits.OCC_IT;
            h.pop.traits[i] = 0; // never served
        }
        h.offices.startWave(0);
        h.offices.overrideQuota(0, 1e9);
        h.alarm = 1.0;
        h.sweep(1);
        assertBinomial(
                h.scenario.recruiters().deferralRatePerDay() * 0.2,
                h.count(CitizenState.DEFERRED),
                N,
                "IT staff without service deferred at full alarm");
    }

    /** In a region whose call-up is closed, a summons lapses: its holder is back to normal life, counted, unmarked. */
    @Test
    void summonsesLapseWhenTheRegionsCallUpIsClosed() {
        SweepHarness h = new SweepHarness(N);
        h.all(CitizenState.NOTIFIED);
        for (int i = 0; i < N; i++) {
            h.pop.mark(i, Traits.HOLDS_SUMMONS);
        }
        h.offices.startWave(0);
        h.offices.overrideQuota(0, 0); // the quota is met
        h.sweep(1);
        assertEquals(N, h.count(CitizenState.NORMAL), "every summons lapsed");
        assertEquals(N, h.worker.ledger.flow(0, Metric.SUMMONS_LAPSED));
        assertEquals(0, h.worker.ledger.flow(0, Metric.MOBILIZED), "nobody reports to a closed call-up");
        for (int i = 0; i < N; i++) {
            assertTrue(!h.pop.marked(i, Traits.HOLDS_SUMMONS), "man " + i + " holds no summons");
        }
    }

    @Test
    void aManWhoFoundNoSeatChoosesAgainTheNextDayInsteadOfGoingToTheAirport() {
        // every man decides to hide when he decides; none reconsiders on his own (alarm 0)
        SweepHarness h = new SweepHarness(1000);
        h.set("decisions.ascHide", 20.0);
        h.all(CitizenState.TRAVELLING);
        for (int i = 0; i < 1000; i++) {
            h.pop.post[i] = 0; // travel time 0 in the harness: a man without the mark arrives today
            if (i < 500) {
                h.pop.mark(i, Traits.NO_SEAT);
            }
        }
        h.sweep(1);
        for (int i = 0; i < 500; i++) {
            assertEquals(CitizenState.HIDING.code, h.pop.state[i], "he chose again, at once: " + i);
            assertTrue(!h.pop.marked(i, Traits.NO_SEAT), "the mark is spent: " + i);
        }
        for (int i = 500; i < 1000; i++) {
            assertEquals(CitizenState.QUEUEING.code, h.pop.state[i], "a man with a seat reaches his post: " + i);
        }
        assertEquals(500, h.out.arrivals.size());
    }
}
