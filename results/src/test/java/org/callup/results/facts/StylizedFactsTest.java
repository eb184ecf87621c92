package org.callup.results.facts;

import static org.callup.results.facts.SyntheticRun.END;
import static org.callup.results.facts.SyntheticRun.nov;
import static org.callup.results.facts.SyntheticRun.oct;
import static org.callup.results.facts.SyntheticRun.sep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.callup.results.facts.FactResult.Outcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every stylized fact on hand-written series: one case where it holds, cases where it fails, and gaps. */
class StylizedFactsTest {
    private static void holds(FactResult r) {
        assertEquals(Outcome.HOLDS, r.outcome(), r::measured);
    }

    private static void fails(FactResult r) {
        assertEquals(Outcome.FAILS, r.outcome(), r::measured);
    }

    @Test
    void everyFactHasAnIdADefinitionAndASourceAndIdsAreUnique() {
        List<StylizedFact> all = StylizedFacts.all();
        assertEquals(10, all.size());
        assertEquals(all.size(), all.stream().map(StylizedFact::id).distinct().count());
        for (StylizedFact f : all) {
            assertTrue(f.id().matches("[a-z_]+"), f.id());
            assertTrue(
                    !f.statement().isBlank()
                            && !f.definition().isBlank()
                            && !f.source().isBlank(),
                    f.id());
        }
    }

    @Test
    void aRunWithoutTheSeriesOrTheDatesGetsEveryFactAsNotComputable() {
        List<FactResult> empty = StylizedFacts.evaluate(new SyntheticRun().table());
        assertTrue(empty.stream().allMatch(r -> r.outcome() == Outcome.NOT_COMPUTABLE), empty::toString);
        assertTrue(
                empty.get(0).measured().contains("protest_arrests"),
                empty.get(0).measured());

        SyntheticRun shortRun = new SyntheticRun(sep(14), sep(30));
        shortRun.fill("all", "protest_arrests", sep(21), sep(30), 10);
        FactResult r = shortRun.check(ProtestFacts.WAVES);
        assertEquals(Outcome.NOT_COMPUTABLE, r.outcome());
        assertTrue(r.measured().contains("does not cover 2022-11-30"), r.measured());
    }

    @Nested
    class ProtestWaves {
        private SyntheticRun waves(double later) {
            SyntheticRun run = new SyntheticRun();
            run.set("all", "protest_arrests", sep(21), 1311)
                    .set("all", "protest_arrests", sep(22), 200)
                    .set("all", "protest_arrests", sep(24), 821)
                    .set("all", "protest_arrests", sep(25), 300)
                    .fill("all", "protest_arrests", sep(29), END, later);
            return run;
        }

        @Test
        void holdsForWavesInTheFirstWeekAndQuietAfter() {
            FactResult r = waves(20).check(ProtestFacts.WAVES);
            holds(r);
            assertTrue(r.measured().startsWith("three largest days 21 Sep, 24 Sep, 25 Sep"), r.measured());
        }

        @Test
        void failsForDetentionsThatStayMassEventsAfterTheFirstWeek() {
            // 200 a day after 28 Sep is 15% of the peak: still mass detentions.
            fails(waves(200).check(ProtestFacts.WAVES));
        }

        @Test
        void failsForAFlatPlateau() {
            SyntheticRun run = new SyntheticRun();
            run.fill("all", "protest_arrests", sep(21), END, 1300).set("all", "protest_arrests", oct(5), 1400);
            fails(run.check(ProtestFacts.WAVES));
        }

        @Test
        void failsWithoutArrests() {
            SyntheticRun run = new SyntheticRun();
            run.of("all", "protest_arrests");
            fails(run.check(ProtestFacts.WAVES));
        }
    }

    @Nested
    class CapitalsFirst {
        private SyntheticRun day(double moscow, double petersburg, double all) {
            return new SyntheticRun()
                    .set("all", "protest_arrests", sep(21), all)
                    .set("region:moscow_city", "protest_arrests", sep(21), moscow)
                    .set("region:saint_petersburg", "protest_arrests", sep(21), petersburg);
        }

        @Test
        void holdsWhenTheCapitalsHaveMostArrests() {
            holds(day(536, 478, 1313).check(ProtestFacts.CAPITALS_FIRST));
        }

        @Test
        void failsWhenTheyHaveHalfOrLess() {
            fails(day(400, 256, 1312).check(ProtestFacts.CAPITALS_FIRST));
            fails(day(0, 0, 0).check(ProtestFacts.CAPITALS_FIRST));
        }
    }

    @Nested
    class PeripheryLater {
        private SyntheticRun periphery(double early, double later) {
            SyntheticRun run = new SyntheticRun();
            for (String r : ProtestFacts.PERIPHERY) {
                run.of(r, "protest_arrests");
            }
            return run.set("region:dagestan", "protest_arrests", sep(21), early)
                    .set("region:dagestan", "protest_arrests", sep(25), later)
                    .set("region:sakha", "protest_arrests", sep(26), later / 2);
        }

