package org.callup.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class CmaesSearchTest {
    private static final double[] OPTIMUM = {0.2, 0.7, 0.45};
    private static final CmaesSearch.Settings SETTINGS =
            new CmaesSearch.Settings(new double[] {0.9, 0.1, 0.5}, 0.3, 0, 11, 120);

    /** A smooth bowl with ripples, so that the search has something to do. */
    static double loss(double[] u) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            double d = u[i] - OPTIMUM[i];
            s += d * d + 0.01 * Math.sin(20 * u[i]) * Math.sin(20 * u[i]);
        }
        return s;
    }

    /** A memory of losses that counts the batches it is asked to evaluate. */
    static class Memo implements CmaesSearch.Objective {
        final Map<ValueKey, Double> known = new HashMap<>();
        final List<Integer> batches = new ArrayList<>();

        @Override
        public double known(double[] unit) {
            return known.getOrDefault(new ValueKey(unit), Double.NaN);
        }

        @Override
        public void evaluate(List<double[]> units) {
            batches.add(units.size());
            for (double[] u : units) {
                known.put(new ValueKey(u), loss(u));
            }
        }
    }

    /** The optimizer as commons-math runs it, one evaluation after another. */
    static List<double[]> sequential(CmaesSearch.Settings s) {
        List<double[]> asked = new ArrayList<>();
        int n = s.start().length;
        double[] upper = new double[n];
        double[] sigma = new double[n];
        Arrays.fill(upper, 1);
        Arrays.fill(sigma, s.initialStep());
        CMAESOptimizer cmaes = new CMAESOptimizer(
                CmaesSearch.MAX_ITERATIONS, Double.MIN_VALUE, true, 0, 0, new MersenneTwister(s.seed()), false, null);
        cmaes.optimize(
                new MaxEval(s.budget()),
                new ObjectiveFunction(u -> {
                    asked.add(u.clone());
                    return loss(u);
                }),
                GoalType.MINIMIZE,
                new InitialGuess(s.start()),
                new SimpleBounds(new double[n], upper),
                new CMAESOptimizer.Sigma(sigma),
                new CMAESOptimizer.PopulationSize(s.lambda()));
        return asked;
    }

    @Test
    void evaluatesWholeGenerationsTogetherAndAsksWhatTheOptimizerAloneWouldAsk() {
        Memo memo = new Memo();
        CmaesSearch.Result r = new CmaesSearch(SETTINGS).run(memo, (n, g, best) -> {});
        List<double[]> expected = sequential(SETTINGS);
        assertEquals(expected.size(), r.asks().size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), r.asks().get(i).unit(), "candidate " + i);
            assertEquals(loss(expected.get(i)), r.asks().get(i).value());
        }
        assertEquals(1, memo.batches.get(0), "the start point first");
        int lambda = SETTINGS.lambda();
        assertTrue(
                memo.batches.subList(1, memo.batches.size() - 1).stream().allMatch(b -> b == lambda),
                "then one generation of " + lambda + " at a time: " + memo.batches);
        assertEquals(expected.size(), memo.known.size());
    }

    @Test
    void findsTheBottomOfTheBowl() {
        CmaesSearch.Result r = new CmaesSearch(SETTINGS).run(new Memo(), (n, g, best) -> {});
        double[] best = r.best().unit();
        for (int i = 0; i < best.length; i++) {
            assertEquals(OPTIMUM[i], best[i], 0.1, "coordinate " + i + " of " + Arrays.toString(best));
        }
        assertTrue(r.best().value() < loss(SETTINGS.start()) / 10);
    }

    @Test
    void aRestartWithPartOfTheMemoryEvaluatesOnlyWhatIsMissing() {
        Memo full = new Memo();
        CmaesSearch.Result uninterrupted = new CmaesSearch(SETTINGS).run(full, (n, g, best) -> {});
        Memo partial = new Memo();
        List<double[]> asked = sequential(SETTINGS);
        for (double[] u : asked.subList(0, 40)) {
            partial.known.put(new ValueKey(u), loss(u));
        }
        CmaesSearch.Result resumed = new CmaesSearch(SETTINGS).run(partial, (n, g, best) -> {});
        assertEquals(uninterrupted.asks().size(), resumed.asks().size());
        assertArrayEquals(uninterrupted.best().unit(), resumed.best().unit());
        int evaluatedAgain =
                partial.batches.stream().mapToInt(Integer::intValue).sum();
        assertEquals(asked.size() - 40, evaluatedAgain, "only the candidates after the 40 remembered ones");
    }

    @Test
    void aLargerBudgetRetracesTheStepsTakenAndGoesOn() {
        CmaesSearch.Settings small = new CmaesSearch.Settings(SETTINGS.start(), 0.3, 0, 11, 50);
        List<CmaesSearch.Ask> first =
                new CmaesSearch(small).run(new Memo(), (n, g, best) -> {}).asks();
        List<CmaesSearch.Ask> longer =
                new CmaesSearch(SETTINGS).run(new Memo(), (n, g, best) -> {}).asks();
        assertEquals(50, first.size());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i).unit(), longer.get(i).unit());
        }
    }

    @Test
    void stopsAsSoonAsACandidateFitsEverything() {
        Memo zeroNearOptimum = new Memo() {
            @Override
            public void evaluate(List<double[]> units) {
                for (double[] u : units) {
                    known.put(new ValueKey(u), Math.max(0, loss(u) - 0.05));
                }
            }
        };
        CmaesSearch.Result r = new CmaesSearch(SETTINGS).run(zeroNearOptimum, (n, g, best) -> {});
        assertEquals(0, r.best().value());
        assertTrue(
                r.asks().size() < SETTINGS.budget(), "stopped after " + r.asks().size());
    }
}
