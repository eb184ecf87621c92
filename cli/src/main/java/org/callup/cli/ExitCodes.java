package org.callup.cli;

/** Exit codes of every callup command. */
final class ExitCodes {
    /** Done; for {@code validate}: every applicable target inside its range. */
    static final int OK = 0;
    /** Something failed while running, or {@code validate} found targets outside their range or none applicable. */
    static final int FAILURE = 1;
    /** The input cannot be used: a bad option, scenario, file or folder. Nothing was written. */
    static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
