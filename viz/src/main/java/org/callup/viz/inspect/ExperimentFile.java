package org.callup.viz.inspect;

import static org.callup.scenarios.yaml.YamlText.quote;
import static org.callup.scenarios.yaml.YamlText.scalar;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;

/**
 * An experiment made in the GUI, written as a scenario file that {@code extends} the scenario the GUI started from
 * and names only what differs from it: each parameter changed before Play (or by an option of {@code callup gui},
 * or the Console's seed) under its YAML path, and each change made during the run as a {@code setParameter} event
 * on the day it applied from. Such an event fires with the scenario's own events of that day, after them; a change
 * asked for in the GUI applies before them, which matters only when both change the same parameter that day.
 */
public final class ExperimentFile {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String POSTS = "borders.posts";

    private ExperimentFile() {}

    /**
     * The text of the file.
     *
     * @param origin     where the GUI's scenario came from: {@code library:<name>} or the path of its file
     * @param base       that scenario as loaded, without changes
     * @param start      what the GUI's runs start from: the base with every change made before Play
     * @param seed       the Console's seed
     * @param runChanges the changes made during the run
     * @param file       where the file will be written, against which a file {@code origin} is made relative
     * @param made       when the file is made
     */
    public static String yaml(
            String origin,
            Scenario base,
            Scenario start,
            long seed,
            List<LiveScenario.DatedChange> runChanges,
            Path file,
            LocalDateTime made) {
        String name = nameOf(file);
        String parent = extendsValue(origin, file);
        StringBuilder out = new StringBuilder();
        out.append("# ")
                .append(name)
                .append(": an experiment made in the callup GUI on ")
                .append(WHEN.format(made))
                .append(",\n# from scenario ")
                .append(base.name())
                .append(" (")
                .append(origin)
                .append(").\n")
                .append("# Changes made before Play are parameters below; changes made during the run are\n")
                .append("# setParameter events on the day they applied from.\n");
        out.append("extends: ").append(quote(parent)).append('\n');
        out.append("name: ").append(quote(name)).append('\n');
        out.append("description: ")
                .append(quote("Experiment made in the GUI from " + base.name() + " on " + WHEN.format(made)))
                .append('\n');
        Map<String, Object> changed = changes(base, ParamPaths.set(start, "seed", seed));
        tree(changed, out);
        if (!runChanges.isEmpty()) {
            out.append("timeline:\n");
            for (LiveScenario.DatedChange c : runChanges) {
                out.append("  - {date: ")
                        .append(c.date())
                        .append(", type: setParameter, path: ")
                        .append(c.path())
                        .append(", value: ")
                        .append(scalar(c.value()))
                        .append(", note: \"changed in the GUI\"}\n");
            }
        }
        return out.toString();
    }

    /** Every parameter whose value differs between the two scenarios, by path, in the records' order. */
    static Map<String, Object> changes(Scenario base, Scenario now) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!base.startDate().equals(now.startDate())) {
            out.put("startDate", now.startDate());
        }
        if (!base.endDate().equals(now.endDate())) {
            out.put("endDate", now.endDate());
        }
        for (ParamPaths.Leaf leaf : ParamPaths.leaves(Scenario.class)) {
            String p = leaf.path();
            if (!p.equals("name")
                    && !p.equals("description")
                    && !Objects.equals(ParamPaths.get(base, p), ParamPaths.get(now, p))) {
                out.put(p, ParamPaths.get(now, p));
            }
        }
        List<ParamPaths.Leaf> postLeaves = ParamPaths.leaves(BorderPostSpec.class);
        for (BorderPostSpec post : now.borders().posts()) {
            BorderPostSpec was = base.borders().posts().stream()
                    .filter(b -> b.id().equals(post.id()))
                    .findFirst()
                    .orElse(null);
            for (ParamPaths.Leaf leaf : postLeaves) {
                Object v = ParamPaths.get(post, leaf.path());
                if (!leaf.path().equals("id")
                        && (was == null || !Objects.equals(ParamPaths.get(was, leaf.path()), v))) {
                    out.put(POSTS + "[" + post.id() + "]." + leaf.path(), v);
                }
            }
        }
        return out;
    }

    /** Writes the changes as nested YAML mappings; posts as a list of items with their id. */
    private static void tree(Map<String, Object> changed, StringBuilder out) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Map<String, Object>> posts = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : changed.entrySet()) {
            String path = e.getKey();
            if (path.startsWith(POSTS + "[")) {
                int close = path.indexOf(']');
                String id = path.substring(POSTS.length() + 1, close);
                put(posts.computeIfAbsent(id, k -> new LinkedHashMap<>()), path.substring(close + 2), e.getValue());
            } else {
                put(root, path, e.getValue());
            }
        }
        if (!posts.isEmpty()) {
            List<Object> items = new ArrayList<>();
            for (Map.Entry<String, Map<String, Object>> p : posts.entrySet()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", p.getKey());
                item.putAll(p.getValue());
                items.add(item);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> borders =
                    (Map<String, Object>) root.computeIfAbsent("borders", k -> new LinkedHashMap<String, Object>());
            borders.put("posts", items);
        }
        write(root, 0, out);
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> into, String path, Object value) {
        String[] steps = path.split("\\.");
        Map<String, Object> at = into;
        for (int i = 0; i < steps.length - 1; i++) {
            at = (Map<String, Object>) at.computeIfAbsent(steps[i], k -> new LinkedHashMap<String, Object>());
        }
        at.put(steps[steps.length - 1], value);
    }

    @SuppressWarnings("unchecked")
    private static void write(Map<String, Object> map, int indent, StringBuilder out) {
        for (Map.Entry<String, Object> e : map.entrySet()) {
            String pad = "  ".repeat(indent);
            if (e.getValue() instanceof Map<?, ?> m) {
                out.append(pad).append(e.getKey()).append(":\n");
                write((Map<String, Object>) m, indent + 1, out);
            } else if (e.getValue() instanceof List<?> items) {
                out.append(pad).append(e.getKey()).append(":\n");
                for (Object item : items) {
                    StringBuilder inner = new StringBuilder();
                    write((Map<String, Object>) item, indent + 2, inner);
                    out.append(pad).append("  - ").append(inner.substring((indent + 2) * 2));
                }
            } else {
                out.append(pad)
                        .append(e.getKey())
                        .append(": ")
                        .append(scalar(e.getValue()))
                        .append('\n');
            }
        }
    }

    /** The scenario's name: the file's name without its extension. */
    static String nameOf(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** What {@code extends} says: a library name, or the scenario file's path relative to the new file. */
    static String extendsValue(String origin, Path file) {
        if (origin.startsWith("library:")) {
            return origin.substring("library:".length());
        }
        Path from = file.toAbsolutePath().normalize().getParent();
        Path to = Path.of(origin).toAbsolutePath().normalize();
        return from.relativize(to).toString().replace('\\', '/');
    }
}
