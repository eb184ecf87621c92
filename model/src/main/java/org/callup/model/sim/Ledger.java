package org.callup.model.sim;

import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Population;
import org.callup.model.observe.Metric;
import org.callup.model.params.Channel;
import org.callup.model.params.RecruiterParams;
import org.callup.model.recruit.CandidatePool;
import org.callup.model.recruit.Targeting;

/**
 * Every change of a citizen's state goes through {@link #move}, which keeps the bookkeeping that makes the model
 * cheap and checkable: counts per region and state (stocks), counts of what happened today per region (flows), and
 * the candidate sums of the delivery lottery. Each worker of a parallel sweep has its own ledger of changes; all
 * counts are integers, so merging them gives the same totals in any order.
 */
public final class Ledger {
    private static final int STATES = CitizenState.count();
    private static final int METRICS = Metric.values().length;
    private static final int PAD = 8;
    private static final int CHANNELS = Channel.sweepChannelCount();

    private final Population pop;
    private final Targeting targeting;
    private final int regions;
    /** Change of each stock, [region * STATES + state], in citizens. */
    final long[] stocks;
    /** Flows, [region * METRICS + metric], in citizens (office attacks: in attacks). */
    final long[] flows;

    final CandidatePool candidates;
    /** Men who set off today, [region * posts + post], in citizens. */
    final long[] departures;
    /** Men who came back today from abroad, by the post they had left through, in citizens. */
    final long[] returnsByPost;

    private final int posts;
    private RecruiterParams recruiters;

    public Ledger(Population pop, Targeting targeting, int regions, int posts) {
        this.pop = pop;
        this.targeting = targeting;
        this.regions = regions;
        this.posts = posts;
        // each array ends with a cache line of padding: the workers' ledgers are allocated one after another and
        // written on every state change, and must not share a line
        this.stocks = new long[regions * STATES + PAD];
        this.flows = new long[regions * METRICS + PAD];
        this.candidates = new CandidatePool(regions);
        this.departures = new long[regions * Math.max(1, posts) + PAD];
        this.returnsByPost = new long[Math.max(1, posts) + PAD];
    }

    public void depart(int r, int p) {
        departures[r * posts + p]++;
    }

    public void returnedVia(int p) {
        returnsByPost[p]++;
    }

    /** Sets the targeting parameters the candidate sums use today. */
    void use(RecruiterParams rp) {
        this.recruiters = rp;
    }

    /** Moves citizen i of region r to a new state on day {@code day}. */
    public void move(int i, int r, CitizenState to, int day) {
        byte from = pop.state[i];
        if (from == to.code) {
            return;
        }
        stocks[r * STATES + from]--;
        stocks[r * STATES + to.code]++;
        int oldCls = CandidatePool.classOf(from);
        int newCls = CandidatePool.classOf(to.code);
        if (oldCls >= 0) {
            contribute(i, r, oldCls, -1);
        }
        pop.state[i] = to.code;
        pop.since[i] = (short) day;
        if (newCls >= 0) {
            contribute(i, r, newCls, +1);
        }
    }

    /**
     * Adds (sign +1) or removes (sign -1) citizen i's exposure-times-weight to the candidate sums of his class.
     * {@link RunCache} reuses the sums over a population as built: what this reads beyond the man's age, traits,
     * occupation class and visibility, his region's urban share and the targeting rules must go into its key.
     */
    void contribute(int i, int r, int cls, int sign) {
        double w = cls == CandidatePool.NOTIFIED ? 1.0 : targeting.baseWeight(recruiters, i);
        if (w <= 0) {
            return;
        }
        int mask = cls == CandidatePool.NOTIFIED ? 0 : targeting.groundsMask(i);
        for (int c = 0; c < CHANNELS; c++) {
            candidates.add(cls, r, c, mask, sign * Targeting.fixed(targeting.exposure(c, i, r) * w));
        }
    }

    public void count(int r, Metric m) {
        flows[r * METRICS + m.ordinal()]++;
    }

    public void count(int r, Metric m, long n) {
        flows[r * METRICS + m.ordinal()] += n;
    }

    public long flow(int r, Metric m) {
        return flows[r * METRICS + m.ordinal()];
    }

    public long stock(int r, CitizenState s) {
        return stocks[r * STATES + s.code];
    }

    /** Adds another ledger's changes to this one. */
    public void absorb(Ledger other) {
        for (int k = 0; k < stocks.length; k++) {
            stocks[k] += other.stocks[k];
        }
        for (int k = 0; k < flows.length; k++) {
            flows[k] += other.flows[k];
        }
        candidates.add(other.candidates);
        for (int k = 0; k < departures.length; k++) {
            departures[k] += other.departures[k];
        }
        for (int k = 0; k < returnsByPost.length; k++) {
            returnsByPost[k] += other.returnsByPost[k];
        }
    }

    /** Forgets today's flows and the changes (after they have been absorbed). */
    public void clearChanges() {
        java.util.Arrays.fill(stocks, 0L);
        candidates.clear();
        clearFlows();
    }

    /** Forgets today's flows. */
    public void clearFlows() {
        java.util.Arrays.fill(flows, 0L);
        java.util.Arrays.fill(departures, 0L);
        java.util.Arrays.fill(returnsByPost, 0L);
    }

    public long departures(int r, int p) {
        return departures[r * posts + p];
    }

    public long returnsVia(int p) {
        return returnsByPost[p];
    }

    public int regions() {
        return regions;
    }

    public CandidatePool candidates() {
        return candidates;
    }
}
