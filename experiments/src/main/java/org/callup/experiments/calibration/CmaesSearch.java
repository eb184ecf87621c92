package org.callup.experiments.calibration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * CMA-ES (commons-math3's {@link CMAESOptimizer}) on the unit cube, with the candidates of each generation
 * evaluated in parallel and every step replayable.
 *
 * <p>The optimizer asks for one candidate at a time, but the candidates of a generation do not depend on each
 * other's losses, only on earlier generations. So the search runs the optimizer from the start, answering from
 * what is known; at the first candidate not yet evaluated it answers a placeholder and collects the rest of that
 * generation's new candidates, then abandons the pass (the placeholders have spoilt its state), evaluates the
 * collected candidates together, and runs the optimizer from the start again. The optimizer's random draws come
 * from a fixed seed and its arithmetic is deterministic, so each pass retraces the previous one exactly, and the
 * same holds after a restart from a journal: resuming is replaying. The search ends when a pass completes without
 * a new candidate: the optimizer stopped on its own criteria, reached a value of 0, or used the budget.
 */
public final class CmaesSearch {
    /**
     * Iteration cap handed to CMA-ES. It enters the optimizer's step-size damping, so it is a constant: a search
     * resumed with a larger budget retraces the steps it had taken.
     */
    static final int MAX_ITERATIONS = 100_000;

    /** The values to minimise at points of the unit cube. */
    public interface Objective {
        /** The value to minimise at a point, or NaN if it has not been evaluated yet. */
        double known(double[] unit);

        /** Evaluates the points (together, in parallel); afterwards {@link #known} answers for each. */
        void evaluate(List<double[]> units);
    }

    /** Hears how far the search has got, after each batch of evaluations. */
    public interface Listener {
        void batchEvaluated(int evaluations, int generation, double bestLoss);
    }

    /**
     * @param start          where the search starts, on the unit cube
     * @param initialStep    initial standard deviation of the search, in units of the cube
     * @param populationSize candidates per generation; 0 for CMA-ES's default 4 + floor(3 ln n)
     * @param seed           seed of the optimizer's random draws
     * @param budget         candidates the search may evaluate, the start included
     */
    public record Settings(double[] start, double initialStep, int populationSize, long seed, int budget) {
        public Settings {
            start = start.clone();
        }

        public int lambda() {
            return populationSize > 0 ? populationSize : 4 + (int) Math.floor(3 * Math.log(start.length));
        }
    }

    /**
     * One candidate the optimizer asked for: its place in the sequence, its generation (0: the start), and the value
     * of the objective.
     */
    public record Ask(int index, int generation, double[] unit, double value) {}

    /** The candidates of the final pass, in the order the optimizer asked for them. */
    public record Result(List<Ask> asks) {
        /** The first candidate with the lowest value. */
        public Ask best() {
            Ask best = asks.get(0);
            for (Ask a : asks) {
                if (a.value() < best.value()) {
                    best = a;
                }
            }
            return best;
        }
    }

    private final Settings settings;

    public CmaesSearch(Settings settings) {
        this.settings = settings;
    }

    public Result run(Objective objective, Listener listener) {
        while (true) {
            Pass pass = new Pass(objective);
            try {
                optimize(pass);
            } catch (GenerationCollected ignored) {
                // the pass has gathered one generation of new candidates
            }
            if (pass.unknown.isEmpty()) {
                return new Result(List.copyOf(pass.asks));
            }
            objective.evaluate(pass.unknown);
            double best = Double.POSITIVE_INFINITY;
            for (Ask a : pass.asks) {
                best = Math.min(best, objective.known(a.unit()));
            }
            listener.batchEvaluated(pass.asks.size(), pass.pendingGeneration, best);
        }
    }

    private void optimize(Pass pass) {
        int n = settings.start().length;
        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] sigma = new double[n];
        java.util.Arrays.fill(upper, 1);
        java.util.Arrays.fill(sigma, settings.initialStep());
        // stopFitness = the smallest positive double: stop as soon as a candidate reaches a value of 0.
        CMAESOptimizer cmaes = new CMAESOptimizer(
                MAX_ITERATIONS, Double.MIN_VALUE, true, 0, 0, new MersenneTwister(settings.seed()), false, null);
        cmaes.optimize(
                new MaxEval(settings.budget()),
                new ObjectiveFunction(pass),
                GoalType.MINIMIZE,
                new InitialGuess(settings.start()),
                new SimpleBounds(lower, upper),
                new CMAESOptimizer.Sigma(sigma),
                new CMAESOptimizer.PopulationSize(settings.lambda()));
    }

    /** Generation of the i-th candidate: CMA-ES evaluates its start point, then lambda candidates a generation. */
    private int generationOf(int index) {
        return index == 0 ? 0 : 1 + (index - 1) / settings.lambda();
    }

    /** One run of the optimizer from the start, answering from what is known. */
    private final class Pass implements MultivariateFunction {
        private final Objective objective;
        private final List<Ask> asks = new ArrayList<>();
        private final List<double[]> unknown = new ArrayList<>();
        private final Set<ValueKey> unknownKeys = new HashSet<>();
        private int pendingGeneration = -1;

        Pass(Objective objective) {
            this.objective = objective;
        }

        @Override
        public double value(double[] unit) {
            int index = asks.size();
            int generation = generationOf(index);
            double loss = objective.known(unit);
            if (!Double.isNaN(loss)) {
                asks.add(new Ask(index, generation, unit.clone(), loss));
                return loss;
            }
            if (pendingGeneration >= 0 && generation != pendingGeneration) {
                throw new GenerationCollected();
            }
            pendingGeneration = generation;
            if (unknownKeys.add(new ValueKey(unit))) {
                unknown.add(unit.clone());
            }
            asks.add(new Ask(index, generation, unit.clone(), Double.NaN));
            // A placeholder: candidates later in this generation do not depend on it, and the pass ends before
            // anything that does.
            return 0;
        }
    }

    /** Ends a pass once the new candidates of a generation are collected. */
    private static final class GenerationCollected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GenerationCollected() {
            super(null, null, false, false);
        }
    }
}
