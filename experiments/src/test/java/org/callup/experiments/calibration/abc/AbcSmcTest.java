package org.callup.experiments.calibration.abc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.callup.experiments.calibration.AbcSection;
import org.junit.jupiter.api.Test;

/** ABC-SMC on a toy model with a known answer: a noisy observation of a point of the square. */
class AbcSmcTest {
    private static final double[] TRUTH = {0.3, 0.7};

    /** A noisy distance, deterministic given the point (as a model run is given its values and seeds). */
    private static double distance(double[] u) {
        double noise = new java.util.SplittableRandom(Arrays.hashCode(u)).nextGaussian() * 0.02;
        double dx = u[0] - TRUTH[0] + noise;
        double dy = u[1] - TRUTH[1] - noise;
        return Math.sqrt(dx * dx + dy * dy);
    }

    private static AbcSettings settings() {
        return AbcSettings.defaults()
                .withParticles(200)
                .withMaxGenerations(6)
                .withMaxEvaluations(20_000)
                .withSeed(7);
    }

    /** Distances that count how often each point was asked for, to see what a replay evaluates. */
    private static final class Counting implements AbcSmc.Distances {
        final Map<String, Double> known = new HashMap<>();
        int computed;
        int calls;

        @Override
        public double[] of(List<double[]> units) {
            calls++;
            double[] d = new double[units.size()];
            for (int i = 0; i < d.length; i++) {
                d[i] = known.computeIfAbsent(Arrays.toString(units.get(i)), k -> {
                    computed++;
                    return 0.0;
                });
                if (d[i] == 0.0) {
                    d[i] = distance(units.get(i));
                    known.put(Arrays.toString(units.get(i)), d[i]);
                }
            }
            return d;
        }
    }

    @Test
    void concentratesAroundTheTruthWithFallingTolerances() {
        AbcSmc.Result r = new AbcSmc(settings(), 2).run(AbcSmcTest::batch, new AbcSmc.Listener() {});
        List<AbcSmc.Generation> g = r.generations();
        assertEquals(6, g.size(), r.stopReason());
        for (int t = 2; t < g.size(); t++) {
            assertTrue(g.get(t).tolerance() < g.get(t - 1).tolerance(), "tolerance falls");
        }
        AbcSmc.Generation post = r.posterior();
        assertEquals(1, Arrays.stream(post.weights()).sum(), 1e-9);
        for (AbcSmc.Particle p : post.particles()) {
            assertTrue(p.distance() <= post.tolerance());
        }
        for (int a = 0; a < 2; a++) {
            int k = a;
            double[] x = post.particles().stream().mapToDouble(p -> p.unit()[k]).toArray();
            double lo = Quantiles.weighted(x, post.weights(), 0.05);
            double hi = Quantiles.weighted(x, post.weights(), 0.95);
            assertTrue(lo <= TRUTH[a] && TRUTH[a] <= hi, lo + " " + hi);
            assertTrue(hi - lo < 0.3, "narrower than the prior: " + (hi - lo));
        }
        assertTrue(post.ess() > 20 && post.ess() <= 200, "ess " + post.ess());
    }

    private static double[] batch(List<double[]> units) {
        return units.stream().mapToDouble(AbcSmcTest::distance).toArray();
    }

    @Test
    void theSameWhateverTheBatchesAndAReplayEvaluatesNothingAgain() {
        AbcSmc.Result whole = new AbcSmc(settings(), 2).run(AbcSmcTest::batch, new AbcSmc.Listener() {});
        // One point at a time: other batches, the same particles.
        AbcSmc.Result single = new AbcSmc(settings(), 2)
                .run(
                        units -> {
                            List<Double> out = new ArrayList<>();
                            for (double[] u : units) {
                                out.add(batch(List.of(u))[0]);
                            }
                            return out.stream().mapToDouble(Double::doubleValue).toArray();
                        },
                        new AbcSmc.Listener() {});
        assertSamePosterior(whole, single);
        // Stopped after three generations, then continued with six: a replay of the first three, then the rest.
        Counting journal = new Counting();
        new AbcSmc(settings().withMaxGenerations(3), 2).run(journal, new AbcSmc.Listener() {});
        int before = journal.computed;
        AbcSmc.Result resumed = new AbcSmc(settings(), 2).run(journal, new AbcSmc.Listener() {});
        assertSamePosterior(whole, resumed);
        Counting fresh = new Counting();
        new AbcSmc(settings(), 2).run(fresh, new AbcSmc.Listener() {});
        assertTrue(journal.computed <= fresh.computed + 1, journal.computed + " vs " + fresh.computed);
        assertTrue(before < journal.computed);
    }

