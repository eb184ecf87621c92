package org.callup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every numeric option of every command says what it expects in words, with its range, and never Java's types. */
class NumberOptionsTest {
    private static final Pattern JAVA_TYPES =
            Pattern.compile("\\b(long|int|double|float|Integer|Long|Double|Float)\\b");

    @Test
    void aFractionalSeedIsRefusedWithItsRange() {
        Cli.Result r = Cli.run("run", "smoke", "--seed", "1.5");
        assertEquals(2, r.code(), r.toString());
        assertTrue(
                r.err()
                        .startsWith("callup run: --seed: expected a whole number between 0 and 9223372036854775807, "
                                + "got '1.5'"),
                r.toString());
    }

    @Test
    void aValueOutOfRangeIsRefusedBeforeAnythingRuns() {
        Cli.Result r = Cli.run("calibrate", "--budget", "0");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("--budget: expected a whole number between 1 and 1000000, got '0'"), r.toString());
        Cli.Result scale = Cli.run("calibrate", "--scale", "0");
        assertTrue(
                scale.err().contains("--scale: expected a whole number between 1 and 100000, got '0'"),
                scale.toString());
        Cli.Result seed = Cli.run("gui", "--seed", "-1");
        assertTrue(seed.err().contains("--seed: expected a whole number between 0 and"), seed.toString());
        Cli.Result start = Cli.run("calibrate", "--start", "decisions.ascFlee=abc");
        assertTrue(
                start.err().contains("--start: expected a number such as 0.5, -3 or 1e-4, got 'abc'"),
                start.toString());
        assertTrue(
                Cli.run("calibrate", "--start", "decisions.ascFlee=NaN").err().contains("got 'NaN'"));
    }

    @Test
    void everyNumericOptionOfEveryCommandSpeaksInWords() {
        List<String> checked = new ArrayList<>();
        for (CommandLine c : commands(CallupCommand.configure(new CommandLine(new CallupCommand())))) {
            for (OptionSpec o : c.getCommandSpec().options()) {
                Class<?> type = o.isMultiValue() ? o.auxiliaryTypes()[o.auxiliaryTypes().length - 1] : o.type();
                if (!isNumber(type)) {
                    continue;
                }
                boolean decimal = type == Double.class || type == double.class;
                for (String bad :
                        decimal ? List.of("x", "1.5.2", "NaN") : List.of("1.5", "x", "99999999999999999999")) {
                    String value = Map.class.isAssignableFrom(o.type()) ? "key=" + bad : bad;
                    List<String> args = new ArrayList<>(
                            List.of(c.getCommandSpec().qualifiedName(" ").split(" ")));
                    args.remove(0);
                    args.add(o.longestName() + "=" + value);
                    Cli.Result r = Cli.run(args.toArray(String[]::new));
                    String what = args + ": " + r;
                    assertEquals(2, r.code(), what);
                    assertTrue(
                            r.err()
                                    .contains(o.longestName()
                                            + (decimal
                                                    ? ": expected a number such as"
                                                    : ": expected a whole number between ")),
                            what);
                    assertFalse(JAVA_TYPES.matcher(r.err()).find(), what);
                }
                checked.add(c.getCommandSpec().qualifiedName() + " " + o.longestName());
            }
        }
        assertTrue(
                checked.contains("callup run --seed")
                        && checked.contains("callup calibrate --start")
                        && checked.contains("callup bench --scales"),
                checked.toString());
    }

    private static boolean isNumber(Class<?> t) {
        return t == int.class
                || t == Integer.class
                || t == long.class
                || t == Long.class
                || t == double.class
                || t == Double.class;
    }

    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>(List.of(root));
        for (CommandLine sub : root.getSubcommands().values()) {
            all.addAll(commands(sub));
        }
        return all;
    }
}
