package org.callup.experiments.calibration.abc;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.callup.experiments.calibration.Evaluation;
import org.callup.experiments.calibration.Journal;
import org.callup.results.BadInputException;

/**
 * Where the candidates of an ABC calibration run: on this machine's cores, or as a Slurm job array per batch of
 * proposals ({@link ArrayBatches}). Either way every evaluation goes into the calibration's journal, keyed by the
 * candidate's values, so which one ran a candidate never changes the posterior.
 */
public interface CandidateRuns {
    /**
     * Evaluates candidates the journal does not hold yet and appends each to it.
     *
     * @param batch      the number of the batch of proposals among all the sampler asked for, from 1 (the same in
     *                   a resumed calibration as in an uninterrupted one)
     * @param candidates parameter values, none of them in the journal, no two alike
     * @param done       hears of each evaluation once it is journalled
     */
    void evaluate(int batch, List<double[]> candidates, Journal journal, Consumer<Evaluation> done)
            throws IOException, BadInputException;
}
