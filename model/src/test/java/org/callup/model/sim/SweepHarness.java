package org.callup.model.sim;

import java.util.List;
import org.callup.model.UnitScenarios;
import org.callup.model.border.BorderPosts;
import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Population;
import org.callup.model.params.ParamPaths;
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
    /** The context of the last day swept. */
    DayContext ctx;

    final BorderPosts posts;
    double alarm;
    boolean summonsInRegion;
    private int yesterdaysExemptions = -1;

    SweepHarness(int men) {
        this.men = men;
        scenario = UnitScenarios.set(
                UnitScenarios.scenario(100_000, 1, UnitScenarios.START.plusDays(60), List.of()),
                "population.regions",
                List.of(UnitScenarios.regions().get(0)));
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

    /** The region's estimated arrest probability and the hardship it adds, for Epstein's rule. */
    double arrestEstimate = 0.5;

    double regionHardship;

    /** The weight a man without a summons gives his arrest risk (DayContext.arrestFear). */
    double arrestFear = 1;

    /** Whether the sweep leaves out men who cannot turn active (as the engine does), or draws every man in full. */
    boolean calmSkip = true;

    /** Runs with the day's context before the sweep (a test gives the sweep a run cache's draws), or null. */
    java.util.function.Consumer<DayContext> beforeSweep;

    /** Runs the sweep of {@code day} with today's acceptance, pursuit and error rate as the test left them. */
    void sweep(int day) {
        Routes routes = new Routes(
                posts.perceived(day, 0),
                posts.prices(),
                new int[1][posts.count()],
                new double[1][posts.count()],
                scenario.borders().posts().stream().map(p -> p.mode()).toArray(PostMode[]::new),
                posts.seatLeadHours());
        // as the engine does: the exemptions in force yesterday tell which were removed today
        ctx = DayContext.prepare(
                day,
                scenario.seed(),
                1,
                scenario,
                alarm,
                new boolean[] {summonsInRegion},
                offices,
                yesterdaysExemptions,
                routes,
                new double[] {arrestEstimate},
                new double[] {regionHardship});
        if (!calmSkip || arrestFear != 1) {
            ctx = ctx.toBuilder().calmSkip(calmSkip).arrestFear(arrestFear).build();
        }
        yesterdaysExemptions = ctx.activeMask;
        if (beforeSweep != null) {
            beforeSweep.accept(ctx);
        }
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
