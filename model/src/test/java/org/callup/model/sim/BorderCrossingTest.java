package org.callup.model.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.callup.model.UnitScenarios;
import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Traits;
import org.callup.model.observe.Metric;
import org.callup.model.params.AdmissionRules;
import org.callup.model.params.BorderParams;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.PostMode;
import org.junit.jupiter.api.Test;

/**
 * The border phase: service up to capacity in persons, first come first served across days, closures, visa
 * refusals, summons served in the queue, men turned back, and air fares that follow demand.
 */
class BorderCrossingTest {

    private static BorderPostSpec road(double capacity, double baseline, AdmissionRules rules) {
        return new BorderPostSpec(
                "test_post",
                "Test post",
                "Georgia",
                PostMode.ROAD,
                42.8,
                44.6,
                "moscow_city",
                capacity,
                baseline,
                10_000,
                0,
                true,
                rules);
    }

    private static AdmissionRules rules(boolean visaRefused, boolean turnBack, boolean summonsInQueue) {
        return new AdmissionRules(visaRefused, turnBack, summonsInQueue, true, false, false);
    }

    @Test
    void aPostServesItsCapacityFirstComeFirstServedAcrossDays() {
        BorderHarness h = new BorderHarness(300, 1, List.of(road(100, 0, rules(false, false, false))), false);
        h.arrive(0, 0, 250);
        h.runDay();
        assertEquals(100, h.posts.crossingsOut(0), 1e-9);
        assertEquals(100, h.posts.emigrants(0), 1e-9);
        assertEquals(100, h.count(0, 250, CitizenState.ABROAD));
        assertEquals(150, h.posts.queuePersons(0), 1e-9);
        assertEquals(150.0 / 100 * 24, h.posts.waitHours(0), 1e-9, "wait = queue / capacity, in hours");
        assertEquals(100, h.ledger.flow(0, Metric.EMIGRANTS));

        h.arrive(0, 250, 300);
        h.runDay();
        assertEquals(100, h.posts.crossingsOut(0), 1e-9);
        assertEquals(200, h.count(0, 250, CitizenState.ABROAD));
        assertEquals(0, h.count(250, 300, CitizenState.ABROAD), "later arrivals wait behind the earlier ones");

        h.runDay();
        assertEquals(100, h.posts.crossingsOut(0), 1e-9);
        assertEquals(300, h.count(0, 300, CitizenState.ABROAD));
        assertEquals(300, h.posts.abroad(0));
        assertEquals(0, h.posts.queuePersons(0), 1e-9);
        for (int i = 0; i < 300; i++) {
            assertEquals(0, h.pop.post[i], "men abroad remember the post they left by");
        }
    }

    @Test
    void ordinaryTrafficStaysAwayFromALongQueueSoItNoLongerGrowsWithoutBound() {
        // ordinary traffic above capacity and no men: without deterrence the queue grows by the excess every day
        BorderHarness fixed = new BorderHarness(10, 1, List.of(road(1000, 1500, rules(false, false, false))), false);
        fixed.set("borders.ordinaryWaitDeterrencePerDay", 0.0);
        BorderHarness deterred = new BorderHarness(10, 1, List.of(road(1000, 1500, rules(false, false, false))), false);
        double k = 0.7;
        deterred.set("borders.ordinaryWaitDeterrencePerDay", k);
        for (int d = 0; d < 60; d++) {
            double waitBefore = deterred.posts.waitHours(0);
            double queueBefore = deterred.posts.queuePersons(0);
            fixed.runDay();
            deterred.runDay();
            double arrived = 1500 * Math.exp(-k * waitBefore / 24);
            assertEquals(
                    arrived,
                    BorderCrossing.ordinaryTravellers(road(1000, 1500, rules(false, false, false)), waitBefore, k),
                    1e-9);
            assertEquals(Math.max(0, queueBefore + arrived - 1000), deterred.posts.queuePersons(0), 1e-6, "day " + d);
        }
        assertEquals(60 * 500, fixed.posts.queuePersons(0), 1e-6, "no deterrence: 500 more a day");
        // with deterrence the queue settles where arrivals equal capacity: 1500 exp(-k w) = 1000, w = ln(1.5) / k days
        double settled = Math.log(1.5) / k * 24;
        assertEquals(settled, deterred.posts.waitHours(0), 0.05 * settled);
        assertEquals(1000, deterred.posts.crossingsOut(0), 5, "the post still works at capacity");
    }

