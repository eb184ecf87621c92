package org.callup.scenarios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.callup.model.params.BorderPostSpec;
import org.callup.scenarios.yaml.YamlList;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlNode;
import org.callup.scenarios.yaml.YamlScalar;

/**
 * Reads {@code borders.posts}. Each post names an id of {@code border_posts.csv}; its name, destination, mode,
 * coordinates and region come from the table unless the scenario gives them, and its capacity, traffic, price,
 * state and rules come from the scenario. Where the table has no coordinates the scenario must give them.
 */
final class PostsReader implements RecordBinder.Custom {
    static final String KEY = "posts";

    private final RecordBinder binder;
    private final Problems problems;
    private final List<BorderPostSpec> bound = new ArrayList<>();
    private Map<String, String> countries;

    PostsReader(RecordBinder binder) {
        this.binder = binder;
        this.problems = binder.problems();
    }

    /** The posts that bound completely. */
    List<BorderPostSpec> bound() {
        return bound;
    }

    /** Destination of every post with a valid id, in scenario order; null if the list could not be read. */
    Map<String, String> countries() {
        return countries;
    }

    @Override
    public Object read(YamlMap borders) {
        YamlNode node = borders.get(KEY);
        if (node == null) {
            problems.at(
                    borders.location(),
                    YamlNode.child(borders.path(), KEY),
                    "missing; expected a list of border posts");
            return null;
        }
        if (!(node instanceof YamlList list)) {
            problems.at(node, "expected a list of border posts, got " + node.describe());
            return null;
        }
        BorderPostTable table;
        try {
            table = BorderPostTable.shipped();
        } catch (ScenarioException e) {
            problems.addAll(e.problems());
            return null;
        }
        int before = problems.count();
        List<BorderPostSpec> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        countries = new java.util.LinkedHashMap<>();
        for (YamlNode item : list.items()) {
            BorderPostSpec post = post(item, table, seen);
            out.add(post);
            if (post != null) {
                bound.add(post);
            }
        }
        return problems.count() > before ? null : out;
    }

    private BorderPostSpec post(YamlNode item, BorderPostTable table, Set<String> seen) {
        if (!(item instanceof YamlMap map)) {
            problems.at(
                    item,
                    "expected a border post (a mapping with id, capacityPersonsPerDay, ...), got " + item.describe());
            return null;
        }
        YamlNode idNode = map.get("id");
        if (idNode == null) {
            problems.at(map, "missing id; every post names an id from border_posts.csv");
            return null;
        }
        String id = binder.values().text(idNode);
        if (id == null) {
            return null;
        }
        BorderPostTable.Entry entry = table.entries().get(id);
        if (entry == null) {
            problems.at(
                    idNode,
                    "unknown border post id '" + id + "'"
                            + Suggest.didYouMean(id, table.entries().keySet()) + " (border_posts.csv lists "
                            + String.join(", ", table.entries().keySet()) + ")");
            return null;
        }
        if (!seen.add(id)) {
            problems.at(idNode, "border post '" + id + "' is listed twice");
            return null;
        }
        String country = map.get("destinationCountry") instanceof YamlScalar s && s.kind() == YamlScalar.Kind.TEXT
                ? s.text()
                : (String) entry.values().get("destinationCountry");
        countries.put(id, country);
        if (!entry.hasCoordinates() && !(map.has("latitude") && map.has("longitude"))) {
            problems.at(
                    map,
                    "border_posts.csv gives no coordinates for '" + id + "'; give latitude and longitude here, "
                            + "with their source in a comment");
            return null;
        }
        Map<String, Object> defaults = new HashMap<>(entry.values());
        return binder.bind(BorderPostSpec.class, map, defaults, Set.of());
    }
}
