package org.callup.scenarios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.callup.model.params.RegionSpec;
import org.callup.scenarios.yaml.YamlList;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlNode;

/**
 * Reads {@code population.regions}: either listed in the scenario, or read from {@code regionsFile} with
 * {@code regionOverrides} (region id to any RegionSpec values except the id) applied on top of the table. A region
 * the table gives no coordinates for must get them from an override.
 */
final class RegionsReader implements RecordBinder.Custom {
    static final String FILE = "regionsFile";
    static final String OVERRIDES = "regionOverrides";
    static final String LIST = "regions";

    private final RecordBinder binder;
    private final Problems problems;
    private Set<String> ids;

    RegionsReader(RecordBinder binder) {
        this.binder = binder;
        this.problems = binder.problems();
    }

    /** Ids of the scenario's regions, known even if some region failed to bind; null if unknown. */
    Set<String> ids() {
        return ids;
    }

    static Set<String> keys() {
        return Set.of(LIST, FILE, OVERRIDES);
    }

    @Override
    public Object read(YamlMap population) {
        YamlNode list = population.get(LIST);
        YamlNode file = population.get(FILE);
        if (list != null && file != null) {
            problems.at(file, "give either regions or regionsFile, not both");
            return null;
        }
        if (list != null) {
            if (population.has(OVERRIDES)) {
                problems.at(
                        population.get(OVERRIDES),
                        "regionOverrides applies to regionsFile only; change the listed regions instead");
            }
            if (list instanceof YamlList l) {
                ids = new java.util.LinkedHashSet<>();
                l.items().forEach(i -> {
                    if (TreeMerger.idOf(i) != null) {
                        ids.add(TreeMerger.idOf(i));
                    }
                });
            }
            return binder.convert(list, listOfRegions(), null);
        }
        if (file == null) {
            problems.at(
                    population.location(),
                    YamlNode.child(population.path(), FILE),
                    "missing; give regionsFile (e.g. regions.csv) or a list of regions");
            return null;
        }
        String name = binder.values().text(file);
        if (name == null) {
            return null;
        }
        RegionTable table;
        try {
            table = RegionTable.of(DataFiles.table(name, file.location().origin(), RegionTable.COLUMNS));
        } catch (ScenarioException e) {
            for (Problem p : e.problems()) {
                if (p.line() == 0 && p.file().equals(file.location().file())) {
                    problems.at(file, p.message()); // about the reference itself: point at regionsFile
                } else {
                    problems.add(p);
                }
            }
            return null;
        }
        ids = new java.util.LinkedHashSet<>(table.entries().keySet());
        return fromTable(table, file, overrides(population.get(OVERRIDES), table));
    }

    private List<RegionSpec> fromTable(RegionTable table, YamlNode file, Map<String, YamlMap> overrides) {
        int before = problems.count();
        List<RegionSpec> out = new ArrayList<>();
        for (RegionTable.Entry e : table.entries().values()) {
            YamlMap override = overrides.getOrDefault(
                    e.id(),
                    YamlMap.empty(
                            file.location(), YamlNode.child(YamlNode.child(parentPath(file), OVERRIDES), e.id())));
            if (!e.hasCoordinates() && !(override.has("latitude") && override.has("longitude"))) {
                problems.at(
                        override.location(),
                        override.path(),
                        table.label() + " gives no coordinates for region '"
                                + e.id() + "' (line " + e.line() + "); set " + OVERRIDES + "." + e.id()
                                + ".latitude and .longitude, with their source");
                continue;
            }
            Map<String, Object> defaults = new HashMap<>(e.values());
            out.add(binder.bind(RegionSpec.class, override, defaults, Set.of()));
        }
        return problems.count() > before ? null : out;
    }

    private Map<String, YamlMap> overrides(YamlNode node, RegionTable table) {
        Map<String, YamlMap> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof YamlMap map)) {
            problems.at(node, "expected a mapping of region ids to values, got " + node.describe());
            return out;
        }
        for (YamlMap.Entry e : map.entries()) {
            String path = YamlNode.child(map.path(), e.key());
            if (!table.entries().containsKey(e.key())) {
                problems.at(
                        e.keyLocation(),
                        path,
                        "unknown region id '" + e.key() + "' in " + table.label()
                                + Suggest.didYouMean(e.key(), table.entries().keySet()));
            } else if (!(e.value() instanceof YamlMap m)) {
                problems.at(
                        e.value(),
                        "expected a mapping of region values (e.g. avgWageRub), got "
                                + e.value().describe());
            } else if (m.has("id")) {
                problems.at(
                        m.entry("id").keyLocation(),
                        YamlNode.child(path, "id"),
                        "the id of a region cannot be overridden");
            } else {
                out.put(e.key(), m);
            }
        }
        return out;
    }

    private static String parentPath(YamlNode file) {
        String p = file.path();
        int dot = p.lastIndexOf('.');
        return dot < 0 ? "" : p.substring(0, dot);
    }

    private static java.lang.reflect.Type listOfRegions() {
        for (var rc : org.callup.model.params.PopulationParams.class.getRecordComponents()) {
            if (rc.getName().equals(LIST)) {
                return rc.getGenericType();
            }
        }
        throw new IllegalStateException("PopulationParams has no component '" + LIST + "'");
    }
}
