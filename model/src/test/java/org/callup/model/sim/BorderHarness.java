package org.callup.model.sim;

import java.util.ArrayList;
import java.util.List;
import org.callup.model.UnitScenarios;
import org.callup.model.border.BorderPosts;
import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Population;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.model.recruit.Targeting;

/**
 * The border phase on its own: a population of {@code men} identical men aged 30 in one region, the posts of a
 * scenario, and a day context with only what the border phase reads. Tests put men into queues with
 * {@link #arrive} and run a day with {@link #runDay}.
 */
final class BorderHarness {
    final Population pop;
    final Targeting targeting;
    final BorderPosts posts;
    final BorderCrossing crossing;
    final Ledger ledger;
    /** Today's context: a new one each day and whenever the test changes what the border phase reads. */
    DayContext ctx;

    private final List<CitizenSweep.ChunkOut> outs = List.of(new CitizenSweep.ChunkOut());

    BorderHarness(int men, int scale, List<BorderPostSpec> postSpecs, boolean callupActive) {
        Scenario s = UnitScenarios.set(
                UnitScenarios.scenario(100_000, scale, UnitScenarios.START.plusDays(60), List.of()),
                "population.regions",
                List.of(UnitScenarios.regions().get(0)),
                "borders.posts",
                postSpecs);
        pop = new Population(new int[] {0, men});
        for (int i = 0; i < men; i++) {
            pop.age[i] = 30;
        }
        targeting = new Targeting(pop, s.population().regions());
        posts = new BorderPosts(s.borders(), s.days());
        crossing = new BorderCrossing(pop, targeting, posts);
        ledger = new Ledger(pop, targeting, 1, postSpecs.size());
        int[][] travel = new int[1][postSpecs.size()];
        java.util.Arrays.fill(travel[0], 1);
        ctx = new DayContext.Builder(0, s.seed(), scale)
                .callupActive(callupActive)
                .params(s)
                .routes(new Routes(
                        posts.perceived(0, 0),
                        posts.prices(),
                        travel,
                        new double[1][postSpecs.size()],
                        postSpecs.stream().map(BorderPostSpec::mode).toArray(org.callup.model.params.PostMode[]::new),
                        posts.seatLeadHours()))
                .build();
        ledger.use(ctx.rp);
    }

    /** Puts a new set of parameters in force (as policy events would). */
    void use(Scenario s) {
        ctx = ctx.toBuilder().params(s).build();
        ledger.use(ctx.rp);
    }

    /** Whether a call-up is under way (summons are served in queues only then). */
    void callupActive(boolean active) {
        ctx = ctx.toBuilder().callupActive(active).build();
    }

    void set(String path, Object value) {
        use(ParamPaths.set(ctx.params, path, value));
    }

    void setPost(int p, BorderPostSpec spec) {
        List<BorderPostSpec> list = new ArrayList<>(ctx.params.borders().posts());
        list.set(p, spec);
        set("borders.posts", list);
    }

    BorderPostSpec post(int p) {
        return ctx.params.borders().posts().get(p);
    }

    /** Men {@code from} to {@code to - 1} reach post p today. */
    void arrive(int p, int from, int to) {
        for (int i = from; i < to; i++) {
            pop.state[i] = CitizenState.QUEUEING.code;
            pop.post[i] = (byte) p;
            outs.get(0).arrivals.add(i);
        }
    }

    /** Men {@code from} to {@code to - 1} chose air route p today (one day from the airport): they book a seat. */
    void book(int p, int from, int to) {
        for (int i = from; i < to; i++) {
            pop.state[i] = CitizenState.TRAVELLING.code;
            pop.since[i] = (short) ctx.day;
            pop.post[i] = (byte) p;
            outs.get(0).bookings.add(i);
        }
    }

    /** Puts the posts in regions: post p lies in region {@code regionOfPost[p]} (-1: in none). */
    void regionOfPost(int... regionOfPost) {
        Routes r = ctx.routes;
        ctx = ctx.toBuilder()
                .routes(new Routes(
                        r.perceived(),
                        r.price(),
                        r.travelDays(),
                        r.distance1000Km(),
                        r.mode(),
                        r.seatLeadHours(),
                        r.countryOf(),
                        regionOfPost))
                .build();
    }

    void runDay() {
        posts.clearDay();
        ledger.clearFlows();
        crossing.run(ctx, outs, ledger);
        outs.get(0).clear();
        ctx = ctx.toBuilder().day(ctx.day + 1).build();
    }

    int count(int from, int to, CitizenState s) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += pop.state[i] == s.code ? 1 : 0;
        }
        return n;
    }
}
