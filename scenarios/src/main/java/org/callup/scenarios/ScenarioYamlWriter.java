package org.callup.scenarios;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.callup.model.observe.Metric;
import org.callup.model.params.Scenario;
import org.callup.model.timeline.PolicyEvent;
import org.callup.scenarios.yaml.StrictValues;

/**
 * Writes a bound scenario back as YAML in the scenario format, with everything spelt out: regions and posts in
 * full, no {@code extends}, events in firing order. The text depends only on the values, so two files that resolve
 * to the same scenario give the same text and the same hash, and reading the text back gives an equal scenario
 * (numbers are written in their shortest exact decimal form).
 */
final class ScenarioYamlWriter {
    private final StringBuilder out = new StringBuilder();

    private ScenarioYamlWriter() {}

    static String write(Scenario scenario, OutputSpec output) {
        ScenarioYamlWriter w = new ScenarioYamlWriter();
        w.fields(scenario, 0, false);
        w.out.append("output:\n");
        w.line(
                1,
                "metrics",
                "["
                        + output.metrics().stream()
                                .map(Metric::key)
                                .map(ScenarioYamlWriter::quote)
                                .collect(Collectors.joining(", "))
                        + "]");
        w.line(
                1,
                "scopes",
                "[" + output.scopes().stream().map(ScenarioYamlWriter::quote).collect(Collectors.joining(", ")) + "]");
        return w.out.toString();
    }

    /** The components of a record as {@code key: value} lines; the first may follow a list dash. */
    private void fields(Record r, int indent, boolean firstAfterDash) {
        boolean first = firstAfterDash;
        if (r instanceof PolicyEvent) {
            out.append("type: ").append(EventTypes.nameOf(r.getClass())).append('\n');
            first = false;
        }
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
            Object v = get(rc, r);
            if (v == null) {
                continue; // optional event fields left out: no trigger, no note, rule unchanged
            }
            value(rc.getName(), v, first ? 0 : indent, indent);
            first = false;
        }
    }

    private void value(String key, Object v, int keyIndent, int indent) {
        if (v instanceof Record rec) {
            pad(keyIndent).append(key).append(":\n");
            fields(rec, indent + 1, false);
        } else if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Record) {
            pad(keyIndent).append(key).append(":\n");
            for (Object item : list) {
                pad(indent + 1).append("- ");
                fields((Record) item, indent + 2, true);
            }
        } else if (v instanceof List<?> list) {
            pad(keyIndent)
                    .append(key)
                    .append(": [")
                    .append(list.stream().map(ScenarioYamlWriter::scalar).collect(Collectors.joining(", ")))
                    .append("]\n");
        } else {
            pad(keyIndent).append(key).append(": ").append(scalar(v)).append('\n');
        }
    }

    private void line(int indent, String key, String text) {
        pad(indent).append(key).append(": ").append(text).append('\n');
    }

    private StringBuilder pad(int indent) {
        return out.append("  ".repeat(indent));
    }

    static String scalar(Object v) {
        if (v instanceof Double d) {
            String s = BigDecimal.valueOf(d).toPlainString();
            return s.contains(".") ? s : s + ".0";
        }
        if (v instanceof Number || v instanceof Boolean || v instanceof LocalDate) {
            return v.toString();
        }
        if (v instanceof Enum<?> e) {
            return StrictValues.yamlName(e);
        }
        return quote(String.valueOf(v));
    }

    /** A YAML double-quoted string (JSON escapes are valid in it). */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\uFEFF') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static Object get(RecordComponent rc, Record r) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