        @Test
        void holdsForALaterWave() {
            holds(periphery(10, 101).check(ProtestFacts.PERIPHERY_LATER));
        }

        @Test
        void failsWhenTheRegionsProtestedFirstOrNotAtAll() {
            fails(periphery(100, 20).check(ProtestFacts.PERIPHERY_LATER));
            fails(periphery(0, 0).check(ProtestFacts.PERIPHERY_LATER));
        }

        @Test
        void isNotComputableWithoutTheRegions() {
            SyntheticRun run = new SyntheticRun().set("region:dagestan", "protest_arrests", sep(25), 5);
            assertEquals(
                    Outcome.NOT_COMPUTABLE,
                    run.check(ProtestFacts.PERIPHERY_LATER).outcome());
        }
    }

    @Nested
    class AttacksContinue {
        private SyntheticRun attacks(double firstWeekPerDay, double laterPerDay) {
            return new SyntheticRun()
                    .fill("all", "office_attacks", sep(21), sep(27), firstWeekPerDay)
                    .fill("all", "office_attacks", sep(29), END, laterPerDay);
        }

        @Test
        void holdsForARareSteadyTempoAfterTheFirstWeek() {
            holds(attacks(2.5, 0.1).check(ProtestFacts.ATTACKS_CONTINUE));
        }

        @Test
        void failsWhenAttacksStopOrDoNotSlow() {
            fails(attacks(2.5, 0).check(ProtestFacts.ATTACKS_CONTINUE));
            // 0.25 attacks in nine weeks: a mean of replications, not an attack.
            fails(attacks(2.5, 0.25 / 63).check(ProtestFacts.ATTACKS_CONTINUE));
            fails(attacks(1, 1).check(ProtestFacts.ATTACKS_CONTINUE));
        }
    }

    @Nested
    class ExodusFirstWeek {
        private SyntheticRun exodus(double firstWeek, double october, double peakLaterOn) {
            SyntheticRun run = new SyntheticRun()
                    .fill("all", "emigrants", sep(21), sep(27), firstWeek)
                    .fill("all", "emigrants", sep(28), END, october);
            if (peakLaterOn > 0) {
                run.fill("all", "emigrants", oct(12), oct(18), peakLaterOn);
            }
            return run;
        }

        @Test
        void holdsForAnEarlyPeakThatFalls() {
            FactResult r = exodus(50_000, 20_000, 0).check(ExodusFacts.FIRST_WEEK);
            holds(r);
            assertTrue(r.measured().startsWith("largest 7 days end 27 Sep (350,000)"), r.measured());
        }

        @Test
        void failsForALaterPeakOrASlowFall() {
            fails(exodus(50_000, 20_000, 60_000).check(ExodusFacts.FIRST_WEEK));
            // 30,000 a day in October is 60% of the first week's pace.
            fails(exodus(50_000, 30_000, 0).check(ExodusFacts.FIRST_WEEK));
        }

        /** Georgia's daily entries of calibration-targets.csv (ge_*), the days between them interpolated. */
        private SyntheticRun georgia() {
            double[] sep21to29 = {6402, 7855, 9307, 10225, 11143, 10804, 10223, 9642, 6109};
            SyntheticRun run = new SyntheticRun().fill("all", "emigrants", sep(30), END, 4000);
            for (int d = 0; d < sep21to29.length; d++) {
                run.fill("all", "emigrants", sep(21 + d), sep(21 + d), sep21to29[d]);
            }
            return run;
        }

        @Test
        void holdsForTheReportedGeorgianSeriesWhoseLargestWeekEndsOn28Sep() {
            // 28 Sep (9,642) carried more than 21 Sep (6,402): the largest week is 22-28 Sep, centred on 25 Sep
            FactResult r = georgia().check(ExodusFacts.FIRST_WEEK);
            holds(r);
            assertTrue(r.measured().startsWith("largest 7 days end 28 Sep"), r.measured());
        }

        @Test
        void failsForAWeekCentredAfterTheFirstWeek() {
            // flat in the first week, then a larger wave from 28 Sep to 4 Oct: the largest week ends 4 Oct
            SyntheticRun run = new SyntheticRun()
                    .fill("all", "emigrants", sep(21), sep(27), 30_000)
                    .fill("all", "emigrants", sep(28), oct(4), 40_000)
                    .fill("all", "emigrants", oct(5), END, 1_000);
            FactResult r = run.check(ExodusFacts.FIRST_WEEK);
            fails(r);
            assertTrue(r.measured().startsWith("largest 7 days end 4 Oct"), r.measured());
            // the same wave a day earlier, 27 Sep to 3 Oct, ends 3 Oct: still after the first week's middle
            fails(new SyntheticRun()
                    .fill("all", "emigrants", sep(21), sep(26), 30_000)
                    .fill("all", "emigrants", sep(27), oct(3), 40_000)
                    .fill("all", "emigrants", oct(4), END, 1_000)
                    .check(ExodusFacts.FIRST_WEEK));
        }
    }

