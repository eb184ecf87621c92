package org.callup.scenarios;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.callup.model.observe.Metric;
import org.callup.model.params.Param;
import org.callup.model.params.Scenario;
import org.callup.scenarios.yaml.StrictValues;

/**
 * Generates the JSON Schema (draft 2020-12) of scenario files from the parameter records by reflection: one
 * definition per record, with types, {@link Param} ranges and docs, lower-case enum values, and the events as a
 * {@code oneOf} on their {@code type}. A file without {@code extends} must be complete; a file with it is checked
 * against "partial" definitions that require nothing but what every item needs (a post's id, an event's fields).
 * Editors use the schema for completion; the loader's own checks remain the authority (cross-references, dates).
 */
final class JsonSchemaGenerator {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String PARTIAL = ".partial";

    private final ObjectNode defs = F.objectNode();

    private JsonSchemaGenerator() {}

    static String generate() {
        JsonSchemaGenerator g = new JsonSchemaGenerator();
        ObjectNode root = F.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "urn:callup:scenario");
        root.put("title", "callup scenario");
        root.put(
                "description",
                "A scenario of the callup mobilization simulator. Keys are the components of the "
                        + "model's parameter records; a file with 'extends' names only what differs from the file it extends.");
        g.define(Scenario.class, true);
        g.define(Scenario.class, false);
        g.defineEvents();
        root.set("if", F.objectNode().set("required", F.arrayNode().add(ScenarioComposer.EXTENDS)));
        root.set("then", ref(Scenario.class.getSimpleName() + PARTIAL));
        root.set("else", ref(Scenario.class.getSimpleName()));
        root.set("$defs", g.defs);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the schema", e);
        }
    }

    private String define(Class<?> type, boolean complete) {
        String name = type.getSimpleName() + (complete ? "" : PARTIAL);
        if (defs.has(name)) {
            return name;
        }
        ObjectNode def = F.objectNode();
        defs.set(name, def); // before the properties, so that recursion stops
        def.put("type", "object");
        ObjectNode props = F.objectNode();
        ArrayNode required = F.arrayNode();
        for (RecordComponent rc : type.getRecordComponents()) {
            props.set(rc.getName(), property(rc, complete));
            if (complete && isRequired(type, rc.getName())) {
                required.add(rc.getName());
            }
        }
        SchemaSpecials.adjust(this, type, complete, def, props, required);
        def.set("properties", props);
        if (!required.isEmpty()) {
            def.set("required", required);
        }
        def.put("additionalProperties", false);
        return name;
    }

    private static boolean isRequired(Class<?> type, String component) {
        return !SchemaSpecials.OPTIONAL.contains(type.getSimpleName() + "." + component);
    }

    ObjectNode property(RecordComponent rc, boolean complete) {
        ObjectNode p = schema(rc.getGenericType(), complete);
        Param param = rc.getAnnotation(Param.class);
        if (param != null) {
            if (!Double.isInfinite(param.min())) {
                p.put("minimum", param.min());
            }
            if (!Double.isInfinite(param.max())) {
                p.put("maximum", param.max());
            }
            p.put(
                    "description",
                    param.doc() + ("assumption".equals(param.source()) ? "" : " (source: " + param.source() + ")"));
        }
        return p;
    }

    ObjectNode schema(Type t, boolean complete) {
        if (t instanceof ParameterizedType pt && pt.getRawType() == List.class) {
            ObjectNode a = F.objectNode().put("type", "array");
            a.set("items", schema(pt.getActualTypeArguments()[0], complete));
            return a;
        }
        Class<?> c = (Class<?>) t;
        if (c == double.class || c == Double.class) {
            return F.objectNode().put("type", "number");
        } else if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return F.objectNode().put("type", "integer");
        } else if (c == boolean.class || c == Boolean.class) {
            return F.objectNode().put("type", "boolean");
        } else if (c == String.class) {
            return F.objectNode().put("type", "string");
        } else if (c == LocalDate.class) {
            return F.objectNode()
                    .put("type", "string")
                    .put("format", "date")
                    .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        } else if (c.isEnum()) {
            ArrayNode values = F.arrayNode();
            Arrays.stream(c.getEnumConstants()).forEach(e -> values.add(StrictValues.yamlName((Enum<?>) e)));
            return F.objectNode().set("enum", values);
        } else if (c.isRecord()) {
            return ref(define(c, complete));
        } else if (c == org.callup.model.timeline.PolicyEvent.class) {
            return ref(c.getSimpleName());
        } else if (c == Object.class) {
            return F.objectNode()
                    .set("type", F.arrayNode().add("number").add("boolean").add("string"));
        }
        throw new IllegalStateException("no schema for " + t);
    }

    /** One definition per event type, and "PolicyEvent" as the oneOf of them. */
    private void defineEvents() {
        ArrayNode oneOf = F.arrayNode();
        EventTypes.all().forEach((name, type) -> {
            ObjectNode def = F.objectNode().put("type", "object").put("description", EventTypes.doc(name));
            ObjectNode props = F.objectNode();
            props.set(EventsReader.TYPE, F.objectNode().put("const", name));
            props.set(
                    EventsReader.ID,
                    F.objectNode()
                            .put("type", "string")
                            .put("pattern", "^" + EventsReader.ID_PATTERN + "$")
                            .put(
                                    "description",
                                    "Name of the event, by which an extending file can replace or remove it"));
            ArrayNode required = F.arrayNode().add(EventsReader.TYPE);
            for (RecordComponent rc : type.getRecordComponents()) {
                props.set(rc.getName(), schema(rc.getGenericType(), true));
                if (!EventsReader.OPTIONAL.containsKey(rc.getName()) && rc.getType() != Boolean.class) {
                    required.add(rc.getName());
                }
            }
            def.set("properties", props);
            def.set("required", required);
            def.put("additionalProperties", false);
            defs.set("event." + name, def);
            oneOf.add(ref("event." + name));
        });
        defs.set("PolicyEvent", F.objectNode().set("oneOf", oneOf));
        ArrayNode metrics = F.arrayNode();
        Arrays.stream(Metric.values()).forEach(m -> metrics.add(m.key()));
        defs.set("metric", F.objectNode().set("enum", metrics));
    }

    static ObjectNode ref(String def) {
        return F.objectNode().put("$ref", "#/$defs/" + def);
    }

    String defineRecord(Class<?> type, boolean complete) {
        return define(type, complete);
    }
}
