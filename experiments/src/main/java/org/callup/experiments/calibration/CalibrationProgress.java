package org.callup.experiments.calibration;

/** Hears how far a calibration has got, for a progress line or log lines. */
public interface CalibrationProgress {
    /** Reports nothing. */
    CalibrationProgress NONE = new CalibrationProgress() {};

    /** Before the search: its budget, and how many candidates the journal holds already. */
    default void searchStarted(int budget, int journalled) {}

    /** After each new evaluation (called from a worker thread, one at a time). */
    default void evaluated(Evaluation e) {}

    /** After each generation of the search: candidates asked so far, the generation, the lowest loss so far. */
    default void generationDone(int evaluations, int generation, double bestLoss) {}

    /** A later step begins ("fit", "identifiability") with this many candidates to evaluate at most. */
    default void stepStarted(String step, int candidates) {}

    /** All evaluations are done. */
    default void finished() {}
}
