package org.callup.model.sim;

import java.util.List;
import org.callup.model.UnitScenarios;
import org.callup.model.border.BorderPosts;
import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Population;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.PopulationParams;
import org.callup.model.params.PostMode;
import org.callup.model.params.Scenario;
import org.callup.model.recruit.Commissariats;
import org.callup.model.recruit.Targeting;

/**
 * The citizen sweep of one day on its own: {@code men} men aged 30 with prior service, in one region (Moscow of
 * {@link UnitScenarios}), with the lottery's acceptance and pursuit probabilities set by the test instead of by
 * the commissariats' plan. The day context is prepared as the engine prepares it.
 */
final class SweepHarness {
    final int men;
    Scenario scenario;
    final Population pop;
    final Targeting targeting;
    final Commissariats offices;
    final CitizenSweep sweep;
    final CitizenSweep.Worker worker;
    final CitizenSweep.ChunkOut out = new CitizenSweep.ChunkOut();
    final Parallel.Chunk chunk;
    final DayContext ctx = new DayContext();
    final BorderPosts posts;
    double alarm;
    boolean summonsInRegion;
    private int yesterdaysExemptions = -1;

    SweepHarness(int men) {
        this.men = men;
        Scenario s = UnitScenarios.scenario(100_000, 1, UnitScenarios.START.plusDays(60), List.of());
        scenario = new Scenario(s.name(), s.description(), s.startDate(), s.endDate(), s.seed(),
                new PopulationParams(1, 100_000, 18, 50, 4, List.of(UnitScenarios.regions().get(0))),
                s.citizens(), s.decisions(), s.recruiters(), s.borders(), s.protest(), List.of());
        pop = new Population(new int[] {0, men});
        for (int i = 0; i < men; i++) {
            pop.age[i] = 30;
            pop.traits[i] = (byte) org.callup.model.citizens.Traits.PRIOR_SERVICE;
        }
        targeting = new Targeting(pop, scenario.population().regions());
        offices = new Commissariats(scenario.population().regions(), pop.regionStart, 1, scenario.recruiters());
        sweep = new CitizenSweep(pop, targeting);
        int nPosts = scenario.borders().posts().size();
        worker = new CitizenSweep.Worker(new Ledger(pop, targeting, 1, nPosts), new Decision(pop, nPosts));
        chunk = new Parallel.Chunk(0, 0, 0, men);
        posts = new BorderPosts(scenario.borders(), scenario.days());
    }

    void set(String path, Object value) {
        scenario = ParamPaths.set(scenario, path, value);
    }

    /** Puts every man in state s since day 0. */
    void all(CitizenState s) {
        for (int i = 0; i < men; i++) {
            pop.state[i] = s.code;
            pop.since[i] = 0;
        }
    }

    /** Runs the sweep of {@code day} with today's acceptance, pursuit and error rate as the test left them. */
    void sweep(int day) {
        ctx.day = day;
        ctx.seed = scenario.seed();
        ctx.eventKey = Rng.stream(ctx.seed, day, Streams.EVENT);
        ctx.scale = 1;
        ctx.params = scenario;
        ctx.alarm = alarm;
        ctx.summonsInRegion = new boolean[] {summonsInRegion};
        // as the engine does: the exemptions in force yesterday tell which were removed today
        ctx.prepare(1, offices, yesterdaysExemptions);
        yesterdaysExemptions = ctx.activeMask;
        ctx.perceived = posts.perceived(day, 0);
        ctx.price = posts.prices();
        ctx.travelDays = new int[1][posts.count()];
        ctx.distance1000Km = new double[1][posts.count()];
        ctx.mode = scenario.borders().posts().stream().map(p -> p.mode()).toArray(PostMode[]::new);
        ctx.arrestEstimate = new double[] {0.5};
        worker.ledger.use(scenario.recruiters());
        worker.ledger.clearChanges();
        sweep.sweep(ctx, chunk, worker, out);
    }

    int count(CitizenState s) {
        int n = 0;
        for (int i = 0; i < men; i++) {
            n += pop.state[i] == s.code ? 1 : 0;
        }
        return n;
    }
}
