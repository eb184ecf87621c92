package org.callup.scenarios;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.callup.scenarios.yaml.Origin;

/**
 * Finds the data tables a scenario names: next to the scenario file that names them (or in a folder below it; a
 * scenario cannot make the program read files elsewhere), else among the data files
 * shipped in this module ({@code data/regions.csv}, {@code data/border_posts.csv}, copied from the project's shared
 * data with their {@code SOURCES.md}). Shipped tables are parsed once and cached.
 */
final class DataFiles {
    static final String REGIONS = "regions.csv";
    static final String BORDER_POSTS = "border_posts.csv";

    private static final Map<String, CsvTable> SHIPPED = new ConcurrentHashMap<>();

    private DataFiles() {
    }

    /** The table {@code name}, looked up relative to the file that names it, then among the shipped files. */
    static CsvTable table(String name, Origin namedIn, List<String> requiredColumns) throws ScenarioException {
        if (namedIn.directory() != null) {
            Path local = namedIn.directory().resolve(name).normalize();
            if (!local.startsWith(namedIn.directory())) {
                throw new ScenarioException(new Problem(namedIn.label(), "", 0, 0, "data file '" + name
                        + "' is outside the folder of " + namedIn.label() + "; data files are looked up next to the "
                        + "scenario file, in folders below it, or among the shipped data"));
            }
            if (Files.isRegularFile(local)) {
                Origin o = Origin.file(local);
                return CsvTable.parse(SourceText.readFile(local, o), o.label(), requiredColumns);
            }
        }
        if (!name.matches("[A-Za-z0-9_.-]+") || name.startsWith(".") || DataFiles.class.getResource("/data/" + name) == null) {
            throw new ScenarioException(new Problem(namedIn.label(), "", 0, 0, "data file '" + name + "' not found "
                    + (namedIn.directory() == null ? "" : "next to " + namedIn.label() + " nor ")
                    + "among the shipped data files (" + REGIONS + ", " + BORDER_POSTS + ")"));
        }
        return shipped(name, requiredColumns);
    }

    static CsvTable shipped(String name, List<String> requiredColumns) throws ScenarioException {
        CsvTable cached = SHIPPED.get(name);
        if (cached != null) {
            return cached;
        }
        Origin o = new Origin("data/" + name, null, true, "data:" + name);
        CsvTable t = CsvTable.parse(SourceText.readResource("/data/" + name, o), o.label(), requiredColumns);
        SHIPPED.put(name, t);
        return t;
    }
}
