package org.callup.model.sim;

import java.util.Arrays;
import java.util.List;
import org.callup.model.border.BorderPosts;
import org.callup.model.border.BorderQueue;
import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Population;
import org.callup.model.citizens.Traits;
import org.callup.model.observe.Metric;
import org.callup.model.params.BorderParams;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.ChannelParams;
import org.callup.model.params.PostMode;
import org.callup.model.recruit.Targeting;

/**
 * The border phase of a day, post by post (docs/ODD.md, section 7.12).
 *
 * <p>A road or rail post is a queue: the day's arrivals join it (men in a random order fixed by a hash, behind
 * everyone who came earlier, together with the post's other travellers), summons are served in the queue where the
 * post does so, the post processes up to its daily capacity in persons, turning back men whom its rules refuse, and
 * then men who face more wait than they bear give up and go home (reneging, at a rate rising with the wait ahead).
 *
 * <p>An air route is a booking, not a queue: a man who chose it today books a seat on the first flight with a free
 * seat that he can reach within his booking horizon (ordinary travellers hold the baseline share of every flight);
 * he waits at home until the flight and boards it on its day. With no free seat within the horizon he does not
 * fly: he chooses again the next day, seeing the flights full. Fares move toward a price that rises with the day's
 * bookings over seats.
 */
final class BorderCrossing {
    private final Population pop;
    private final Targeting targeting;
    private final BorderPosts posts;
    /**
     * Per post, the day's arrivals and air bookings, kept from day to day (cleared each day): allocating them daily
     * took about 2% of a calibration's runs.
     */
    private IntList[] byPost = new IntList[0];

    private IntList[] bookersByPost = new IntList[0];

    BorderCrossing(Population pop, Targeting targeting, BorderPosts posts) {
        this.pop = pop;
        this.targeting = targeting;
        this.posts = posts;
    }

    void run(DayContext ctx, List<CitizenSweep.ChunkOut> outs, Ledger ledger) {
        BorderParams bp = ctx.params.borders();
        int n = posts.count();
        if (byPost.length != n) {
            byPost = new IntList[n];
            bookersByPost = new IntList[n];
            for (int p = 0; p < n; p++) {
                byPost[p] = new IntList();
                bookersByPost[p] = new IntList();
            }
        }
        for (int p = 0; p < n; p++) {
            byPost[p].clear();
            bookersByPost[p].clear();
        }
        for (CitizenSweep.ChunkOut out : outs) {
            for (int k = 0; k < out.turnedRound.size(); k++) {
                turnRound(ctx, out.turnedRound.get(k), ledger);
            }
            for (int k = 0; k < out.arrivals.size(); k++) {
                int i = out.arrivals.get(k);
                if (carStopped(ctx, i, bp.posts().get(pop.post[i]))) {
                    turnBack(ctx, i, pop.post[i], ledger);
                } else {
                    byPost[pop.post[i]].add(i);
                }
            }
            for (int k = 0; k < out.bookings.size(); k++) {
                int i = out.bookings.get(k);
                bookersByPost[pop.post[i]].add(i);
            }
        }
        for (int p = 0; p < n; p++) {
            BorderPostSpec spec = bp.posts().get(p);
            if (spec.mode() == PostMode.AIR) {
                flights(ctx, p, spec, bp, shuffled(ctx, byPost[p]), shuffled(ctx, bookersByPost[p]), ledger);
            } else {
                queue(ctx, p, spec, bp, shuffled(ctx, byPost[p]), ledger);
            }
        }
    }

    /**
     * Whether a man arriving at a post is stopped on the road to it: he drives his own car, the post's region bars
     * the cars of non-residents today, and he lives elsewhere (ODD 7.11). Those already in the queue pass.
     */
    private boolean carStopped(DayContext ctx, int i, BorderPostSpec spec) {
        int p = pop.post[i];
        return spec.rules().nonResidentCarsBarred()
                && pop.marked(i, Traits.DRIVING)
                && ctx.routes.regionOfPost()[p] != pop.regionOf(i);
    }

    /** A road or rail post: arrivals, closure, summons in the queue, service, giving up, and the wait left. */
    private void queue(DayContext ctx, int p, BorderPostSpec spec, BorderParams bp, int[] order, Ledger ledger) {
        BorderQueue q = posts.queue(p);
        double others = ordinaryTravellers(spec, posts.waitHours(p), bp.ordinaryWaitDeterrencePerDay());
        q.arrive(order, order.length, others);
        if (!spec.open()) {
            q.clear(i -> turnBack(ctx, i, p, ledger));
            posts.recordQueue(p, 0, 0);
            return;
        }
        serveSummonsInQueue(ctx, p, spec, ledger);
        process(ctx, p, spec, ledger);
        giveUp(ctx, p, spec, bp, ledger);
        double queued = q.menCount() * (double) ctx.scale + q.othersCount();
        posts.recordQueue(p, queued, spec.capacityPersonsPerDay());
    }

