package org.callup.scenarios;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.callup.model.params.Param;
import org.callup.scenarios.yaml.YamlNode;
import org.callup.scenarios.yaml.YamlScalar;

/**
 * Reads typed values from scalar nodes, strictly: a whole number where one is expected (no {@code 37.0}), plain
 * decimal numbers only (no hex, octal or {@code 1_000}), {@code true}/{@code false} only (not YAML 1.1's
 * {@code yes}/{@code on}), dates as {@code YYYY-MM-DD}, and enum values in lower case. Each method reports a problem
 * and returns null when the node does not hold what was expected.
 */
final class Values {
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    private final Problems problems;

    Values(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    Double number(YamlNode node, Param param) {
        if (!(node instanceof YamlScalar s) || !(s.kind() == YamlScalar.Kind.INTEGER || s.kind() == YamlScalar.Kind.FLOAT)) {
            return fail(node, "expected a number" + rangeHint(param) + ", got " + node.describe() + quoteHint(node));
        }
        if (!DECIMAL.matcher(s.text()).matches()) {
            return fail(node, "expected a finite decimal number such as 0.25 or 1.5e3, got " + s.text());
        }
        double v = Double.parseDouble(s.text()) + 0.0; // + 0.0 turns -0.0 into 0.0
        if (!Double.isFinite(v)) {
            return fail(node, "number " + s.text() + " is too large");
        }
        return inRange(node, v, param) ? v : null;
    }

    /** A whole number within {@code [lo, hi]} (the narrower of the Java type's range and the @Param range). */
    Long whole(YamlNode node, Param param, long lo, long hi) {
        if (node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.FLOAT && DECIMAL.matcher(s.text()).matches()) {
            return fail(node, "expected a whole number, got " + s.text() + " (write it without a decimal point or exponent)");
        }
        if (!(node instanceof YamlScalar s) || s.kind() != YamlScalar.Kind.INTEGER) {
            return fail(node, "expected a whole number" + rangeHint(param) + ", got " + node.describe() + quoteHint(node));
        }
        if (!INTEGER.matcher(s.text()).matches()) {
            return fail(node, "expected a whole decimal number, got " + s.text());
        }
        BigDecimal v = new BigDecimal(s.text().startsWith("+") ? s.text().substring(1) : s.text());
        if (v.compareTo(BigDecimal.valueOf(lo)) < 0 || v.compareTo(BigDecimal.valueOf(hi)) > 0) {
            return fail(node, "must be between " + lo + " and " + hi + ", was " + s.text());
        }
        long l = v.longValueExact();
        return inRange(node, l, param) ? l : null;
    }

    Boolean bool(YamlNode node) {
        if (node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.BOOLEAN) {
            String t = s.text().toLowerCase(Locale.ROOT);
            if (t.equals("true") || t.equals("false")) {
                return t.equals("true");
            }
            return fail(node, "expected true or false, got '" + s.text() + "' (YAML 1.1 spellings are not accepted)");
        }
        return fail(node, "expected true or false, got " + node.describe());
    }

    String text(YamlNode node) {
        if (node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.TEXT) {
            return s.text();
        }
        String hint = node instanceof YamlScalar s && s.kind() != YamlScalar.Kind.NULL ? " (put it in quotes)" : "";
        return fail(node, "expected text, got " + node.describe() + hint);
    }

    LocalDate date(YamlNode node) {
        if (node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.TEXT) {
            try {
                if (s.text().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                    return LocalDate.parse(s.text());
                }
            } catch (DateTimeParseException e) {
                return fail(node, "'" + s.text() + "' is not a calendar date");
            }
        }
        return fail(node, "expected a date written YYYY-MM-DD (e.g. 2022-09-21), got " + node.describe());
    }

    /** An enum constant written as its lower-case name ({@code state_media}, {@code road}). */
    <E extends Enum<E>> E enumValue(YamlNode node, Class<E> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Values::yamlName).toList();
        if (node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.TEXT) {
            for (E c : type.getEnumConstants()) {
                if (yamlName(c).equals(s.text())) {
                    return c;
                }
            }
            return fail(node, "unknown value '" + s.text() + "'" + Suggest.didYouMean(s.text(), names)
                    + " (expected one of " + String.join(", ", names) + ")");
        }
        return fail(node, "expected one of " + String.join(", ", names) + ", got " + node.describe());
    }

    static String yamlName(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private boolean inRange(YamlNode node, double v, Param param) {
        if (param != null && (v < param.min() || v > param.max())) {
            problems.at(node, "must be " + range(param) + ", was " + format(v) + about(param));
            return false;
        }
        return true;
    }

    private static String about(Param p) {
        return p.doc().isEmpty() ? "" : " (" + p.doc() + ")";
    }

    private static String rangeHint(Param p) {
        return p == null || (Double.isInfinite(p.min()) && Double.isInfinite(p.max())) ? "" : " " + range(p);
    }

    static String range(Param p) {
        if (Double.isInfinite(p.max())) {
            return "at least " + format(p.min());
        }
        if (Double.isInfinite(p.min())) {
            return "at most " + format(p.max());
        }
        return "between " + format(p.min()) + " and " + format(p.max());
    }

    private static String quoteHint(YamlNode node) {
        if (node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.TEXT && DECIMAL.matcher(s.text().trim()).matches()) {
            return " (remove the quotes)";
        }
        return "";
    }

    /** A number as a user would write it: {@code 1000000}, {@code 0.05}. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private <T> T fail(YamlNode node, String message) {
        problems.at(node, message);
        return null;
    }
}
