package org.callup.cli;

/** Entry point of the {@code callup} jar. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(CallupCommand.commandLine().execute(args));
    }
}