    private static void assertSamePosterior(AbcSmc.Result a, AbcSmc.Result b) {
        assertEquals(a.generations().size(), b.generations().size());
        assertEquals(a.evaluations(), b.evaluations());
        for (int i = 0; i < a.posterior().particles().size(); i++) {
            assertArrayEquals(
                    a.posterior().particles().get(i).unit(),
                    b.posterior().particles().get(i).unit());
        }
        assertArrayEquals(a.posterior().weights(), b.posterior().weights());
    }

    @Test
    void particlesAboveTheOldBudgetAreAcceptedWithALargerBudgetGivenAlongside() {
        // 20,000 particles exceed the default budget of 16,000 candidates; given with a budget of 200,000, in a
        // calibration file's abc section or as options, the pair is checked together, not the particles first.
        AbcSettings fromFile =
                AbcSettings.defaults().with(new AbcSection(20_000, null, null, null, null, 200_000, null, null, null));
        assertEquals(20_000, fromFile.particles());
        assertEquals(200_000, fromFile.maxEvaluations());
        AbcSettings options = AbcSettings.defaults().withParticlesAndBudget(20_000, 200_000);
        assertEquals(20_000, options.particles());
        assertEquals(200_000, options.maxEvaluations());
        IllegalArgumentException tooFew = assertThrows(
                IllegalArgumentException.class, () -> AbcSettings.defaults().withParticlesAndBudget(20_000, null));
        assertTrue(tooFew.getMessage().contains("20000"), tooFew.getMessage());
    }

    @Test
    void stopsAtTheMinimumToleranceAndAbandonsAGenerationTheBudgetCannotFinish() {
        AbcSmc.Result tol =
                new AbcSmc(settings().withMinTolerance(0.2), 2).run(AbcSmcTest::batch, new AbcSmc.Listener() {});
        assertTrue(tol.posterior().tolerance() <= 0.2, tol.stopReason());
        assertTrue(tol.stopReason().contains("minimum"), tol.stopReason());
        AbcSmc.Result budget =
                new AbcSmc(settings().withMaxEvaluations(700), 2).run(AbcSmcTest::batch, new AbcSmc.Listener() {});
        assertTrue(budget.stopReason().contains("budget"), budget.stopReason());
        assertTrue(budget.evaluations() <= 700);
    }

    @Test
    void stopsBeforeAGenerationTheBudgetLeftCannotFinishAtTheExpectedRate() {
        // Unbounded, the sampler runs its six generations; the budget below is what the first four used plus less
        // than the fifth is expected to need, so it stops after the fourth without starting the fifth.
        AbcSmc.Result free = new AbcSmc(settings(), 2).run(AbcSmcTest::batch, new AbcSmc.Listener() {});
        List<AbcSmc.Generation> g = free.generations();
        assertTrue(g.size() >= 5, free.stopReason());
        int four = 0;
        for (int t = 0; t < 4; t++) {
            four += g.get(t).proposals();
        }
        double expected = AbcSmc.nextRate(g.subList(0, 4));
        assertTrue(expected <= g.get(3).acceptanceRate());
        int budget = four + (int) Math.floor(200 / expected) - 1;
        AbcSmc.Result cut =
                new AbcSmc(settings().withMaxEvaluations(budget), 2).run(AbcSmcTest::batch, new AbcSmc.Listener() {});
        assertEquals(4, cut.generations().size(), cut.stopReason());
        assertEquals(four, cut.evaluations(), "nothing spent on a fifth generation");
        assertTrue(cut.stopReason().contains("would not finish another generation"), cut.stopReason());
        assertArrayEquals(g.get(3).weights(), cut.posterior().weights());
    }
}
