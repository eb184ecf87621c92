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
 * The border phase of a day, post by post: the day's arrivals join the queue (men in a random order fixed by a
 * hash, behind everyone who came earlier, together with the post's other travellers), summons are served in the
 * queue where the post does so, and the post processes up to its daily capacity in persons, turning back men whom
 * its rules refuse. Air fares move toward a price that rises with demand over seats.
 */
final class BorderCrossing {
    private final Population pop;
    private final Targeting targeting;
    private final BorderPosts posts;

    BorderCrossing(Population pop, Targeting targeting, BorderPosts posts) {
        this.pop = pop;
        this.targeting = targeting;
        this.posts = posts;
    }

    void run(DayContext ctx, List<CitizenSweep.ChunkOut> outs, Ledger ledger) {
        BorderParams bp = ctx.params.borders();
        int n = posts.count();
        IntList[] byPost = new IntList[n];
        for (int p = 0; p < n; p++) {
            byPost[p] = new IntList();
        }
        for (CitizenSweep.ChunkOut out : outs) {
            for (int k = 0; k < out.arrivals.size(); k++) {
                int i = out.arrivals.get(k);
                byPost[pop.post[i]].add(i);
            }
        }
        for (int post = 0; post < n; post++) {
            final int p = post;
            BorderPostSpec spec = bp.posts().get(p);
            int[] order = shuffled(ctx, byPost[p]);
            BorderQueue q = posts.queue(p);
            double others = ordinaryTravellers(spec, posts.waitHours(p), bp.ordinaryWaitDeterrencePerDay());
            q.arrive(order, order.length, others);
            if (!spec.open()) {
                q.clear(i -> turnBack(ctx, i, p, ledger));
                posts.recordQueue(p, 0, 0);
                continue;
            }
            serveSummonsInQueue(ctx, p, spec, ledger);
            double demand = order.length * (double) ctx.scale + others;
            process(ctx, p, spec, ledger);
            double queued = q.menCount() * (double) ctx.scale + q.othersCount();
            posts.recordQueue(p, queued, spec.capacityPersonsPerDay());
            if (spec.mode() == PostMode.AIR) {
                updateFare(p, spec, bp, demand);
            }
        }
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

    private void serveSummonsInQueue(DayContext ctx, int p, BorderPostSpec spec, Ledger ledger) {
        ChannelParams border = ctx.rp.channels().border();
        if (!ctx.callupActive
                || !spec.rules().summonsInQueue()
                || !border.active()
                || !border.operatesIn(spec.regionId())) {
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
        pop.post[i] = -1;
        ledger.move(i, r, pop.marked(i, Traits.HOLDS_SUMMONS) ? CitizenState.NOTIFIED : CitizenState.NORMAL, ctx.day);
    }

    /**
     * Fare moves a share of the way toward base x (1 + elasticity x excess of the day's new demand over seats).
     * New demand, not the backlog, drives the fare: men who cannot afford it do not come, which bounds the fare.
     */
    private void updateFare(int p, BorderPostSpec spec, BorderParams bp, double demandPersons) {
        double seats = Math.max(1, spec.capacityPersonsPerDay());
        double excess = Math.max(0, demandPersons / seats - 1);
        double target = spec.priceRub() * (1 + bp.airPriceElasticity() * excess);
        posts.moveFare(p, target, bp.airPriceAdjustment());
    }
}
