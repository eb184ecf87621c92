package org.callup.cli;

/**
 * A command could not finish for a reason the user can act on, though the input was valid (e.g. not enough
 * memory for the population asked for). Reported in one line with exit code 1.
 */
final class CommandFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    CommandFailedException(String message) {
        super(message);
    }

    CommandFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
