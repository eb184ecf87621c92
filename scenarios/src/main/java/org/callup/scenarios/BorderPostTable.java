package org.callup.scenarios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.callup.model.params.PostMode;
import org.callup.scenarios.yaml.StrictValues;

/**
 * Reads {@code border_posts.csv}: the stable ids of the exit routes and what the table knows of each (name,
 * destination, mode, coordinates, region). A scenario names posts by these ids and gives the rest.
 */
final class BorderPostTable {
    static final List<String> COLUMNS =
            List.of("id", "name", "destination_country", "mode", "lat", "lon", "nearest_region_id");

    /** One post: the component values the table gives, and whether it gives coordinates. */
    record Entry(String id, int line, Map<String, Object> values, boolean hasCoordinates) {}

    private final Map<String, Entry> byId = new LinkedHashMap<>();

    private BorderPostTable(CsvTable table) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            Map<String, Object> v = new HashMap<>();
            String id = row.get("id");
            v.put("id", id);
            v.put("name", row.get("name"));
            v.put("destinationCountry", row.get("destination_country"));
            PostMode mode = mode(row.get("mode"));
            if (mode == null) {
                problems.add(new Problem(
                        table.label(),
                        "column mode",
                        row.line(),
                        0,
                        "cannot tell road, rail or air from '" + row.get("mode") + "'"));
            }
            v.put("mode", mode);
            v.put("regionId", row.get("nearest_region_id"));
            boolean coords = !row.get("lat").isEmpty() && !row.get("lon").isEmpty();
            if (coords) {
                v.put("latitude", StrictValues.decimal(row.get("lat")));
                v.put("longitude", StrictValues.decimal(row.get("lon")));
                if (v.get("latitude") == null || v.get("longitude") == null) {
                    problems.add(
                            new Problem(table.label(), "column lat/lon", row.line(), 0, "coordinates are not numbers"));
                }
            }
            if (byId.putIfAbsent(id, new Entry(id, row.line(), v, coords)) != null) {
                problems.add(
                        new Problem(table.label(), "column id", row.line(), 0, "post id '" + id + "' appears twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }

    static BorderPostTable shipped() throws ScenarioException {
        return new BorderPostTable(DataFiles.shipped(DataFiles.BORDER_POSTS, COLUMNS));
    }

    Map<String, Entry> entries() {
        return byId;
    }

    /**
     * The table's free-text mode as the model's mode: anything by air is AIR; a post with a railway is RAIL (open to
     * men without a car); a road post, with or without pedestrians ("road; foot+bike from ...", "road/foot"), is ROAD.
     */
    static PostMode mode(String text) {
        String t = text.toLowerCase(Locale.ROOT).trim();
        if (t.startsWith("air")) {
            return PostMode.AIR;
        }
        if (t.contains("rail")) {
            return PostMode.RAIL;
        }
        if (t.startsWith("road")) {
            return PostMode.ROAD;
        }
        return null;
    }
}
