package org.callup.results;

import java.time.LocalDate;

/** Hears how far a run has got, for a progress bar or log lines. Called on the simulation thread. */
public interface RunProgress {
    /** Reports nothing. */
    RunProgress NONE = new RunProgress() {};

    /** Before the first day: the number of days to simulate, over all replications. */
    default void started(long totalDays) {}

    /** After each simulated day of a replication (numbered from 1). */
    default void dayDone(int replication, LocalDate date) {}

    /** After the last day of the last replication. */
    default void finished() {}
}
