package org.callup.experiments.calibration;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.callup.scenarios.yaml.Location;
import org.callup.scenarios.yaml.Origin;
import org.callup.scenarios.yaml.SafeYamlReader;
import org.callup.scenarios.yaml.UnreadableYamlException;
import org.callup.scenarios.yaml.YamlLimits;
import org.callup.scenarios.yaml.YamlList;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlNode;
import org.callup.scenarios.yaml.YamlScalar;
import org.callup.scenarios.yaml.YamlWording;

/**
 * Reads a calibration file with the project's safe YAML reader (no tags, anchors or aliases; nothing is ever
 * constructed from the file) and turns its values into numbers, text and dates strictly: plain decimal numbers
 * only, whole numbers without a decimal point. Each mistake is added to a list as
 * {@code file:line:column: path: message}, so that a file's problems are reported together.
 */
final class StrictYaml {
    /** Far more than a calibration file needs. */
    static final YamlLimits LIMITS = new YamlLimits(16, 20_000, 1 << 20, 10);
    private static final SafeYamlReader READER = new SafeYamlReader(LIMITS, new YamlWording("a calibration file",
            "the file is empty; a calibration names a scenario and its free parameters",
            "a mapping of calibration keys (scenario, parameters, budget, ...)", "write the values out"));
    private static final String NUMBER = "-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?";
    private static final String WHOLE = "-?[0-9]+";

    private final Origin origin;
    private final List<String> problems;

    StrictYaml(Origin origin, List<String> problems) {
        this.origin = origin;
        this.problems = problems;
    }

    /** The top-level mapping, or null (with a problem) if the text is not one readable mapping. */
    YamlMap read(String text) {
        try {
            return READER.read(text, origin, (location, path, message) -> problem(location, path, message));
        } catch (UnreadableYamlException e) {
            problem(e.location(), "", e.getMessage());
            return null;
        }
    }

    void problem(Location at, String path, String message) {
        String where = at.line() > 0 ? origin.label() + ":" + at.line() + ":" + at.column() : origin.label();
        problems.add(where + ": " + (path.isEmpty() ? "" : path + ": ") + message);
    }

    void problem(YamlNode n, String path, String message) {
        problem(n.location(), path, message);
    }

    /** The entries of a mapping; null with a problem if the node is not a mapping. */
    List<YamlMap.Entry> mapping(YamlNode n, String path) {
        if (!(n instanceof YamlMap m)) {
            problem(n, path, "expected a mapping, found " + n.describe());
            return null;
        }
        return m.entries();
    }

    String text(YamlNode n, String path) {
        if (!(n instanceof YamlScalar s) || s.kind() == YamlScalar.Kind.NULL || s.text().isBlank()) {
            problem(n, path, "expected text, found " + n.describe());
            return null;
        }
        return s.text();
    }

    /** A number; NaN with a problem if the node is not a plain decimal number. */
    double number(YamlNode n, String path) {
        String s = numeral(n, path, "a number");
        if (s == null) {
            return Double.NaN;
        }
        if (!s.matches(NUMBER)) {
            problem(n, path, "expected a number, got '" + s + "'");
            return Double.NaN;
        }
        return Double.parseDouble(s);
    }

    /** A whole number; null with a problem if the node is not one. */
    Long whole(YamlNode n, String path) {
        String s = numeral(n, path, "a whole number");
        if (s == null) {
            return null;
        }
        if (!s.matches(WHOLE) || s.length() > 18) {
            problem(n, path, "expected a whole number, got '" + s + "'"
                    + (s.matches(NUMBER) ? " (write it without a decimal point or exponent)" : ""));
            return null;
        }
        return Long.parseLong(s);
    }

    LocalDate date(YamlNode n, String path) {
        String s = text(n, path);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problem(n, path, "expected a date YYYY-MM-DD, got '" + s + "'");
            return null;
        }
    }

    /** Items of a list of text. */
    List<String> texts(YamlNode n, String path) {
        if (!(n instanceof YamlList list)) {
            problem(n, path, "expected a list, e.g. [a, b], found " + n.describe());
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            String s = text(list.items().get(i), path + "[" + i + "]");
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The text of a scalar written as a number. A quoted value is text to the reader, so "0.3" is refused; an
     * unquoted word that is no number (zero, 0x10) reaches the pattern checks and is named there.
     */
    private String numeral(YamlNode n, String path, String expected) {
        if (!(n instanceof YamlScalar s) || s.kind() == YamlScalar.Kind.NULL || s.kind() == YamlScalar.Kind.BOOLEAN) {
            problem(n, path, "expected " + expected + ", found " + n.describe());
            return null;
        }
        if (s.kind() == YamlScalar.Kind.TEXT && s.text().strip().matches(NUMBER)) {
            problem(n, path, "expected " + expected + " (without quotes), found " + n.describe());
            return null;
        }
        return s.text().strip();
    }
}