    @Nested
    class QueuesClear {
        /**
         * A land post whose wait rises to {@code peak} on 26 Sep and falls by {@code perDay} hours a day, with the
         * persons queued that the wait means at 10,000 a day.
         */
        private static void post(SyntheticRun run, String id, double peak, double perDay) {
            double[] w = run.of("post:" + id, "queue_wait_hours");
            double[] q = run.of("post:" + id, "queue_length");
            int top = run.day(sep(26));
            for (int d = run.day(sep(21)); d < w.length; d++) {
                w[d] = Math.max(2, peak - perDay * Math.abs(d - top));
                q[d] = w[d] / 24 * 10_000;
            }
        }

        /** An air route: its wait is the time to a free seat, a week for weeks, and nobody queues. */
        private static void airRoute(SyntheticRun run, String id) {
            run.fill("post:" + id, "queue_wait_hours", sep(21), nov(30), 168);
            run.of("post:" + id, "queue_length");
        }

        @Test
        void holdsWhenMostPostsClearWithinTwoWeeks() {
            SyntheticRun run = new SyntheticRun();
            post(run, "upper_lars", 84, 3);
            post(run, "kz_karauzek", 60, 10);
            post(run, "kz_ozinki", 40, 8);
            post(run, "fi_vaalimaa", 3, 1); // never a queue: not judged
            airRoute(run, "air_yerevan"); // bookings, not a queue: not judged
            airRoute(run, "air_istanbul");
            FactResult r = run.check(ExodusFacts.QUEUES_CLEAR);
            holds(r);
            assertEquals("2 of 3 posts with a queue cleared within 14 days (not: upper_lars)", r.measured());
        }

        @Test
        void failsWhenMostQueuesLastOrThereAreNone() {
            SyntheticRun run = new SyntheticRun();
            post(run, "upper_lars", 84, 3);
            post(run, "kz_karauzek", 60, 2);
            post(run, "kz_ozinki", 40, 8);
            fails(run.check(ExodusFacts.QUEUES_CLEAR));
            SyntheticRun none = new SyntheticRun();
            post(none, "fi_vaalimaa", 3, 1);
            airRoute(none, "air_dubai");
            fails(none.check(ExodusFacts.QUEUES_CLEAR));
        }

        @Test
        void aPostPeakingInTheLastTwoWeeksIsNotJudged() {
            SyntheticRun run = new SyntheticRun();
            post(run, "kz_ozinki", 40, 8);
            run.set("post:upper_lars", "queue_wait_hours", nov(25), 90);
            run.set("post:upper_lars", "queue_length", nov(25), 40_000);
            holds(run.check(ExodusFacts.QUEUES_CLEAR));
        }
    }

    @Nested
    class Returns {
        private SyntheticRun abroad(double peak, double end) {
            SyntheticRun run = new SyntheticRun();
            double[] a = run.of("all", "abroad");
            int top = run.day(oct(10));
            for (int d = run.day(sep(21)); d <= top; d++) {
                a[d] = peak * (d - run.day(sep(21)) + 1) / (top - run.day(sep(21)) + 1);
            }
            for (int d = top; d < a.length; d++) {
                a[d] = peak + (end - peak) * (d - top) / (a.length - 1 - top);
            }
            return run;
        }

        @Test
        void holdsWhenManyComeBack() {
            FactResult r = abroad(700_000, 450_000).check(ExodusFacts.RETURNS);
            holds(r);
            assertEquals("abroad 700,000 at the peak (10 Oct), 450,000 on 30 Nov: 36% fewer", r.measured());
        }

        @Test
        void failsWhenAlmostNobodyDoes() {
            fails(abroad(1_140_000, 1_140_000).check(ExodusFacts.RETURNS));
            fails(abroad(700_000, 600_000).check(ExodusFacts.RETURNS));
            fails(abroad(0, 0).check(ExodusFacts.RETURNS));
        }
    }

    @Nested
    class Burden {
        private SyntheticRun regions(double moscowPer1000, double ethnicPer1000) {
            SyntheticRun run = new SyntheticRun();
            run.fill(BurdenFacts.MOSCOW, "state_normal", sep(14), END, 2_000_000)
                    .fill(BurdenFacts.MOSCOW, "state_abroad", sep(14), END, 200_000)
                    .fill(BurdenFacts.MOSCOW, "mobilized", sep(21), sep(30), 2_200 * moscowPer1000 / 10);
            for (String r : BurdenFacts.ETHNIC) {
                run.fill(r, "state_normal", sep(14), END, 100_000)
                        .fill(r, "mobilized", sep(21), sep(30), 100 * ethnicPer1000 / 10);
            }
            return run;
        }

