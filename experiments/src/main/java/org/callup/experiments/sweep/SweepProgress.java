package org.callup.experiments.sweep;

/** Hears how far a sweep has got, for a progress bar or log lines. {@link #runDone} comes from worker threads. */
public interface SweepProgress {
    /** Reports nothing. */
    SweepProgress NONE = new SweepProgress() {};

    /**
     * Before the first run: the runs of this folder (its shard), how many an earlier invocation already did, and
     * how many of those failed.
     */
    default void started(int runs, int alreadyDone, int alreadyFailed) {}

    /** After each run, finished or failed; may be called from several threads at once. */
    default void runDone(int run, boolean failed) {}

    /** After the last run, before the final files are written. */
    default void finished() {}
}
