package org.callup.experiments.sweep;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A resolved scenario as a YAML tree that a sweep edits before loading it again: every key is a record component
 * (the scenario format mirrors the parameter records), list items of posts and regions carry their {@code id}, and
 * the timeline is in firing order. Editing the text rather than the records keeps every check of scenario loading.
 * Decimals are kept exact, so an unedited tree loads to the very scenario it came from.
 */
final class ScenarioTree {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private final ObjectNode root;

    private ScenarioTree(ObjectNode root) {
        this.root = root;
    }

    static ScenarioTree parse(String resolvedYaml) {
        try {
            return new ScenarioTree((ObjectNode) YAML.readTree(resolvedYaml));
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("not a resolved scenario: " + e.getMessage(), e);
        }
    }

    /** An independent copy to edit. */
    ScenarioTree copy() {
        return new ScenarioTree(root.deepCopy());
    }

    /** The node at {@code steps}, or null when a step does not exist. */
    JsonNode get(List<String> steps) {
        JsonNode cur = root;
        for (String step : steps) {
            cur = child(cur, step);
            if (cur == null) {
                return null;
            }
        }
        return cur;
    }

    /** Replaces the value at {@code steps}, whose parent must exist. */
    void set(List<String> steps, Object value) {
        JsonNode parent = get(steps.subList(0, steps.size() - 1));
        String last = steps.get(steps.size() - 1);
        if (!(parent instanceof ObjectNode o)) {
            throw new IllegalArgumentException("no mapping at " + String.join(".", steps.subList(0, steps.size() - 1)));
        }
        o.set(last, node(value));
    }

    String toYaml() {
        try {
            return YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree read from YAML is always writable", e);
        }
    }

    private static JsonNode child(JsonNode cur, String step) {
        if (step.startsWith("#")) {
            return cur instanceof ArrayNode a ? a.get(Integer.parseInt(step.substring(1))) : null;
        }
        if (step.startsWith("[")) {
            if (!(cur instanceof ArrayNode a)) {
                return null;
            }
            String id = step.substring(1, step.length() - 1);
            for (JsonNode item : a) {
                if (id.equals(item.path("id").asText(null))) {
                    return item;
                }
            }
            return null;
        }
        return cur instanceof ObjectNode o ? o.get(step) : null;
    }

    private static JsonNode node(Object v) {
        if (v instanceof Double d) {
            return DecimalNode.valueOf(BigDecimal.valueOf(d));
        }
        if (v instanceof BigDecimal b) {
            return DecimalNode.valueOf(b);
        }
        if (v instanceof Long || v instanceof Integer) {
            return LongNode.valueOf(((Number) v).longValue());
        }
        if (v instanceof Boolean b) {
            return BooleanNode.valueOf(b);
        }
        if (v instanceof Enum<?> e) {
            return TextNode.valueOf(e.name().toLowerCase(Locale.ROOT));
        }
        if (v instanceof String || v instanceof LocalDate) {
            return TextNode.valueOf(v.toString());
        }
        throw new IllegalArgumentException("not a parameter value: " + v);
    }
}
