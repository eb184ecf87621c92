package org.callup.experiments.sweep;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.callup.scenarios.Suggest;
import org.callup.scenarios.yaml.YamlList;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlNode;
import org.callup.scenarios.yaml.YamlScalar;

/**
 * Reads typed values out of sweep-file nodes strictly, as scenario files are read: a whole number where one is
 * expected ({@code replications: 2.0} is refused), plain decimals, {@code true}/{@code false} only, dates as
 * {@code YYYY-MM-DD}. Each wrong value adds one problem naming what was expected, and yields null.
 */
final class NodeValues {
    private final SweepProblems problems;

    NodeValues(SweepProblems problems) {
        this.problems = problems;
    }

    SweepProblems problems() {
        return problems;
    }

    /**
     * Checks the keys of a mapping: an unknown key is a problem with the closest valid one; a missing required key
     * is a problem at the mapping. Returns whether all required keys are there.
     */
    boolean keys(YamlMap m, Set<String> allowed, Set<String> required, String what) {
        for (YamlMap.Entry e : m.entries()) {
            if (!allowed.contains(e.key())) {
                String hint = Suggest.didYouMean(e.key(), allowed);
                problems.at(e.keyLocation(), YamlNode.child(m.path(), e.key()), "unknown key in " + what
                        + (hint.isEmpty() ? " (valid: " + String.join(", ", allowed) + ")" : hint));
            }
        }
        boolean all = true;
        for (String r : required) {
            if (m.get(r) == null) {
                problems.at(m, what + " needs '" + r + "'");
                all = false;
            }
        }
        return all;
    }

    YamlMap mapping(YamlNode n, String expected) {
        if (n instanceof YamlMap m) {
            return m;
        }
        problems.at(n, "expected " + expected + ", found " + n.describe());
        return null;
    }

    YamlList sequence(YamlNode n, String expected) {
        if (n instanceof YamlList s) {
            return s;
        }
        problems.at(n, "expected " + expected + ", found " + n.describe());
        return null;
    }

    String text(YamlNode n, String expected) {
        if (n instanceof YamlScalar s && s.kind() == YamlScalar.Kind.TEXT && !s.text().isBlank()) {
            return s.text();
        }
        problems.at(n, "expected " + expected + ", found " + n.describe());
        return null;
    }

    /** A name usable as a CSV column in R and pandas without quoting. */
    String identifier(YamlNode n) {
        String s = text(n, "a name (a letter, then letters, digits or '_')");
        if (s != null && !s.matches("[A-Za-z][A-Za-z0-9_]*")) {
            problems.at(n, "'" + s + "' is not a valid name: use a letter, then letters, digits or '_' (it becomes "
                    + "a column of the CSV files)");
            return null;
        }
        return s;
    }

    Long whole(YamlNode n, long min, long max) {
        if (n instanceof YamlScalar s && s.kind() == YamlScalar.Kind.INTEGER) {
            try {
                long v = Long.parseLong(s.text());
                if (v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // out of the range of long: reported below
            }
            problems.at(n, "must be between " + min + " and " + max + ", was " + s.text());
            return null;
        }
        String hint = n instanceof YamlScalar s && s.kind() == YamlScalar.Kind.FLOAT
                ? " (write it without a decimal point or exponent)" : "";
        problems.at(n, "expected a whole number, found " + n.describe() + hint);
        return null;
    }

    /** A decimal number, kept exact so that steps and values print as written. */
    BigDecimal decimal(YamlNode n) {
        if (n instanceof YamlScalar s
                && (s.kind() == YamlScalar.Kind.INTEGER || s.kind() == YamlScalar.Kind.FLOAT)) {
            try {
                BigDecimal d = new BigDecimal(s.text());
                if (Math.abs(d.doubleValue()) < 1e15) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // hex, octal or '1_000': reported below
            }
            problems.at(n, "expected a plain decimal number below 1e15, found " + s.text());
            return null;
        }
        problems.at(n, "expected a number, found " + n.describe());
        return null;
    }

    Boolean bool(YamlNode n) {
        if (n instanceof YamlScalar s && s.kind() == YamlScalar.Kind.BOOLEAN
                && (s.text().equals("true") || s.text().equals("false"))) {
            return Boolean.valueOf(s.text());
        }
        problems.at(n, "expected true or false, found " + n.describe());
        return null;
    }

    LocalDate date(YamlNode n) {
        if (n instanceof YamlScalar s && s.kind() == YamlScalar.Kind.TEXT) {
            try {
                return LocalDate.parse(s.text());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.at(n, "expected a date YYYY-MM-DD, found " + n.describe());
        return null;
    }

    /** One of {@code choices}, with the closest one when it is misspelt. */
    String choice(YamlNode n, List<String> choices) {
        String s = text(n, "one of " + String.join(", ", choices));
        if (s != null && !choices.contains(s)) {
            String hint = Suggest.didYouMean(s, choices);
            problems.at(n, "'" + s + "' is not one of " + String.join(", ", choices) + hint);
            return null;
        }
        return s;
    }
}