    @Test
    void menAndOtherTravellersShareTheCapacityInPersons() {
        int scale = 7;
        double capacity = 1000;
        int days = 40;
        int perDay = 200;
        BorderHarness h = new BorderHarness(
                perDay * days, scale, List.of(road(capacity, 300, rules(false, false, false))), false);
        double total = 0;
        for (int d = 0; d < days; d++) {
            h.arrive(0, d * perDay, (d + 1) * perDay);
            h.runDay();
            double crossed = h.posts.crossingsOut(0);
            // the one partly served cohort of a day is rounded stochastically to whole men: within one man's scale
            assertTrue(crossed < capacity + scale && crossed > capacity - scale, "day " + d + ": " + crossed);
            assertTrue(h.posts.emigrants(0) <= crossed);
            total += crossed;
        }
        // demand (1,700 persons a day) exceeds capacity every day: the mean throughput is the capacity; the rounding
        // of one cohort a day has a standard deviation of at most scale / 2
        assertEquals(days * capacity, total, 4 * scale / 2.0 * Math.sqrt(days));
    }

    @Test
    void aClosedPostSendsItsQueueHome() {
        BorderHarness h = new BorderHarness(60, 3, List.of(road(0, 100, rules(false, false, false))), false);
        h.arrive(0, 0, 50);
        for (int i = 0; i < 10; i++) {
            h.pop.mark(i, Traits.HOLDS_SUMMONS);
        }
        h.runDay();
        assertEquals(50, h.posts.queue(0).menCount(), "capacity 0: nobody is served");
        h.setPost(0, ParamPaths.set(h.post(0), "open", false));
        h.arrive(0, 50, 60);
        h.runDay();
        assertEquals(0, h.posts.queue(0).menCount());
        assertEquals(0, h.posts.queue(0).othersCount(), 1e-12);
        assertEquals(0, h.posts.queuePersons(0), 1e-12);
        assertEquals(0, h.posts.crossingsOut(0), 1e-12);
        assertEquals(60 * 3, h.posts.turnedBack(0), 1e-9);
        assertEquals(10, h.count(0, 60, CitizenState.NOTIFIED), "holders of a summons go home holding it");
        assertEquals(50, h.count(0, 60, CitizenState.NORMAL));
        for (int i = 0; i < 60; i++) {
            assertEquals(-1, h.pop.post[i]);
        }
    }

    @Test
    void aTouristVisaRefusalTurnsBackMenWithoutOtherGrounds() {
        BorderHarness h = new BorderHarness(200, 2, List.of(road(10_000, 0, rules(true, false, false))), false);
        for (int i = 0; i < 200; i += 2) {
            h.pop.occupation[i] |= Traits.OTHER_VISA_GROUNDS;
        }
        h.arrive(0, 0, 200);
        h.runDay();
        for (int i = 0; i < 200; i++) {
            CitizenState expected = i % 2 == 0 ? CitizenState.ABROAD : CitizenState.NORMAL;
            assertEquals(expected.code, h.pop.state[i], "man " + i);
        }
        assertEquals(100 * 2, h.posts.emigrants(0), 1e-9);
        assertEquals(100 * 2, h.posts.turnedBack(0), 1e-9);
        assertEquals(100, h.ledger.flow(0, Metric.TURNED_BACK));
    }

