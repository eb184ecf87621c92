package org.callup.scenarios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callup.model.params.EthnicStatus;
import org.callup.scenarios.yaml.StrictValues;

/**
 * Reads {@code regions.csv} into the values of {@link org.callup.model.params.RegionSpec}, filling gaps the way
 * {@code data/SOURCES.md} allows: a missing wage becomes the national 2022 average, a missing urban share the
 * national 2021 share. Coordinates are not invented: a region without them must get them in the scenario.
 */
final class RegionTable {
    /** Russia's 2022 average nominal monthly wage, RUB (SOURCES.md: "Wages 2022 (Russia 64,191 ...)"). */
    static final double NATIONAL_WAGE_2022_RUB = 64191;
    /** Russia's urban share, 2021 preliminary census (SOURCES.md: "Russia 74.8% urban"). */
    static final double NATIONAL_URBAN_SHARE_2021 = 0.748;

    static final List<String> COLUMNS = List.of(
            "id",
            "name",
            "population_total",
            "share_urban_pct",
            "approx_centroid_lat",
            "approx_centroid_lon",
            "ethnic_republic",
            "avg_nominal_wage_rub");

    /** One region: the values the table gives (component name to value), and the row's line. */
    record Entry(String id, int line, Map<String, Object> values, boolean hasCoordinates) {}

    private final CsvTable table;
    private final Map<String, Entry> byId = new LinkedHashMap<>();

    private RegionTable(CsvTable table) throws ScenarioException {
        this.table = table;
        List<Problem> problems = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            Entry e = entry(row, problems);
            if (e != null && byId.putIfAbsent(e.id(), e) != null) {
                problems.add(problem(row, "id", "region id '" + e.id() + "' appears twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }

    static RegionTable of(CsvTable table) throws ScenarioException {
        return new RegionTable(table);
    }

    String label() {
        return table.label();
    }

    Map<String, Entry> entries() {
        return byId;
    }

    private Entry entry(CsvTable.Row row, List<Problem> problems) {
        int before = problems.size();
        Map<String, Object> v = new HashMap<>();
        String id = row.get("id");
        v.put("id", id);
        v.put("name", row.get("name"));
        v.put("populationTotal", parseLong(row, "population_total", problems));
        String lat = row.get("approx_centroid_lat");
        String lon = row.get("approx_centroid_lon");
        boolean coords = !lat.isEmpty() && !lon.isEmpty();
        if (coords) {
            v.put("latitude", parseDouble(row, "approx_centroid_lat", problems));
            v.put("longitude", parseDouble(row, "approx_centroid_lon", problems));
        }
        v.put("ethnicStatus", ethnic(row, problems));
        String wage = row.get("avg_nominal_wage_rub");
        v.put(
                "avgWageRub",
                wage.isEmpty() ? NATIONAL_WAGE_2022_RUB : parseDouble(row, "avg_nominal_wage_rub", problems));
        String urban = row.get("share_urban_pct");
        Double pct = urban.isEmpty() ? null : parseDouble(row, "share_urban_pct", problems);
        v.put("urbanShare", pct == null ? NATIONAL_URBAN_SHARE_2021 : pct / 100.0);
        return problems.size() > before ? null : new Entry(id, row.line(), v, coords);
    }

    private EthnicStatus ethnic(CsvTable.Row row, List<Problem> problems) {
        return switch (row.get("ethnic_republic")) {
            case "true" -> EthnicStatus.REPUBLIC;
            case "false" -> EthnicStatus.NONE;
            case "mixed" -> EthnicStatus.MIXED;
            default -> {
                problems.add(problem(
                        row,
                        "ethnic_republic",
                        "expected true, false or mixed, got '" + row.get("ethnic_republic") + "'"));
                yield null;
            }
        };
    }

    private Long parseLong(CsvTable.Row row, String column, List<Problem> problems) {
        Long v = StrictValues.whole(row.get(column));
        if (v == null) {
            problems.add(problem(row, column, "expected a whole number, got '" + row.get(column) + "'"));
        }
        return v;
    }

    private Double parseDouble(CsvTable.Row row, String column, List<Problem> problems) {
        Double v = StrictValues.decimal(row.get(column));
        if (v == null) {
            problems.add(problem(row, column, "expected a number, got '" + row.get(column) + "'"));
        }
        return v;
    }

    private Problem problem(CsvTable.Row row, String column, String message) {
        return new Problem(table.label(), "column " + column, row.line(), 0, message);
    }
}
