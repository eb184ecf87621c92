package org.callup.experiments.calibration.abc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Sequential Monte Carlo approximate Bayesian computation (ABC-SMC; Beaumont, Cornuet, Marin and Robert 2009, with
 * the adaptive tolerance of Del Moral, Doucet and Jasra 2012 as pyABC does it) on the unit cube of the free
 * parameters, where the prior is uniform.
 *
 * <p>Generation 0 draws particles from the prior and keeps every one the model could run. Generation t then sets
 * its tolerance to the {@code quantile} (alpha) weighted quantile of generation t-1's distances, proposes by
 * picking a particle of t-1 by its weight and moving it with the {@link PerturbationKernel} (a proposal outside the
 * cube is dropped and a particle picked afresh, so the proposal density is the kernel mixture truncated to the
 * cube, up to one constant), and accepts a proposal whose distance is within the tolerance, until it has as many
 * particles as before. A particle's weight is prior / sum_j w_j K(theta | theta_j), normalised; the prior is
 * constant on the cube.
 *
 * <p><b>Determinism.</b> The proposals of a generation come from one random stream seeded by the sampler's seed and
 * the generation, one after another, and are accepted in that order: the accepted particles are the first ones of
 * that sequence within the tolerance. Proposals are evaluated in batches (in parallel, by {@link Distances}), but
 * the batch size decides only how many are evaluated ahead, never which are accepted, so the posterior does not
 * depend on threads or batches, and a run replayed from a journal of distances retraces itself exactly.
 *
 * <p><b>Stopping.</b> After a complete generation: its tolerance at or below the minimum, its acceptance rate below
 * the minimum, the generation limit, the tolerance no longer falling, the evaluation budget used, or the budget left
 * too small for another generation at the acceptance rate expected of it ({@link #nextRate}). A generation
 * that cannot finish (it would need more proposals than the budget left, or than particles / minimum rate) is
 * abandoned, and the last complete generation is the posterior.
 */
public final class AbcSmc {
    /** Proposals outside the cube tried in a row before one is clamped into it. */
    private static final int MAX_OUTSIDE = 100_000;

    /** Distances of candidates given on the unit cube; +Infinity for one the model cannot run. */
    public interface Distances {
        double[] of(List<double[]> units);
    }

    /** Hears of each complete generation. */
    public interface Listener {
        default void generationStarted(int generation, double tolerance) {}

        default void proposalsExamined(int generation, int examined, int accepted) {}

        default void generationDone(Generation g, int evaluations) {}
    }

    /** A particle: its place on the unit cube, its distance and its normalised weight. */
    public record Particle(double[] unit, double distance, double weight) {
        public Particle {
            unit = unit.clone();
        }
    }

    /**
     * A complete generation.
     *
     * @param tolerance the tolerance its particles met (+Infinity for the prior sample)
     * @param proposals proposals it examined (model evaluations it used, repeats included)
     */
    public record Generation(int index, double tolerance, List<Particle> particles, int proposals) {
        public Generation {
            particles = List.copyOf(particles);
        }

        public double acceptanceRate() {
            return (double) particles.size() / proposals;
        }

        /** Effective sample size of the weights, 1 / sum w^2. */
        public double ess() {
            double s = 0;
            for (Particle p : particles) {
                s += p.weight() * p.weight();
            }
            return 1 / s;
        }

        public double[] weights() {
            return particles.stream().mapToDouble(Particle::weight).toArray();
        }

        public List<double[]> units() {
            return particles.stream().map(Particle::unit).toList();
        }
    }

    /** The complete generations (the last is the posterior), why the sampler stopped, and evaluations used. */
    public record Result(List<Generation> generations, String stopReason, int evaluations) {
        public Result {
            generations = List.copyOf(generations);
        }

        public Generation posterior() {
            return generations.get(generations.size() - 1);
        }
    }

    private final AbcSettings settings;
    private final int dim;

    /** @param dim the number of free parameters */
    public AbcSmc(AbcSettings settings, int dim) {
        if (dim < 1) {
            throw new IllegalArgumentException("at least one free parameter is required");
        }
        this.settings = settings;
        this.dim = dim;
    }

    public Result run(Distances distances, Listener listener) {
        List<Generation> done = new ArrayList<>();
        int used = 0;
        double tolerance = Double.POSITIVE_INFINITY;
        double expectedRate = 1;
        for (int t = 0; ; t++) {
            listener.generationStarted(t, tolerance);
            Proposer proposer = t == 0 ? new PriorProposer(rng(t)) : new KernelProposer(done.get(t - 1), rng(t));
            Attempt a = generation(
                    t, tolerance, proposer, distances, settings.maxEvaluations() - used, expectedRate, listener);
            if (a.generation == null) {
                if (done.isEmpty()) {
                    throw new IllegalStateException("the prior sample could not be completed: " + a.why);
                }
                return new Result(done, a.why, used + a.examined);
            }
            Generation g = a.generation;
            done.add(g);
            used += g.proposals();
            listener.generationDone(g, used);
            expectedRate = g.acceptanceRate();
            double next = weightedQuantile(g, settings.quantile());
            String stop = null;
            if (g.tolerance() <= settings.minTolerance()) {
                stop = "the tolerance reached the minimum (" + settings.minTolerance() + ")";
            } else if (t > 0 && g.acceptanceRate() < settings.minAcceptanceRate()) {
                stop = "the acceptance rate fell below the minimum (" + settings.minAcceptanceRate() + ")";
            } else if (t + 1 >= settings.maxGenerations()) {
                stop = "the generation limit (" + settings.maxGenerations() + ")";
            } else if (!(next < g.tolerance())) {
                stop = "the tolerance no longer falls (the quantile of the distances is the tolerance itself)";
            } else if (used >= settings.maxEvaluations()) {
                stop = "the evaluation budget (" + settings.maxEvaluations() + ")";
            } else if (t > 0 && used + Math.ceil(settings.particles() / nextRate(done)) > settings.maxEvaluations()) {
                // A budget that the next generation would not see through would be spent on a generation that is
                // then abandoned: stop now, with the same posterior, sooner.
                stop = "the evaluation budget (" + settings.maxEvaluations() + ") would not finish another "
                        + "generation at the acceptance rate expected for it";
            }
            if (stop != null) {
                return new Result(done, stop, used);
            }
            tolerance = Math.max(next, settings.minTolerance());
        }
    }

    /**
     * The acceptance rate expected of the next generation: the last one's, times the ratio of the last two (the
     * rate falls by about the same factor from one generation to the next under a quantile schedule), at most the
     * last one's.
     */
    static double nextRate(List<Generation> done) {
        double last = done.get(done.size() - 1).acceptanceRate();
        double before = done.size() > 1 ? done.get(done.size() - 2).acceptanceRate() : 1;
        return last * Math.min(1, last / before);
    }

    private RandomGenerator rng(int generation) {
        long s = settings.seed();
        return new MersenneTwister(new int[] {(int) (s >>> 32), (int) s, generation, 0x0abc5c});
    }

    private record Attempt(Generation generation, int examined, String why) {}

    private Attempt generation(
            int t,
            double tolerance,
            Proposer proposer,
            Distances distances,
            int budgetLeft,
            double expectedRate,
            Listener listener) {
        int n = settings.particles();
        long cap = Math.min((long) Math.ceil(n / settings.minAcceptanceRate()), budgetLeft);
        List<double[]> proposals = new ArrayList<>();
        double[] dist = new double[0];
        List<double[]> accepted = new ArrayList<>();
        List<Double> acceptedDistances = new ArrayList<>();
        int cursor = 0;
        while (accepted.size() < n) {
            if (cursor >= cap) {
                String why = cap == budgetLeft
                        ? "the evaluation budget (" + settings.maxEvaluations() + ") ran out in generation " + t
                        : "generation " + t + " accepted too few proposals: " + accepted.size() + " of " + cursor
                                + ", below the minimum acceptance rate (" + settings.minAcceptanceRate() + ")";
                return new Attempt(null, cursor, why);
            }
            if (cursor == proposals.size()) {
                int need = n - accepted.size();
                long batch = (long) Math.ceil(need / Math.max(expectedRate, 0.02));
                batch = Math.max(1, Math.min(batch, cap - cursor));
                List<double[]> fresh = new ArrayList<>();
                for (int k = 0; k < batch; k++) {
                    fresh.add(proposer.next());
                }
                double[] d = distances.of(fresh);
                proposals.addAll(fresh);
                double[] all = Arrays.copyOf(dist, dist.length + d.length);
                System.arraycopy(d, 0, all, dist.length, d.length);
                dist = all;
            }
            double d = dist[cursor];
            if (d <= tolerance && Double.isFinite(d)) {
                accepted.add(proposals.get(cursor));
                acceptedDistances.add(d);
            }
            cursor++;
            if (cursor == proposals.size() || accepted.size() == n) {
                listener.proposalsExamined(t, cursor, accepted.size());
            }
        }
        double[] w = proposer.weights(accepted);
        List<Particle> particles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            particles.add(new Particle(accepted.get(i), acceptedDistances.get(i), w[i]));
        }
        return new Attempt(new Generation(t, tolerance, particles, cursor), cursor, null);
    }

    /** The weighted alpha-quantile of a generation's distances. */
    static double weightedQuantile(Generation g, double alpha) {
        List<Particle> sorted = new ArrayList<>(g.particles());
        sorted.sort((a, b) -> Double.compare(a.distance(), b.distance()));
        double total = sorted.stream().mapToDouble(Particle::weight).sum();
        double cum = 0;
        for (Particle p : sorted) {
            cum += p.weight();
            if (cum >= alpha * total) {
                return p.distance();
            }
        }
        return sorted.get(sorted.size() - 1).distance();
    }

    private interface Proposer {
        double[] next();

        /** Normalised importance weights of the accepted proposals. */
        double[] weights(List<double[]> accepted);
    }

    private final class PriorProposer implements Proposer {
        private final RandomGenerator rng;

        PriorProposer(RandomGenerator rng) {
            this.rng = rng;
        }

        @Override
        public double[] next() {
            double[] u = new double[dim];
            for (int a = 0; a < dim; a++) {
                u[a] = rng.nextDouble();
            }
            return u;
        }

        @Override
        public double[] weights(List<double[]> accepted) {
            double[] w = new double[accepted.size()];
            Arrays.fill(w, 1.0 / w.length);
            return w;
        }
    }

    private final class KernelProposer implements Proposer {
        private final RandomGenerator rng;
        private final List<double[]> centres;
        private final double[] weights;
        private final double[] cumulative;
        private final PerturbationKernel kernel;

        KernelProposer(Generation previous, RandomGenerator rng) {
            this.rng = rng;
            this.centres = previous.units();
            this.weights = previous.weights();
            this.cumulative = new double[weights.length];
            double c = 0;
            for (int i = 0; i < weights.length; i++) {
                c += weights[i];
                cumulative[i] = c;
            }
            this.kernel = PerturbationKernel.of(centres, weights);
        }

        @Override
        public double[] next() {
            for (int tries = 0; ; tries++) {
                double[] x = kernel.sample(centres.get(pick()), rng);
                boolean inside = true;
                for (double v : x) {
                    inside &= v >= 0 && v <= 1;
                }
                if (inside) {
                    return x;
                }
                if (tries >= MAX_OUTSIDE) {
                    for (int a = 0; a < dim; a++) {
                        x[a] = Math.min(1, Math.max(0, x[a]));
                    }
                    return x;
                }
            }
        }

        private int pick() {
            double r = rng.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, r);
            i = i >= 0 ? i : -i - 1;
            return Math.min(i, cumulative.length - 1);
        }

        @Override
        public double[] weights(List<double[]> accepted) {
            // In logarithms: far from every centre the mixture's density underflows, and such a particle should
            // weigh much, not nothing.
            double[] logW = new double[accepted.size()];
            double[] terms = new double[centres.size()];
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < logW.length; i++) {
                double top = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < terms.length; j++) {
                    terms[j] = weights[j] > 0
                            ? Math.log(weights[j]) + kernel.logDensity(accepted.get(i), centres.get(j))
                            : Double.NEGATIVE_INFINITY;
                    top = Math.max(top, terms[j]);
                }
                double s = 0;
                for (double v : terms) {
                    s += Math.exp(v - top);
                }
                logW[i] = -(top + Math.log(s));
                max = Math.max(max, logW[i]);
            }
            double[] w = new double[logW.length];
            double sum = 0;
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.exp(logW[i] - max);
                sum += w[i];
            }
            for (int i = 0; i < w.length; i++) {
                w[i] /= sum;
            }
            return w;
        }
    }
}