    @Test
    void menHoldingASummonsOrATravelBanAreTurnedBackOnlyWhereThePostSaysSo() {
        BorderHarness h = new BorderHarness(
                90,
                1,
                List.of(road(10_000, 0, rules(false, true, false)), road(10_000, 0, rules(false, false, false))),
                false);
        for (int i = 0; i < 90; i++) {
            if (i % 3 == 0) {
                h.pop.mark(i, Traits.HOLDS_SUMMONS);
            } else if (i % 3 == 1) {
                h.pop.mark(i, Traits.TRAVEL_BAN);
            }
        }
        h.arrive(0, 0, 45);
        h.arrive(1, 45, 90);
        h.runDay();
        for (int i = 0; i < 45; i++) {
            CitizenState expected =
                    i % 3 == 0 ? CitizenState.NOTIFIED : i % 3 == 1 ? CitizenState.NORMAL : CitizenState.ABROAD;
            assertEquals(expected.code, h.pop.state[i], "man " + i + " at the post that turns such men back");
        }
        assertEquals(45, h.count(45, 90, CitizenState.ABROAD), "the other post lets everyone through");
    }

    @Test
    void everyManInTheQueueCanBeServedASummonsAndTurnedBack() {
        BorderHarness h = new BorderHarness(80, 5, List.of(road(0, 0, rules(false, true, true))), true);
        h.set("recruiters.channels.border.intensity", 1.0);
        h.set("recruiters.channels.border.reach", 1.0);
        h.set("borders.queueSummonsPer1000PerDay", 1000.0);
        for (int i = 0; i < 80; i += 4) {
            h.pop.age[i] = (byte) (h.ctx.rp.targetAgeMax() + 5); // a quarter above the age cap: served by mistake
        }
        h.arrive(0, 0, 80);
        h.runDay();
        assertEquals(80, h.count(0, 80, CitizenState.NOTIFIED));
        for (int i = 0; i < 80; i++) {
            assertTrue(h.pop.marked(i, Traits.HOLDS_SUMMONS));
        }
        assertEquals(80 * 5, h.posts.summonsServed(0), 1e-9);
        assertEquals(80 * 5, h.posts.turnedBack(0), 1e-9);
        assertEquals(80, h.ledger.flow(0, Metric.SUMMONS_DELIVERED_BORDER));
        assertEquals(80, h.ledger.flow(0, Metric.SUMMONS_DELIVERED));
        assertEquals(20, h.ledger.flow(0, Metric.SUMMONS_MISTAKEN), "a draft point's mistakes count like any other");
        for (int i = 0; i < 80; i++) {
            assertEquals(i % 4 == 0, h.pop.marked(i, Traits.MISTAKEN), "man " + i);
        }
        assertEquals(0, h.posts.queue(0).menCount());
    }

    @Test
    void summonsInTheQueueReachTheirShareAndNeedACallUpUnderWay() {
        int men = 4000;
        BorderHarness h = new BorderHarness(men, 1, List.of(road(0, 0, rules(false, false, true))), false);
        h.set("recruiters.channels.border.intensity", 1.0);
        h.set("recruiters.channels.border.reach", 0.5);
        h.set("borders.queueSummonsPer1000PerDay", 200.0); // chance 0.2 x 1 x 0.5 = 0.1 per man per day
        h.arrive(0, 0, men);
        h.runDay();
        assertEquals(0, h.posts.summonsServed(0), "no call-up under way: no summons at the border");
        h.callupActive(true);
        h.runDay();
        int served = 0;
        for (int i = 0; i < men; i++) {
            served += h.pop.marked(i, Traits.HOLDS_SUMMONS) ? 1 : 0;
        }
        assertEquals(0.1 * men, served, 4 * Math.sqrt(men * 0.1 * 0.9));
        assertEquals(served, h.posts.summonsServed(0), 1e-9);
        assertEquals(men, h.count(0, men, CitizenState.QUEUEING), "without turn-back rules they stay in the queue");
        h.runDay();
        int holders = 0;
        for (int i = 0; i < men; i++) {
            holders += h.pop.marked(i, Traits.HOLDS_SUMMONS) ? 1 : 0;
        }
        assertEquals(
                holders - served, h.posts.summonsServed(0), 1e-9, "men already holding a summons are not served again");
        assertEquals(0.1 * (men - served), holders - served, 4 * Math.sqrt((men - served) * 0.1 * 0.9));
    }

