package org.callup.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --replications}: independent runs of one scenario with seeds derived from its seed. */
final class ReplicationsOption {
    static final int MAX_REPLICATIONS = 1000;

    @Option(
            names = "--replications",
            paramLabel = "N",
            defaultValue = "1",
            converter = NumberOptions.Replications.class,
            description = "Independent replications with derived seeds (1 to " + MAX_REPLICATIONS + "); with 2 or "
                    + "more, every series also gets a mean and a 95%% confidence interval. Default: ${DEFAULT-VALUE}.")
    int replications;

    /** The number of replications, checked. */
    int checked(CommandSpec spec) {
        if (replications < 1 || replications > MAX_REPLICATIONS) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--replications must be between 1 and " + MAX_REPLICATIONS + ", was " + replications);
        }
        return replications;
    }
}
