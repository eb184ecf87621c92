package org.callup.experiments.calibration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The search's view of the loss: a point of the unit cube is a candidate's parameter values, whose evaluation is
 * looked up in the journal or run (and journalled as soon as it finishes).
 */
final class JournalObjective implements CmaesSearch.Objective {
    private final CalibrationProblem problem;
    private final Journal journal;
    private final Evaluator evaluator;
    private final CalibrationProgress progress;

    JournalObjective(CalibrationProblem problem, Journal journal, Evaluator evaluator, CalibrationProgress progress) {
        this.problem = problem;
        this.journal = journal;
        this.evaluator = evaluator;
        this.progress = progress;
    }

    @Override
    public double known(double[] unit) {
        Evaluation e = journal.get(new ValueKey(problem.valuesAt(unit)));
        return e == null ? Double.NaN : objective(e);
    }

    /** The value the search minimises for an evaluation (see {@link Loss#objective}). */
    double objective(Evaluation e) {
        return e.objective(problem.targets());
    }

    @Override
    public void evaluate(List<double[]> units) {
        evaluateValues(units.stream().map(problem::valuesAt).toList());
    }

    /** The evaluation of a point that has been evaluated. */
    Evaluation at(double[] unit) {
        Evaluation e = journal.get(new ValueKey(problem.valuesAt(unit)));
        if (e == null) {
            throw new IllegalStateException("no evaluation of " + java.util.Arrays.toString(unit));
        }
        return e;
    }

    /** Evaluations of candidates given by their values: from the journal, or run now (in parallel). */
    List<Evaluation> evaluateValues(List<double[]> candidates) {
        List<double[]> missing = new ArrayList<>();
        Set<ValueKey> seen = new HashSet<>();
        for (double[] v : candidates) {
            ValueKey k = new ValueKey(v);
            if (journal.get(k) == null && seen.add(k)) {
                missing.add(v);
            }
        }
        if (!missing.isEmpty()) {
            evaluator.evaluate(missing, e -> {
                journal.append(e);
                progress.evaluated(e);
            });
        }
        return candidates.stream().map(v -> journal.get(new ValueKey(v))).toList();
    }
}
