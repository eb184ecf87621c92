package org.callup.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code callup} command: runs scenarios of mobilization dynamics and handles their results. Each verb is its
 * own class; add a new one to {@code subcommands} below.
 */
@Command(
        name = "callup",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Agent-based simulator of military mobilization dynamics, after Russia's 2022 partial mobilization.",
            "An exploratory tool for aggregate dynamics and policy trade-offs: not a forecast and not a way to find "
                    + "anyone. Synthetic populations only; no personal data."
        },
        subcommands = {
            RunCommand.class,
            CompareCommand.class,
            ValidateCommand.class,
            CalibrateCommand.class,
            SweepCommand.class,
            ScenariosCommand.class,
            GuiCommand.class,
            ChartCommand.class,
            ReportCommand.class,
            BenchCommand.class,
            AutoComplete.GenerateCompletion.class,
        },
        footer = {
            "",
            "'callup COMMAND --help' shows a command's options and defaults.",
            "Exit codes: 0 success, 1 failure (or targets missed), 2 bad input.",
            "Shell completion: source <(callup generate-completion)"
        })
public final class CallupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show the stack trace of an error.")
    boolean debug;

    /** Without a verb: show what the verbs are. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** The command line with callup's error handling: one-line messages and exit codes 0, 1 and 2. */
    public static CommandLine commandLine() {
        return configure(new CommandLine(new CallupCommand()));
    }

    /** Installs callup's error handling on a command line built elsewhere (e.g. in a test). */
    public static CommandLine configure(CommandLine cl) {
        ErrorReporter errors = new ErrorReporter();
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        giveVersion(cl);
        // Numbers are said in words with their range, never by Java's type names ("is not a long").
        cl.registerConverter(Integer.class, new NumberOptions.AnyInt());
        cl.registerConverter(Integer.TYPE, new NumberOptions.AnyInt());
        cl.registerConverter(Long.class, new NumberOptions.AnyLong());
        cl.registerConverter(Long.TYPE, new NumberOptions.AnyLong());
        cl.registerConverter(Double.class, new NumberOptions.AnyNumber());
        cl.registerConverter(Double.TYPE, new NumberOptions.AnyNumber());
        return cl;
    }

    /** Every command's -V prints the version: picocli takes the provider of the command itself, not of its parent. */
    private static void giveVersion(CommandLine cl) {
        if (cl.getCommandSpec().versionProvider() == null) {
            cl.getCommandSpec().versionProvider(new VersionProvider());
        }
        cl.getSubcommands().values().forEach(CallupCommand::giveVersion);
    }
}
