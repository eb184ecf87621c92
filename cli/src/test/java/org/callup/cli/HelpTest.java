package org.callup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The help of every command, read as a new user reads it. */
class HelpTest {
    @Test
    void everyCommandHasHelpVersionAndAShortSummary() {
        for (CommandLine c : commands(CallupCommand.configure(new CommandLine(new CallupCommand())))) {
            List<String> args = words(c);
            args.add("--help");
            Cli.Result help = Cli.run(args.toArray(String[]::new));
            assertEquals(0, help.code(), args + ": " + help);
            assertFalse(help.out().contains("=<"), "an option without a named value: " + args + "\n" + help.out());
            args.set(args.size() - 1, "--version");
            Cli.Result version = Cli.run(args.toArray(String[]::new));
            assertTrue(version.out().startsWith("callup "), args + ": " + version);
            String[] description = c.getCommandSpec().usageMessage().description();
            if (c.getParent() != null && !c.getCommandSpec().name().equals("generate-completion")) {
                assertTrue(
                        description[0].length() <= 85,
                        "callup --help lists the first line; keep it short: " + description[0]);
            }
        }
    }

    /**
     * picocli formats a command's description lines with String.format (not its options' descriptions, which show
     * as written); a bare '%' there makes it print a warning to the console and show the raw text.
     */
    @Test
    void everyDescriptionIsAValidFormat() {
        for (CommandLine c : commands(CallupCommand.configure(new CommandLine(new CallupCommand())))) {
            for (String line : c.getCommandSpec().usageMessage().description()) {
                try {
                    // with no arguments, a valid description formats to itself with %% and %n replaced
                    assertEquals(
                            line.replace("%n", System.lineSeparator()).replace("%%", "%"),
                            String.format(line),
                            words(c) + ": only %% and %n may follow a '%'");
                } catch (java.util.IllegalFormatException e) {
                    throw new AssertionError(words(c) + ": escape '%' as '%%' in: " + line, e);
                }
            }
        }
    }

    @Test
    void everyNumericOptionSaysItsRange() {
        for (CommandLine c : commands(CallupCommand.configure(new CommandLine(new CallupCommand())))) {
            for (OptionSpec o : c.getCommandSpec().options()) {
                String type = o.isMultiValue()
                        ? o.auxiliaryTypes()[o.auxiliaryTypes().length - 1].getSimpleName()
                        : o.type().getSimpleName();
                if (List.of("int", "Integer", "long", "Long").contains(type)) {
                    String d = String.join(" ", o.description());
                    assertTrue(
                            d.matches(".*\\(.*(\\d+ to \\d+|\\d+ or more).*"),
                            c.getCommandSpec().qualifiedName() + " " + o.longestName() + ": " + d);
                }
            }
        }
    }

    @Test
    void theDefaultOutputFolderIsRunsUnderTheCurrentDirectory() {
        for (String command : List.of("run", "sweep", "calibrate")) {
            String out = Cli.run(command, "--help").out().replaceAll("\\s+", " ");
            assertTrue(out.contains("Default: runs/") && out.contains("under the current directory"), out);
        }
    }

    private static List<String> words(CommandLine c) {
        List<String> w =
                new ArrayList<>(List.of(c.getCommandSpec().qualifiedName(" ").split(" ")));
        w.remove(0);
        return w;
    }

    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>(List.of(root));
        for (CommandLine sub : root.getSubcommands().values()) {
            all.addAll(commands(sub));
        }
        return all;
    }
}
