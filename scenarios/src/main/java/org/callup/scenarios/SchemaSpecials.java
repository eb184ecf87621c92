package org.callup.scenarios;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.callup.model.params.BorderParams;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.PopulationParams;
import org.callup.model.params.RegionSpec;
import org.callup.model.params.Scenario;

/**
 * Where the file format differs from a plain mirror of the records, the schema says so: the top-level keys of
 * extending files, regions from a file, posts completed from {@code border_posts.csv}, the typed timeline and the
 * output section.
 */
final class SchemaSpecials {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Components a complete file may leave out (defaulted by the loader). */
    static final Set<String> OPTIONAL = Set.of(
            "Scenario.name",
            "Scenario.description",
            "Scenario.timeline",
            "BorderPostSpec.name",
            "BorderPostSpec.destinationCountry",
            "BorderPostSpec.mode",
            "BorderPostSpec.latitude",
            "BorderPostSpec.longitude",
            "BorderPostSpec.regionId",
            "PopulationParams.regions");

    private SchemaSpecials() {}

    static void adjust(
            JsonSchemaGenerator g,
            Class<?> type,
            boolean complete,
            ObjectNode def,
            ObjectNode props,
            ArrayNode required) {
        if (type == Scenario.class) {
            scenario(complete, props);
        } else if (type == PopulationParams.class) {
            population(g, complete, def, props);
        } else if (type == BorderPostSpec.class) {
            ensureRequired(required, "id"); // a post is named by its id even in an extending file
        } else if (type == org.callup.model.timeline.Trigger.class) {
            props.set("metric", JsonSchemaGenerator.ref("metric"));
            props.set(
                    "scope",
                    F.objectNode()
                            .put("type", "string")
                            .put("pattern", "^(all|region:[a-z0-9_]+|country:.+|post:[a-z0-9_]+)$"));
            ((ObjectNode) props.get("above"))
                    .put("description", "The event fires once the previous day's value exceeds this");
        } else if (type == BorderParams.class) {
            ObjectNode items = JsonSchemaGenerator.ref(g.defineRecord(BorderPostSpec.class, complete));
            ((ObjectNode) props.get("posts")).set("items", items);
        }
    }

    private static void scenario(boolean complete, ObjectNode props) {
        ObjectNode output = F.objectNode()
                .put("type", "object")
                .put("additionalProperties", false)
                .put("description", "What to keep of the daily observations; empty lists keep everything");
        ObjectNode op = F.objectNode();
        op.set("metrics", F.objectNode().put("type", "array").set("items", JsonSchemaGenerator.ref("metric")));
        op.set(
                "scopes",
                F.objectNode()
                        .put("type", "array")
                        .set(
                                "items",
                                F.objectNode()
                                        .put("type", "string")
                                        .put("pattern", "^(all|region:[a-z0-9_]+|country:.+|post:[a-z0-9_]+)$")));
        output.set("properties", op);
        props.set(OutputReader.KEY, output);
        if (!complete) {
            props.set(
                    ScenarioComposer.EXTENDS,
                    F.objectNode()
                            .put("type", "string")
                            .put(
                                    "description",
                                    "Library scenario name, or a path ending in .yaml relative to this file"));
            ArrayNode anyOf = F.arrayNode();
            anyOf.add(F.objectNode().put("const", TreeMerger.ALL));
            anyOf.add(F.objectNode()
                    .put("type", "array")
                    .set("items", F.objectNode().put("type", "string")));
            props.set(
                    ScenarioComposer.REMOVE_EVENTS,
                    F.objectNode()
                            .put("description", "Ids of inherited events to drop, or 'all'")
                            .set("anyOf", anyOf));
            props.set(
                    ScenarioComposer.REMOVE_POSTS,
                    F.objectNode()
                            .put("type", "array")
                            .put("description", "Ids of inherited border posts to drop")
                            .set("items", F.objectNode().put("type", "string")));
        }
    }

    private static void population(JsonSchemaGenerator g, boolean complete, ObjectNode def, ObjectNode props) {
        props.set(
                RegionsReader.FILE,
                F.objectNode()
                        .put("type", "string")
                        .put("description", "Regions table (regions.csv format), next to this file or shipped"));
        ObjectNode override = F.objectNode()
                .put("type", "object")
                .put("description", "Values replacing those of the regions table, by region id");
        override.set("additionalProperties", JsonSchemaGenerator.ref(g.defineRecord(RegionSpec.class, false)));
        props.set(RegionsReader.OVERRIDES, override);
        if (complete) {
            ArrayNode oneOf = F.arrayNode();
            oneOf.add(F.objectNode().set("required", F.arrayNode().add(RegionsReader.LIST)));
            oneOf.add(F.objectNode().set("required", F.arrayNode().add(RegionsReader.FILE)));
            def.set("oneOf", oneOf);
        }
    }

    private static void ensureRequired(ArrayNode required, String key) {
        for (var n : required) {
            if (n.asText().equals(key)) {
                return;
            }
        }
        required.insert(0, key);
    }
}
