package org.callup.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --threads}: worker threads of the model. Results do not depend on it. */
final class ThreadsOption {
    static final int MAX_THREADS = 256;

    @Option(
            names = "--threads",
            paramLabel = "N",
            converter = NumberOptions.Threads.class,
            description = "Worker threads (1 to " + MAX_THREADS + "); default: the number of processors. The numbers "
                    + "do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    /** The number of threads, checked. */
    int checked(CommandSpec spec) {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new ParameterException(
                    spec.commandLine(), "--threads must be between 1 and " + MAX_THREADS + ", was " + threads);
        }
        return threads;
    }
}