    private static BorderPostSpec air(double seats, double baseline) {
        return new BorderPostSpec(
                "air_test",
                "Air",
                "Armenia",
                PostMode.AIR,
                55.97,
                37.41,
                "moscow_city",
                seats,
                baseline,
                9000,
                0,
                true,
                rules(false, false, false));
    }

    @Test
    void airFaresMoveTowardAPriceThatRisesWithBookingsOverSeats() {
        BorderHarness h = new BorderHarness(200, 10, List.of(air(1000, 500)), false);
        double elasticity = h.ctx.params.borders().airPriceElasticity();
        double adjust = h.ctx.params.borders().airPriceAdjustment();
        h.book(0, 0, 100); // 1,000 men + 500 ordinary travellers = 1.5 times the seats
        h.runDay();
        double target = 9000 * (1 + elasticity * (1500.0 / 1000 - 1));
        double price = 9000 + adjust * (target - 9000);
        assertEquals(price, h.posts.price(0), 1e-9);
        h.runDay(); // ordinary demand only: back toward the base fare
        assertEquals(price + adjust * (9000 - price), h.posts.price(0), 1e-9);
    }

    @Test
    void aManWhoChoosesAFlightBooksTheFirstFreeSeatAndWaitsAtHomeForIt() {
        // 500 seats for men a day at scale 10: 50 men per flight
        BorderHarness h = new BorderHarness(200, 10, List.of(air(1000, 500)), false);
        h.book(0, 0, 120);
        h.runDay();
        int[] onFlight = new int[4];
        for (int i = 0; i < 120; i++) {
            assertEquals(CitizenState.TRAVELLING.code, h.pop.state[i], "booked men wait, they do not queue");
            onFlight[h.pop.since[i] + 1]++; // one day from the airport: he sets off the day before his flight
        }
        assertArrayEquals(new int[] {0, 50, 50, 20}, onFlight);
        assertEquals(500, h.posts.menBooked(0, 2), 1e-9, "50 men of scale 10 hold seats on day 2");
        assertEquals(3 * 24, h.posts.seatLeadHours(0), 1e-9, "the first free seat is on day 3");
        assertEquals(3 * 24, h.posts.waitHours(0), 1e-9, "an air route's wait is the time to a free seat");
        assertEquals(0, h.posts.queuePersons(0), 1e-9, "no one queues for a flight");
        // on the flight's day the booked men arrive and board with the ordinary travellers
        h.arrive(0, 0, 50);
        h.runDay();
        assertEquals(50, h.count(0, 50, CitizenState.ABROAD));
        assertEquals(500 + 500, h.posts.crossingsOut(0), 1e-9);
    }

    @Test
    void withNoFreeSeatWithinTheHorizonAManDoesNotFlyAndChoosesAgainTomorrow() {
        BorderHarness h = new BorderHarness(1000, 10, List.of(air(1000, 500)), false);
        int horizon = h.ctx.params.borders().bookingHorizonDays();
        int fits = 50 * horizon;
        h.book(0, 0, fits + 30);
        h.runDay();
        assertEquals(fits + 30, h.count(0, fits + 30, CitizenState.TRAVELLING), "nobody goes home today");
        assertEquals(300, h.posts.noSeat(0), 1e-9);
        assertEquals(30, h.ledger.flow(0, Metric.AIR_NO_SEAT));
        assertTrue(Double.isInfinite(h.posts.seatLeadHours(0)), "booking sites show the flights full");
        assertEquals(horizon * 24.0, h.posts.waitHours(0), 1e-9);
        int marked = 0;
        for (int i = 0; i < fits + 30; i++) {
            marked += h.pop.marked(i, Traits.NO_SEAT) ? 1 : 0;
        }
        assertEquals(30, marked, "the men without a seat choose again in tomorrow's sweep (CitizenSweepTest)");
    }

