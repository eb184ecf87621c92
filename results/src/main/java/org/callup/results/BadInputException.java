package org.callup.results;

import java.util.List;

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

    /** Every problem found in one input: the problem itself if there is one, else a numbered list. */
    public static BadInputException of(List<String> problems) {
        if (problems.size() == 1) {
            return new BadInputException(problems.get(0));
        }
        StringBuilder sb = new StringBuilder(problems.size() + " problems:");
        for (int i = 0; i < problems.size(); i++) {
            sb.append("\n  ").append(i + 1).append(". ").append(problems.get(i));
        }
        return new BadInputException(sb.toString());
    }
}
