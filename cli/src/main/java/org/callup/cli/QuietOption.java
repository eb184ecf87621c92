package org.callup.cli;

import picocli.CommandLine.Option;

/** {@code --quiet}: print nothing but errors. */
final class QuietOption {
    @Option(
            names = {"-q", "--quiet"},
            description = "Print nothing but errors.")
    boolean quiet;
}