    @Test
    void theChanceOfGivingUpRisesWithTheWaitAheadBeyondTheTolerance() {
        BorderParams bp = ParamPaths.set(
                        ParamPaths.set(
                                UnitScenarios.scenario(1000, 1, UnitScenarios.START.plusDays(5), List.of()),
                                "borders.queueToleranceHours",
                                24.0),
                        "borders.renegeRatePerDayOverTolerance",
                        0.5)
                .borders();
        assertEquals(0, BorderCrossing.giveUpChance(1000, 1000, bp), 1e-12, "a day's wait is borne");
        assertEquals(1 - Math.exp(-0.5), BorderCrossing.giveUpChance(2000, 1000, bp), 1e-12);
        assertEquals(1 - Math.exp(-1.5), BorderCrossing.giveUpChance(4000, 1000, bp), 1e-12);
        assertTrue(BorderCrossing.giveUpChance(8000, 1000, bp) > BorderCrossing.giveUpChance(4000, 1000, bp));
    }

    @Test
    void menFacingMoreWaitThanTheyBearGiveUpTheQueueAndGoHomeTheBackFirst() {
        // 10 men a day pass (100 persons at scale 10); 400 arrive at once: those at the back face 39 days
        BorderHarness h = new BorderHarness(400, 10, List.of(road(100, 0, rules(false, false, false))), false);
        h.set("borders.renegeRatePerDayOverTolerance", 0.2);
        h.arrive(0, 0, 400);
        h.runDay();
        long gaveUp = h.ledger.flow(0, Metric.GAVE_UP_QUEUE);
        assertTrue(gaveUp > 100, "most of those with weeks ahead give up: " + gaveUp);
        assertEquals(gaveUp * 10, h.posts.gaveUp(0), 1e-9);
        assertEquals(gaveUp, h.count(0, 400, CitizenState.NORMAL));
        assertEquals(10, h.count(0, 400, CitizenState.ABROAD));
        assertEquals(390 - gaveUp, h.posts.queue(0).menCount());
    }

    @Test
    void withoutRenegingNobodyGivesUp() {
        BorderHarness h = new BorderHarness(400, 10, List.of(road(100, 0, rules(false, false, false))), false);
        h.set("borders.renegeRatePerDayOverTolerance", 0.0);
        h.arrive(0, 0, 400);
        h.runDay();
        assertEquals(0, h.posts.gaveUp(0), 1e-9);
        assertEquals(390, h.posts.queue(0).menCount());
    }

    private static AdmissionRules carsBarred(boolean barred) {
        return new AdmissionRules(false, false, false, true, false, barred);
    }

    @Test
    void menDrivingFromAnotherRegionAreStoppedOnTheWayWhereTheirCarsAreBarred() {
        BorderHarness h = new BorderHarness(200, 3, List.of(road(10_000, 0, carsBarred(true))), false);
        h.regionOfPost(-1); // the men live elsewhere
        for (int i = 0; i < 200; i += 2) {
            h.pop.mark(i, Traits.DRIVING);
        }
        h.arrive(0, 0, 200);
        h.runDay();
        for (int i = 0; i < 200; i++) {
            CitizenState expected = i % 2 == 0 ? CitizenState.NORMAL : CitizenState.ABROAD;
            assertEquals(expected.code, h.pop.state[i], "man " + i);
        }
        assertEquals(100 * 3, h.posts.turnedBack(0), 1e-9, "the stopped are counted as turned back");
        assertEquals(100, h.ledger.flow(0, Metric.TURNED_BACK));
        assertEquals(100 * 3, h.posts.emigrants(0), 1e-9, "those who came without a car cross");

        // residents of the post's region drive on; and with no ban everyone does
        for (AdmissionRules rules : List.of(carsBarred(true), carsBarred(false))) {
            BorderHarness r = new BorderHarness(100, 3, List.of(road(10_000, 0, rules)), false);
            r.regionOfPost(rules.nonResidentCarsBarred() ? 0 : -1);
            for (int i = 0; i < 100; i++) {
                r.pop.mark(i, Traits.DRIVING);
            }
            r.arrive(0, 0, 100);
            r.runDay();
            assertEquals(100, r.count(0, 100, CitizenState.ABROAD), rules.toString());
            assertEquals(0, r.posts.turnedBack(0), 1e-9);
        }
    }

