package org.callup.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How to execute runs: threads and replications. Results do not depend on the number of threads. */
final class ExecutionOptions {
    static final int MAX_REPLICATIONS = 1000;
    static final int MAX_THREADS = 256;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (1 to " + MAX_THREADS + "); default: the number of processors.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--replications", paramLabel = "N", defaultValue = "1",
            description = "Independent replications with derived seeds (1 to " + MAX_REPLICATIONS + "); with 2 or "
                    + "more, every series also gets a mean and a 95%% confidence interval. Default: ${DEFAULT-VALUE}.")
    int replications;

    /** Checks the ranges; called before any work is done. */
    void check(CommandSpec spec) {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new ParameterException(spec.commandLine(),
                    "--threads must be between 1 and " + MAX_THREADS + ", was " + threads);
        }
        if (replications < 1 || replications > MAX_REPLICATIONS) {
            throw new ParameterException(spec.commandLine(),
                    "--replications must be between 1 and " + MAX_REPLICATIONS + ", was " + replications);
        }
    }
}