    /**
     * Daily chance that a man on his way to road or rail post p turns round and goes home (docs/ODD.md, section
     * 7.11): he hears of the post with the news delay, and gives up at the rate of a man in its queue (the wait
     * beyond his tolerance, and the danger of a post that serves summonses in its queue).
     */
    static double turnRoundChance(BorderPosts.Perceived news, int p, BorderParams bp) {
        double over = Math.max(0, news.waitHours()[p] - bp.queueToleranceHours());
        double hazard = bp.renegeRatePerDayOverTolerance() * over / 24
                + (news.queueSummons()[p] ? bp.draftPointGiveUpPerDay() : 0);
        return 1 - Math.exp(-hazard);
    }

    /** A man who turned round on his way home: counted with those who gave up the post's queue. */
    private void turnRound(DayContext ctx, int i, Ledger ledger) {
        int r = pop.regionOf(i);
        ledger.count(r, Metric.GAVE_UP_QUEUE);
        posts.recordGaveUp(pop.post[i], ctx.scale);
        goHome(ctx, i, r, ledger);
    }

    /**
     * Daily chance of giving up for a traveller with {@code personsAhead} persons ahead of him at a post that serves
     * {@code capacity} a day: 1 - exp(-rate x max(0, wait ahead - tolerance) / 24), the wait in hours.
     */
    static double giveUpChance(double personsAhead, double capacity, BorderParams bp) {
        if (capacity <= 0 || bp.renegeRatePerDayOverTolerance() <= 0) {
            return 0;
        }
        double waitHours = personsAhead / capacity * 24;
        double over = Math.max(0, waitHours - bp.queueToleranceHours());
        return 1 - Math.exp(-bp.renegeRatePerDayOverTolerance() * over / 24);
    }

    /**
     * Men and other travellers still in the queue after service give up at a rate rising with their wait ahead; where
     * summonses are served in the queue today, men give up in addition at {@code draftPointGiveUpPerDay} (ordinary
     * travellers do not fear a summons).
     */
    private void giveUp(DayContext ctx, int p, BorderPostSpec spec, BorderParams bp, Ledger ledger) {
        double capacity = spec.capacityPersonsPerDay();
        double stayDespiteDanger = draftPointToday(ctx, spec) ? Math.exp(-bp.draftPointGiveUpPerDay()) : 1;
        posts.queue(p).giveUp(ctx.scale, ahead -> giveUpChance(ahead, capacity, bp), (i, waitChance) -> {
            double chance = 1 - (1 - waitChance) * stayDespiteDanger;
            if (Rng.uniform(ctx.seed, ctx.day, i, Streams.GIVE_UP) >= chance) {
                return false;
            }
            int r = pop.regionOf(i);
            ledger.count(r, Metric.GAVE_UP_QUEUE);
            posts.recordGaveUp(p, ctx.scale);
            goHome(ctx, i, r, ledger);
            return true;
        });
    }

