package org.callup.scenarios;

import static org.callup.scenarios.yaml.YamlText.scalar;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Collectors;
import org.callup.model.observe.Metric;
import org.callup.model.params.Scenario;
import org.callup.model.timeline.PolicyEvent;
import org.callup.scenarios.yaml.YamlText;

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
                                .map(YamlText::quote)
                                .collect(Collectors.joining(", "))
                        + "]");
        w.line(
                1,
                "scopes",
                "[" + output.scopes().stream().map(YamlText::quote).collect(Collectors.joining(", ")) + "]");
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
                    .append(list.stream().map(YamlText::scalar).collect(Collectors.joining(", ")))
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

    private static Object get(RecordComponent rc, Record r) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