        @Test
        void holdsWhenEthnicRepublicsGiveMoreMenPerHead() {
            FactResult r = regions(6, 25).check(BurdenFacts.BURDEN);
            holds(r);
            assertEquals("per 1,000 men: ethnic republics 25.0, Moscow city 6.0 (4.17 times)", r.measured());
        }

        @Test
        void failsForAnEvenOrReversedBurden() {
            fails(regions(10, 10).check(BurdenFacts.BURDEN));
            fails(regions(12, 6).check(BurdenFacts.BURDEN));
        }
    }

    @Nested
    class MoscowEarly {
        /** Mobilization at a constant pace from 21 Sep to each scope's completion date (null: never). */
        private SyntheticRun complete(java.time.LocalDate moscow, java.time.LocalDate nation) {
            SyntheticRun run = new SyntheticRun();
            pace(run, BurdenFacts.MOSCOW, 11_500, moscow);
            pace(run, "all", 300_000, nation);
            return run;
        }

        private void pace(SyntheticRun run, String scope, double quota, java.time.LocalDate done) {
            run.fill(scope, "quota", sep(21), END, quota);
            java.time.LocalDate last = done == null ? END : done;
            double share = done == null ? 0.8 : 1.0;
            int days = run.day(last) - run.day(sep(21)) + 1;
            run.fill(scope, "mobilized", sep(21), last, share * quota / days);
        }

        @Test
        void holdsForMoscowAroundSeventeenOctoberBeforeTheCountry() {
            FactResult r = complete(oct(17), oct(28)).check(BurdenFacts.MOSCOW_EARLY);
            holds(r);
            assertTrue(r.measured().startsWith("95% of the quota reached: Moscow city on 1"), r.measured());
            holds(complete(oct(20), null).check(BurdenFacts.MOSCOW_EARLY));
        }

        @Test
        void failsForMoscowTooEarlyTooLateOrAfterTheCountry() {
            fails(complete(sep(28), oct(28)).check(BurdenFacts.MOSCOW_EARLY));
            fails(complete(nov(5), nov(10)).check(BurdenFacts.MOSCOW_EARLY));
            fails(complete(oct(22), oct(12)).check(BurdenFacts.MOSCOW_EARLY));
            fails(complete(null, oct(28)).check(BurdenFacts.MOSCOW_EARLY));
        }

        @Test
        void isNotComputableWithoutAQuota() {
            SyntheticRun run = new SyntheticRun();
            run.of(BurdenFacts.MOSCOW, "quota");
            run.of(BurdenFacts.MOSCOW, "mobilized");
            assertEquals(
                    Outcome.NOT_COMPUTABLE, run.check(BurdenFacts.MOSCOW_EARLY).outcome());
        }
    }

    @Nested
    class PoorStay {
        private SyntheticRun left(double moscowPer1000, double poorPer1000) {
            SyntheticRun run = new SyntheticRun();
            run.fill(BurdenFacts.MOSCOW, "state_normal", sep(14), END, 2_000_000)
                    .fill(BurdenFacts.MOSCOW, "emigrants", sep(14), END, 0)
                    .fill(BurdenFacts.MOSCOW, "emigrants", sep(21), sep(30), 2_000 * moscowPer1000 / 10);
            for (String r : BurdenFacts.POOREST) {
                run.fill(r, "state_normal", sep(14), END, 100_000)
                        .fill(r, "emigrants", sep(14), END, 0)
                        .fill(r, "emigrants", sep(21), sep(30), 100 * poorPer1000 / 10);
            }
            return run;
        }

        @Test
        void holdsWhenMoscowLeavesAtLeastTwiceAsMuchAsThePoorest() {
            FactResult r = left(60, 17).check(BurdenFacts.POOR_STAY);
            holds(r);
            assertEquals("left per 1,000 men: Moscow city 60.0, Dagestan and Chechnya 17.0 (3.53 times)", r.measured());
        }

        @Test
        void failsForAnEvenOrReversedExodus() {
            fails(left(40, 30).check(BurdenFacts.POOR_STAY));
            fails(left(20, 40).check(BurdenFacts.POOR_STAY));
        }

        @Test
        void isNotComputableWithoutTheRegions() {
            SyntheticRun run = new SyntheticRun();
            run.fill(BurdenFacts.MOSCOW, "state_normal", sep(14), END, 2_000_000);
            assertEquals(
                    Outcome.NOT_COMPUTABLE, run.check(BurdenFacts.POOR_STAY).outcome());
        }
    }
}
