package org.callup.scenarios.yaml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.callup.scenarios.Suggest;

/**
 * The one grammar of values for every file the program reads (scenarios, sweep and calibration files, and the
 * numbers of its CSV tables), strict so that a value means one thing only: plain decimal numbers ({@code 0.25},
 * {@code -3}, {@code 1.5e3}; no hex, octal, {@code 1_000}, {@code .5}, {@code 5.}, infinities or NaN), a whole
 * number where one is expected ({@code 37.0} is refused), {@code true}/{@code false} in lower case only (not YAML
 * 1.1's {@code yes}/{@code on}), dates as {@code YYYY-MM-DD}, and named values (enum constants in lower case) with
 * the closest valid name for a typo. Each read of a node reports what was wrong to a {@link ProblemSink}, at the
 * node's line and path, and returns null; the static methods read one field of text the same way.
 */
public final class StrictValues {
    private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final ProblemSink problems;

    public StrictValues(ProblemSink problems) {
        this.problems = problems;
    }

    /** Reports a problem at a node. */
    public void at(YamlNode node, String message) {
        problems.at(node.location(), node.path(), message);
    }

    /** A finite plain decimal number, or null when {@code text} is anything else. */
    public static Double decimal(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            return null;
        }
        double v = Double.parseDouble(text) + 0.0; // + 0.0 turns -0.0 into 0.0
        return Double.isFinite(v) ? v : null;
    }

    /** A whole number written in decimal digits within the range of long, or null. */
    public static Long whole(String text) {
        if (!WHOLE.matcher(text).matches()) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null; // beyond the range of long
        }
    }

    /** A calendar date written YYYY-MM-DD, or null. */
    public static LocalDate date(String text) {
        try {
            return DATE.matcher(text).matches() ? LocalDate.parse(text) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A number.
     *
     * @param range how the message for a value of the wrong kind names the valid range ("between 0 and 1"), or ""
     */
    public Double number(YamlNode node, String range) {
        String text = numeral(node, "a number" + (range.isEmpty() ? "" : " " + range));
        if (text == null) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            return fail(node, "expected a finite decimal number such as 0.25 or 1.5e3, got " + text);
        }
        Double v = decimal(text);
        return v != null ? v : fail(node, "number " + text + " is too large");
    }

    /** A number kept exactly as written, so that it prints as written: {@code 0.1} stays 0.1. */
    public BigDecimal exactNumber(YamlNode node) {
        Double v = number(node, "");
        return v == null ? null : new BigDecimal(((YamlScalar) node).text());
    }

    /** A whole number within {@code [lo, hi]}; {@code range} as for {@link #number}. */
    public Long whole(YamlNode node, long lo, long hi, String range) {
        if (node instanceof YamlScalar s
                && s.kind() == YamlScalar.Kind.FLOAT
                && DECIMAL.matcher(s.text()).matches()) {
            return fail(
                    node,
                    "expected a whole number, got " + s.text() + " (write it without a decimal point or exponent)");
        }
        if (!(node instanceof YamlScalar s) || s.kind() != YamlScalar.Kind.INTEGER) {
            return fail(
                    node,
                    "expected a whole number" + (range.isEmpty() ? "" : " " + range) + ", got " + node.describe()
                            + quoteHint(node));
        }
        if (!WHOLE.matcher(s.text()).matches()) {
            return fail(node, "expected a whole decimal number, got " + s.text());
        }
        Long v = whole(s.text());
        if (v == null || v < lo || v > hi) {
            // The parameter's own range, when it has one, rather than the limits of a Java int.
            return fail(
                    node,
                    "must be " + (range.isEmpty() ? "between " + lo + " and " + hi : range) + ", was " + s.text());
        }
        return v;
    }

    /** A whole number within {@code [lo, hi]}. */
    public Long whole(YamlNode node, long lo, long hi) {
        return whole(node, lo, hi, "");
    }

    public Boolean bool(YamlNode node) {
        if (node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.BOOLEAN) {
            if (s.text().equals("true") || s.text().equals("false")) {
                return s.text().equals("true");
            }
            String t = s.text().toLowerCase(Locale.ROOT);
            return fail(
                    node,
                    "expected true or false, got '" + s.text() + "'"
                            + (t.equals("true") || t.equals("false")
                                    ? " (write it in lower case)"
                                    : " (YAML 1.1 spellings are not accepted)"));
        }
        return fail(node, "expected true or false, got " + node.describe());
    }

    /** Text, possibly empty; a number or boolean where text is expected must be quoted. */
    public String text(YamlNode node) {
        if (node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.TEXT) {
            return s.text();
        }
        return fail(node, "expected text, got " + node.describe() + textHint(node));
    }

    /** Text that is not blank; {@code expected} says what it names ("a scenario name or a .yaml file"). */
    public String text(YamlNode node, String expected) {
        if (node instanceof YamlScalar s
                && s.kind() == YamlScalar.Kind.TEXT
                && !s.text().isBlank()) {
            return s.text();
        }
        return fail(node, "expected " + expected + ", got " + node.describe() + textHint(node));
    }

    public LocalDate date(YamlNode node) {
        if (node instanceof YamlScalar s
                && s.kind() == YamlScalar.Kind.TEXT
                && DATE.matcher(s.text()).matches()) {
            LocalDate d = date(s.text());
            return d != null ? d : fail(node, "'" + s.text() + "' is not a calendar date");
        }
        return fail(node, "expected a date written YYYY-MM-DD (e.g. 2022-09-21), got " + node.describe());
    }

    /** One of {@code choices}, with the closest one when it is misspelt. */
    public String choice(YamlNode node, List<String> choices) {
        String s = text(node, "one of " + String.join(", ", choices));
        if (s != null && !choices.contains(s)) {
            return fail(
                    node, "'" + s + "' is not one of " + String.join(", ", choices) + Suggest.didYouMean(s, choices));
        }
        return s;
    }

    /** An enum constant written as its lower-case name ({@code state_media}, {@code road}). */
    public <E extends Enum<E>> E choice(YamlNode node, Class<E> type) {
        String s = choice(
                node,
                Arrays.stream(type.getEnumConstants())
                        .map(StrictValues::yamlName)
                        .toList());
        for (E c : type.getEnumConstants()) {
            if (yamlName(c).equals(s)) {
                return c;
            }
        }
        return null;
    }

    /** How a file writes an enum constant. */
    public static String yamlName(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** The node as a mapping; {@code expected} describes it ("a mapping such as {type: sobol, points: 64}"). */
    public YamlMap mapping(YamlNode node, String expected) {
        return node instanceof YamlMap m ? m : fail(node, "expected " + expected + ", got " + node.describe());
    }

    /** The node as a list; {@code expected} describes it ("a list of parameter paths"). */
    public YamlList list(YamlNode node, String expected) {
        return node instanceof YamlList l ? l : fail(node, "expected " + expected + ", got " + node.describe());
    }

    /**
     * Reports every key of {@code map} that is not {@code allowed}, with the closest valid one, and every
     * {@code required} key that is missing. Returns whether the required keys are all there.
     *
     * @param what how messages name the mapping ("a sweep file", "an output"), or "" for no name
     */
    public boolean keys(YamlMap map, Collection<String> allowed, Collection<String> required, String what) {
        for (YamlMap.Entry e : map.entries()) {
            if (!allowed.contains(e.key())) {
                String hint = Suggest.didYouMean(e.key(), allowed);
                problems.at(
                        e.keyLocation(),
                        YamlNode.child(map.path(), e.key()),
                        "unknown key"
                                + (what.isEmpty() ? "" : " in " + what)
                                + (hint.isEmpty() ? " (valid keys here: " + String.join(", ", allowed) + ")" : hint));
            }
        }
        boolean all = true;
        for (String r : required) {
            if (!map.has(r)) {
                at(map, (what.isEmpty() ? "the mapping" : what) + " needs '" + r + "'");
                all = false;
            }
        }
        return all;
    }

    /** The text of a scalar written as a number, or null (reported) for any other node. */
    private String numeral(YamlNode node, String expected) {
        if (node instanceof YamlScalar s
                && (s.kind() == YamlScalar.Kind.INTEGER || s.kind() == YamlScalar.Kind.FLOAT)) {
            return s.text();
        }
        return fail(node, "expected " + expected + ", got " + node.describe() + quoteHint(node));
    }

    private static String quoteHint(YamlNode node) {
        if (node instanceof YamlScalar s
                && s.kind() == YamlScalar.Kind.TEXT
                && DECIMAL.matcher(s.text().trim()).matches()) {
            return " (remove the quotes)";
        }
        return "";
    }

    private static String textHint(YamlNode node) {
        return node instanceof YamlScalar s && s.kind() != YamlScalar.Kind.NULL && s.kind() != YamlScalar.Kind.TEXT
                ? " (put it in quotes)"
                : "";
    }

    private <T> T fail(YamlNode node, String message) {
        at(node, message);
        return null;
    }
}
