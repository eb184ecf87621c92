package org.callup.experiments.sweep;

/**
 * Shards cannot be merged yet because some have not finished all their runs; the message says which and how to
 * resume them. Not bad input: the shards are right, only unfinished (exit code 1).
 */
public final class IncompleteSweepException extends Exception {
    private static final long serialVersionUID = 1L;

    IncompleteSweepException(String message) {
        super(message);
    }
}