    /**
     * An air route: today's flight takes the men who hold a seat on it and its ordinary travellers; today's bookers
     * book the first flight with a free seat they can reach within their horizon, or go home; the fare moves; and
     * the time to the first free seat is what booking sites show tomorrow's deciders.
     */
    private void flights(
            DayContext ctx, int p, BorderPostSpec spec, BorderParams bp, int[] boarding, int[] bookers, Ledger ledger) {
        int today = ctx.day;
        if (!spec.open()) {
            for (int i : boarding) {
                turnBack(ctx, i, p, ledger);
            }
            for (int i : bookers) {
                noSeat(ctx, i, p, ledger);
            }
            posts.flightLeft(p, today);
            posts.recordSeatLead(p, Double.POSITIVE_INFINITY);
            posts.recordAirWait(p, 0);
            return;
        }
        BorderQueue q = posts.queue(p);
        q.arrive(boarding, boarding.length, 0);
        admitMen(ctx, p, spec, boarding.length, ledger);
        q.dropFrontCohortIfEmpty();
        double ordinary = ordinaryFlyers(spec, posts.price(p), bp.ordinaryFareElasticity());
        posts.recordOtherCrossings(p, ordinary);
        posts.flightLeft(p, today);
        double seatsForMen = Math.max(0, spec.capacityPersonsPerDay() - ordinary);
        int horizon = bp.bookingHorizonDays();
        for (int i : bookers) {
            int travel = ctx.routes.travelDays()[pop.regionOf(i)][p];
            int flight = -1;
            for (int d = today + Math.max(1, travel); d <= today + Math.max(horizon, travel); d++) {
                double free = seatsForMen - posts.menBooked(p, d);
                if (free >= ctx.scale
                        || (free > 0 && Rng.uniform(ctx.seed, d, i, Streams.BOOKING) < free / ctx.scale)) {
                    flight = d;
                    break;
                }
            }
            if (flight < 0) {
                noSeat(ctx, i, p, ledger);
            } else {
                posts.book(p, flight, ctx.scale);
                // he waits at home and sets off so as to reach the airport on his flight's day (ODD 7.11)
                pop.since[i] = (short) (flight - travel);
            }
        }
        double lead = Double.POSITIVE_INFINITY;
        for (int d = today + 1; d <= today + horizon; d++) {
            if (seatsForMen - posts.menBooked(p, d) > 0) {
                lead = (d - today) * 24.0;
                break;
            }
        }
        posts.recordSeatLead(p, lead);
        posts.recordAirWait(p, Double.isInfinite(lead) ? horizon * 24.0 : lead);
        updateFare(p, spec, bp, bookers.length * (double) ctx.scale + ordinary);
    }

    /**
     * Ordinary travellers on an air route's flights: its baseline traffic, which gives up seats as the fare rises above
     * the route's base fare, baseline x (base / fare)^elasticity (ODD 7.12); with elasticity 0 they hold their share.
     */
    static double ordinaryFlyers(BorderPostSpec spec, double fare, double elasticity) {
        if (elasticity == 0 || fare <= spec.priceRub()) {
            return spec.baselineTravellersPerDay();
        }
        return spec.baselineTravellersPerDay() * Math.pow(spec.priceRub() / fare, elasticity);
    }

    /**
     * A man who found no seat within his horizon has not given up leaving: he stays {@code travelling} (at home, his
     * bag packed) and chooses again in tomorrow's sweep, seeing the flights full (ODD 7.12; seed 003: a man who
     * watched the fares rise as he searched chose another way out within days). Before, he went home and waited for
     * his next reconsideration, a month on average.
     */
    private void noSeat(DayContext ctx, int i, int p, Ledger ledger) {
        int r = pop.regionOf(i);
        ledger.count(r, Metric.AIR_NO_SEAT);
        posts.recordNoSeat(p, ctx.scale);
        pop.mark(i, Traits.NO_SEAT);
    }

    /**
     * Ordinary travellers joining a post's queue today: its baseline traffic, put off by the wait the post had at the
     * end of yesterday (they know the crossing they use; men in flight decide on older news, §7.10 of the ODD).
     */
    static double ordinaryTravellers(BorderPostSpec spec, double waitHoursYesterday, double deterrencePerDay) {
        return spec.baselineTravellersPerDay() * Math.exp(-deterrencePerDay * waitHoursYesterday / 24.0);
    }

    /** Today's arrivals at one post in a random order keyed on (seed, day, citizen): first come, first served. */
    private int[] shuffled(DayContext ctx, IntList arrivals) {
        long[] keyed = new long[arrivals.size()];
        for (int k = 0; k < keyed.length; k++) {
            int i = arrivals.get(k);
            long key = Rng.key(ctx.seed, ctx.day, i, Streams.QUEUE_ORDER);
            keyed[k] = (key & 0xffffffff00000000L) | (i & 0xffffffffL);
        }
        Arrays.sort(keyed);
        int[] out = new int[keyed.length];
        for (int k = 0; k < keyed.length; k++) {
            out[k] = (int) keyed[k];
        }
        return out;
    }

    /** Whether summonses are served in the post's queue today. */
    private static boolean draftPointToday(DayContext ctx, BorderPostSpec spec) {
        ChannelParams border = ctx.rp.channels().border();
        return ctx.callupActive
                && spec.rules().summonsInQueue()
                && border.active()
                && border.operatesIn(spec.regionId());
    }

