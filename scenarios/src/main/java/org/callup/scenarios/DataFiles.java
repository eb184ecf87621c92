package org.callup.scenarios;

import java.io.IOException;
import java.nio.file.InvalidPathException;
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

    private DataFiles() {}

    /**
     * The table {@code name}, looked up relative to the file that names it, then among the shipped files. Anything
     * at the local path (a broken link, a FIFO, a file that leads outside the folder) is refused rather than
     * silently replaced by the shipped table of the same name.
     */
    static CsvTable table(String name, Origin namedIn, List<String> requiredColumns) throws ScenarioException {
        if (namedIn.directory() != null) {
            Path local = local(name, namedIn);
            if (UserFiles.anythingAt(local)) {
                Origin o = Origin.file(local);
                try {
                    return CsvTable.parse(SourceText.readFile(local, o, "data file"), o.label(), requiredColumns);
                } catch (ScenarioException e) {
                    Problem p = e.problems().get(0);
                    if (p.line() > 0 || e.problems().size() > 1) {
                        throw e; // a problem inside the table, with its own line
                    }
                    throw refuse(namedIn, "data file '" + name + "' cannot be read: " + p.message());
                }
            }
        }
        if (!name.matches("[A-Za-z0-9_.-]+")
                || name.startsWith(".")
                || DataFiles.class.getResource("/data/" + name) == null) {
            throw refuse(
                    namedIn,
                    "data file '" + name + "' not found "
                            + (namedIn.directory() == null ? "" : "next to " + namedIn.label() + " nor ")
                            + "among the shipped data files (" + REGIONS + ", " + BORDER_POSTS + ")");
        }
        return shipped(name, requiredColumns);
    }

    /** The path of {@code name} in the folder of {@code namedIn}, which it must not leave, by name or by a link. */
    private static Path local(String name, Origin namedIn) throws ScenarioException {
        Path dir = namedIn.directory();
        Path local;
        try {
            local = dir.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw refuse(namedIn, "data file '" + name + "' is not a valid file name");
        }
        if (!local.startsWith(dir) || local.equals(dir)) {
            throw outside(name, namedIn, "");
        }
        if (UserFiles.anythingAt(local)) {
            try {
                if (!local.toRealPath().startsWith(dir.toRealPath())) {
                    throw outside(name, namedIn, " (it is a link)");
                }
            } catch (IOException e) {
                throw refuse(
                        namedIn,
                        "data file '" + name + "' cannot be read: file not found (a link to a missing "
                                + "file, or a folder that cannot be read)");
            }
        }
        return local;
    }

    private static ScenarioException outside(String name, Origin namedIn, String how) {
        return refuse(
                namedIn,
                "data file '" + name + "' is outside the folder of " + namedIn.label() + how
                        + "; data files are looked up next to the scenario file, in folders below it, or among the shipped data");
    }

    private static ScenarioException refuse(Origin namedIn, String message) {
        return new ScenarioException(new Problem(namedIn.label(), "", 0, 0, message));
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
