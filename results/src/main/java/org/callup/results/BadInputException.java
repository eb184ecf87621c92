package org.callup.results;

/**
 * Input a user gave that cannot be used: a missing or malformed file, a folder that may not be replaced, a value
 * out of range. The message is one line (or a numbered list) meant for the user; the command line turns it into
 * exit code 2 without a stack trace.
 */
public class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