    private void serveSummonsInQueue(DayContext ctx, int p, BorderPostSpec spec, Ledger ledger) {
        ChannelParams border = ctx.rp.channels().border();
        if (!draftPointToday(ctx, spec)) {
            return;
        }
        double chance = Math.min(
                1, ctx.params.borders().queueSummonsPer1000PerDay() / 1000 * border.intensity() * border.reach());
        boolean turnBack = spec.rules().turnBackSummoned();
        posts.queue(p).removeIf(i -> {
            if (pop.marked(i, Traits.HOLDS_SUMMONS)
                    || Rng.uniform(ctx.seed, ctx.day, i, Streams.QUEUE_SUMMONS) >= chance) {
                return false;
            }
            int r = pop.regionOf(i);
            CitizenSweep.serve(
                    ctx, i, r, org.callup.model.params.Channel.BORDER, ledger, pop, targeting.groundsMask(i));
            posts.recordSummonsServed(p, ctx.scale);
            if (turnBack) {
                turnBack(ctx, i, p, ledger);
                return true;
            }
            return false;
        });
    }

    /** Serves the queue front to back up to the post's capacity in persons. */
    private void process(DayContext ctx, int p, BorderPostSpec spec, Ledger ledger) {
        BorderQueue q = posts.queue(p);
        double capacity = spec.capacityPersonsPerDay();
        while (capacity > 0 && q.cohortCount() > 0) {
            int men = q.frontCohortMen();
            double others = q.frontCohortOthers();
            double total = men * (double) ctx.scale + others;
            if (total <= capacity) {
                admitMen(ctx, p, spec, men, ledger);
                q.takeOthers(others);
                posts.recordOtherCrossings(p, others);
                capacity -= total;
            } else {
                double f = capacity / total;
                double exact = f * men;
                int served = (int) Math.floor(exact);
                if (Rng.unit(Rng.key(ctx.seed, ctx.day, p, Streams.QUEUE_SERVE)) < exact - served) {
                    served++;
                }
                admitMen(ctx, p, spec, served, ledger);
                q.takeOthers(others * f);
                posts.recordOtherCrossings(p, others * f);
                capacity = 0;
            }
            q.dropFrontCohortIfEmpty();
        }
    }

    /** The first {@code count} men of the front cohort reach the window: they cross or are turned back. */
    private void admitMen(DayContext ctx, int p, BorderPostSpec spec, int count, Ledger ledger) {
        BorderQueue q = posts.queue(p);
        for (int k = 0; k < count; k++) {
            int i = q.man(k);
            boolean flagged = pop.marked(i, Traits.HOLDS_SUMMONS) || pop.marked(i, Traits.TRAVEL_BAN);
            boolean refusedVisa =
                    (spec.rules().touristVisaRefused() && (pop.occupation[i] & Traits.OTHER_VISA_GROUNDS) == 0)
                            || (spec.rules().visaRequired() && (pop.occupation[i] & Traits.HOLDS_VISA) == 0);
            if ((spec.rules().turnBackSummoned() && flagged) || refusedVisa) {
                turnBack(ctx, i, p, ledger);
            } else {
                int r = pop.regionOf(i);
                ledger.count(r, Metric.EMIGRANTS);
                posts.recordEmigrant(p, ctx.scale);
                ledger.move(i, r, CitizenState.ABROAD, ctx.day);
            }
        }
        q.popMen(count);
    }

    private void turnBack(DayContext ctx, int i, int p, Ledger ledger) {
        int r = pop.regionOf(i);
        ledger.count(r, Metric.TURNED_BACK);
        posts.recordTurnedBack(p, ctx.scale);
        goHome(ctx, i, r, ledger);
    }

    /** Back home from the border: notified if he holds a summons, else normal; no longer bound for a post. */
    private void goHome(DayContext ctx, int i, int r, Ledger ledger) {
        pop.post[i] = -1;
        pop.unmark(i, Traits.NO_SEAT);
        ledger.move(i, r, pop.marked(i, Traits.HOLDS_SUMMONS) ? CitizenState.NOTIFIED : CitizenState.NORMAL, ctx.day);
    }

    /**
     * Fare moves a share of the way toward base x (1 + elasticity x excess of the day's bookings over seats). The
     * day's demand, not the bookings held, drives the fare: men who cannot afford it do not book, which bounds it.
     */
    private void updateFare(int p, BorderPostSpec spec, BorderParams bp, double demandPersons) {
        double seats = Math.max(1, spec.capacityPersonsPerDay());
        double excess = Math.max(0, demandPersons / seats - 1);
        double target = spec.priceRub() * (1 + bp.airPriceElasticity() * excess);
        posts.moveFare(p, target, bp.airPriceAdjustment());
    }
}