    @Test
    void aBanOnCarsLetsThoseAlreadyInTheQueuePass() {
        BorderHarness h = new BorderHarness(100, 1, List.of(road(50, 0, carsBarred(false))), false);
        h.regionOfPost(-1);
        for (int i = 0; i < 100; i++) {
            h.pop.mark(i, Traits.DRIVING);
        }
        h.arrive(0, 0, 100);
        h.runDay(); // 50 cross, 50 wait
        h.setPost(
                0,
                new BorderPostSpec(
                        "test_post",
                        "Test post",
                        "Georgia",
                        PostMode.ROAD,
                        42.8,
                        44.6,
                        "moscow_city",
                        50,
                        0,
                        10_000,
                        0,
                        true,
                        carsBarred(true)));
        h.runDay();
        assertEquals(100, h.count(0, 100, CitizenState.ABROAD), "the ban stops cars on the road, not in the queue");
    }

    @Test
    void ordinaryAirTravellersGiveUpSeatsAsTheFareRises() {
        BorderPostSpec spec = air(1000, 500);
        assertEquals(500, BorderCrossing.ordinaryFlyers(spec, 9000, 1), 1e-9, "at the base fare all fly");
        assertEquals(250, BorderCrossing.ordinaryFlyers(spec, 18_000, 1), 1e-9, "twice the fare, half of them");
        assertEquals(500, BorderCrossing.ordinaryFlyers(spec, 18_000, 0), 1e-9, "with elasticity 0 all fly");

        // the same bookings on two routes whose fares have risen: the seats ordinary travellers leave go to men
        int[] onNextFlight = new int[2];
        double[] others = new double[2];
        for (int e = 0; e < 2; e++) {
            BorderHarness h = new BorderHarness(400, 10, List.of(air(1000, 500)), false);
            h.set("borders.ordinaryFareElasticity", (double) e);
            h.book(0, 0, 200); // a rush: the fare rises
            h.runDay();
            double fare = h.posts.price(0);
            assertTrue(fare > 9000, "the fare rose");
            h.book(0, 200, 400);
            h.runDay();
            for (int i = 200; i < 400; i++) {
                onNextFlight[e] += h.pop.since[i] + 1 == 2 ? 1 : 0;
            }
            others[e] = BorderCrossing.ordinaryFlyers(h.post(0), fare, e);
        }
        assertEquals(0, onNextFlight[0], "without elasticity the flight of day 2 was full from day 0");
        assertTrue(onNextFlight[1] > 0, "with it, ordinary travellers left seats on it: " + onNextFlight[1]);
        assertTrue(others[1] < others[0]);
    }

    @Test
    void menLearnOfTheBanOnCarsWithTheNewsDelay() {
        BorderHarness h = new BorderHarness(10, 1, List.of(road(100, 0, carsBarred(false))), false);
        BorderParams before = h.ctx.params.borders();
        BorderParams after = ParamPaths.set(before, "posts[test_post].rules.nonResidentCarsBarred", true);
        org.callup.model.border.BorderPosts posts = new org.callup.model.border.BorderPosts(before, 10);
        posts.remember(0, before);
        posts.remember(1, before);
        posts.remember(2, after); // the ban from day 2
        posts.remember(3, after);
        assertEquals(false, posts.perceived(3, 2).nonResidentCarsBarred()[0], "on day 3 men know day 1");
        assertEquals(true, posts.perceived(3, 1).nonResidentCarsBarred()[0]);
        assertEquals(true, posts.perceived(2, 0).nonResidentCarsBarred()[0]);
    }
}
