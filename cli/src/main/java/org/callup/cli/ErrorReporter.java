package org.callup.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Arrays;
import java.util.List;
import org.callup.results.BadInputException;
import org.callup.scenarios.ScenarioException;
import org.callup.scenarios.Suggest;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every error into a short message on standard error and an exit code: 2 for input the user can fix (bad
 * options, scenarios, files, folders), 1 for anything else. Stack traces only with {@code --debug}.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private static final String DEBUG = "--debug";

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        String name = cl.getCommandSpec().qualifiedName();
        err.println(TerminalText.line(name + ": " + message(ex) + suggestion(ex) + " (see '" + name + " --help')"));
        if (Arrays.asList(args).contains(DEBUG)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    /**
     * What was wrong. A value the option's converter refused reads "--seed: expected a whole number between 0 and
     * ..., got '1.5'": the option's name and the converter's words, without picocli's "Invalid value for option".
     */
    private static String message(ParameterException ex) {
        ArgSpec arg = ex.getArgSpec();
        if (ex.getCause() instanceof TypeConversionException t && arg != null) {
            String what = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
            return what + ": " + t.getMessage();
        }
        return ex.getMessage();
    }

    private static String suggestion(ParameterException ex) {
        if (!(ex instanceof UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
            return "";
        }
        String arg = u.getUnmatched().get(0);
        List<String> s = arg.startsWith("-")
                ? u.getSuggestions()
                : nullableList(
                        Suggest.closest(arg, u.getCommandLine().getSubcommands().keySet()));
        return s.isEmpty() ? "" : "; did you mean " + String.join(" or ", s.subList(0, Math.min(3, s.size()))) + "?";
    }

    private static List<String> nullableList(String s) {
        return s == null ? List.of() : List.of(s);
    }

    @Override
    public int handleExecutionException(Exception thrown, CommandLine cl, ParseResult parsed) {
        // Streams and lambdas wrap I/O failures (a full disk while writing daily.csv); report the failure itself.
        Exception ex = thrown instanceof UncheckedIOException u ? u.getCause() : thrown;
        PrintWriter err = cl.getErr();
        String name = cl.getCommandSpec().qualifiedName();
        int code;
        if (ex instanceof ScenarioException se) {
            err.println(
                    se.problems().size() == 1
                            ? TerminalText.line(name + ": " + se.problems().get(0))
                            : TerminalText.lines(name + ": " + se.format()));
            code = ExitCodes.BAD_INPUT;
        } else if (ex instanceof BadInputException || ex instanceof ParameterException) {
            err.println(TerminalText.lines(name + ": " + ex.getMessage()));
            code = ExitCodes.BAD_INPUT;
        } else if (ex instanceof CommandFailedException) {
            err.println(TerminalText.lines(name + ": " + ex.getMessage()));
            code = ExitCodes.FAILURE;
        } else if (ex instanceof IOException io) {
            err.println(TerminalText.line(name + ": " + describe(io)));
            code = ExitCodes.FAILURE;
        } else {
            err.println(TerminalText.line(name + ": internal error: " + ex)
                    + (debug(parsed) ? "" : " (run with --debug for details)"));
            code = ExitCodes.FAILURE;
        }
        if (debug(parsed)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** I/O failures name the file, which Java's exceptions put in odd places. */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return (diskFull(f.getReason()) ? "could not write " : "") + f.getFile() + ": " + f.getReason();
        }
        String m = e.getMessage() == null ? "input or output error" : e.getMessage();
        if (diskFull(m)) {
            return "could not write the output: " + m + " (free some space, or write elsewhere with --out)";
        }
        return "I/O error: " + m;
    }

    private static boolean diskFull(String reason) {
        return reason.contains("No space left on device") || reason.contains("Disk quota exceeded");
    }

    private static boolean debug(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(DEBUG)) {
                return true;
            }
        }
        return false;
    }
}
