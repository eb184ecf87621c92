package org.callup.experiments.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.callup.scenarios.yaml.Location;
import org.callup.scenarios.yaml.Origin;
import org.callup.scenarios.yaml.ProblemSink;
import org.callup.scenarios.yaml.SafeYamlReader;
import org.callup.scenarios.yaml.StrictValues;
import org.callup.scenarios.yaml.UnreadableYamlException;
import org.callup.scenarios.yaml.YamlLimits;
import org.callup.scenarios.yaml.YamlList;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlNode;
import org.callup.scenarios.yaml.YamlScalar;
import org.callup.scenarios.yaml.YamlWording;

/**
 * A compare file: the windows, metrics and scopes of a comparison, read as strictly as every file callup reads
 * (unknown keys refused with the closest valid one). Every key is optional; what is missing takes the defaults,
 * and the command line overrides what is given.
 *
 * <pre>
 * windows:                          # derived names (callup, run) or {name, from, to}
 *   - callup
 *   - {name: october, from: 2022-10-01, to: 2022-10-31}
 * metrics: [mobilized@callup, emigrants, "abroad:last"]
 * scopes: [all, regions]            # all, regions, or any scope of the baseline (region:moscow, ...)
 * </pre>
 */
public final class CompareFile {
    private static final YamlLimits LIMITS = new YamlLimits(8, 10_000, 1 << 20, 0);
    private static final SafeYamlReader READER = new SafeYamlReader(
            LIMITS,
            new YamlWording(
                    "a compare file",
                    "the file is empty; a compare file is a mapping with windows, metrics and scopes",
                    "a mapping with windows, metrics and scopes",
                    "write the values out"));

    /** What the file gives; a null list was not given. */
    public record Given(List<Window> windows, List<String> metrics, List<String> scopes) {}

    private CompareFile() {}

    /** Reads {@code file}; problems go to {@code plan} (with file, line and column), and then the result is null. */
    public static Given read(Path file, PlanReader plan) throws IOException {
        if (!Files.isRegularFile(file)) {
            plan.problem(file.toString(), Files.isDirectory(file) ? "is a folder, not a compare file" : "no such file");
            return null;
        }
        if (Files.size(file) > LIMITS.maxBytes()) {
            plan.problem(file.toString(), "larger than 1 MB; a compare file needs far less");
            return null;
        }
        int before = plan.problems().size();
        ProblemSink sink = (Location at, String path, String message) ->
                plan.problem(file + ":" + at.line() + ":" + at.column() + (path.isEmpty() ? "" : ": " + path), message);
        YamlMap root;
        try {
            root = READER.read(Files.readString(file, StandardCharsets.UTF_8), Origin.file(file), sink);
        } catch (UnreadableYamlException e) {
            sink.at(e.location(), "", e.getMessage());
            return null;
        } catch (java.nio.charset.MalformedInputException e) {
            plan.problem(file.toString(), "is not UTF-8 text");
            return null;
        }
        StrictValues in = new StrictValues(sink);
        in.keys(root, List.of("windows", "metrics", "scopes"), List.of(), "a compare file");
        List<Window> windows = root.get("windows") == null ? null : windows(root.get("windows"), in, plan, file);
        List<String> metrics = root.get("metrics") == null ? null : texts(root.get("metrics"), in);
        List<String> scopes = root.get("scopes") == null ? null : texts(root.get("scopes"), in);
        return plan.problems().size() > before ? null : new Given(windows, metrics, scopes);
    }

    private static List<Window> windows(YamlNode node, StrictValues in, PlanReader plan, Path file) {
        YamlList list = in.list(node, "a list of windows");
        List<Window> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        for (YamlNode item : list.items()) {
            String where =
                    file + ":" + item.location().line() + ":" + item.location().column() + ": " + item.path();
            if (item instanceof YamlScalar) {
                String name = in.text(item, "a window name or {name, from, to}");
                Window w = name == null ? null : plan.window(name, where);
                if (w != null) {
                    out.add(w);
                }
                continue;
            }
            YamlMap map = in.mapping(item, "a window name or {name, from, to}");
            if (map == null
                    || !in.keys(map, List.of("name", "from", "to"), List.of("name", "from", "to"), "a window")) {
                continue;
            }
            String name = in.text(map.get("name"), "a name");
            LocalDate from = in.date(map.get("from"));
            LocalDate to = in.date(map.get("to"));
            if (name != null && from != null && to != null) {
                Window w = plan.window(name, from, to, where);
                if (w != null) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static List<String> texts(YamlNode node, StrictValues in) {
        YamlList list = in.list(node, "a list");
        List<String> out = new ArrayList<>();
        if (list != null) {
            for (YamlNode item : list.items()) {
                String s = in.text(item, "text");
                if (s != null) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
