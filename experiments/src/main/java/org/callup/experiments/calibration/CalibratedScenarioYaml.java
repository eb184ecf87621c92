package org.callup.experiments.calibration;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioBounds;

/**
 * Writes a calibrated scenario as a file that {@code extends} the one calibrated and sets only the fitted values,
 * each with a comment saying it was calibrated and to which targets. Paths become nested mappings; a border post
 * is a list item with its {@code id} (merged by id into the parent's post), a region an entry of
 * {@code population.regionOverrides} (listing {@code regions} would replace them all).
 */
public final class CalibratedScenarioYaml {
    private static final String INDENT = "  ";

    private static final String SUFFIX = "-calibrated";

    private CalibratedScenarioYaml() {}

    /** The name of the calibrated scenario, and of its file without {@code .yaml}. */
    public static String nameOf(ResolvedScenario source) {
        String name = source.name();
        // The calibrated scenario must load back: its name obeys the same length limit.
        int room = ScenarioBounds.MAX_NAME - SUFFIX.length();
        return (name.length() > room ? name.substring(0, room) : name) + SUFFIX;
    }

    /**
     * The text of the file.
     *
     * @param folder where the file will be, to refer to a scenario file by a relative path
     * @param header comment lines (without {@code #}) describing the fit
     */
    public static String write(
            ResolvedScenario source,
            Path folder,
            List<FreeParameter> parameters,
            double[] values,
            List<String> targetIds,
            LocalDate date,
            List<String> header) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ")
                .append(nameOf(source))
                .append(": ")
                .append(source.name())
                .append(" with its free parameters calibrated by callup calibrate (")
                .append(date)
                .append(").\n#\n");
        for (String h : header) {
            sb.append(h.isEmpty() ? "#" : "# " + h).append('\n');
        }
        sb.append("extends: ").append(extendsRef(source, folder)).append('\n');
        sb.append("name: \"").append(nameOf(source)).append('"').append('\n');
        sb.append("description: >-\n")
                .append(INDENT)
                .append(source.name())
                .append(" with ")
                .append(parameters.size())
                .append(" parameter")
                .append(parameters.size() == 1 ? "" : "s")
                .append(" calibrated by callup calibrate to ")
                .append(targetIds.size())
                .append(" target")
                .append(targetIds.size() == 1 ? "" : "s")
                .append(" (")
                .append(date)
                .append(").\n");
        String comment = "calibrated with callup calibrate to " + String.join(", ", targetIds) + ", " + date;
        Node root = new Node();
        for (int i = 0; i < parameters.size(); i++) {
            root.put(steps(parameters.get(i).path()), Numbers.compact(values[i]) + "   # " + comment);
        }
        root.emit(sb, "");
        return sb.toString();
    }

    private static String extendsRef(ResolvedScenario source, Path folder) {
        String origin = source.origin();
        if (origin.startsWith("library:")) {
            return origin.substring("library:".length());
        }
        Path file = Path.of(origin).toAbsolutePath().normalize();
        Path rel = folder.toAbsolutePath().normalize().relativize(file);
        return quoteIfNeeded(rel.toString().replace('\\', '/'));
    }

    private static String quoteIfNeeded(String s) {
        return s.matches("[A-Za-z0-9_./-]+")
                ? s
                : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Path steps as mapping keys; list items become "posts[id]" keys, regions their overrides entry. */
    static List<String> steps(String path) {
        List<String> out = new ArrayList<>(List.of(path.split("\\.")));
        if (out.size() >= 2 && out.get(0).equals("population") && out.get(1).startsWith("regions[")) {
            String id = out.get(1).substring("regions[".length(), out.get(1).length() - 1);
            out.set(1, "regionOverrides");
            out.add(2, id);
        }
        return out;
    }

    /** A mapping under construction: keys to sub-mappings, list items by id, or values. */
    private static final class Node {
        private final Map<String, Object> children = new LinkedHashMap<>();

        void put(List<String> steps, String value) {
            String step = steps.get(0);
            if (steps.size() == 1) {
                children.put(step, value);
                return;
            }
            int b = step.indexOf('[');
            if (b > 0) {
                @SuppressWarnings("unchecked")
                Map<String, Node> items = (Map<String, Node>)
                        children.computeIfAbsent(step.substring(0, b), k -> new LinkedHashMap<String, Node>());
                items.computeIfAbsent(step.substring(b + 1, step.length() - 1), k -> new Node())
                        .put(steps.subList(1, steps.size()), value);
                return;
            }
            ((Node) children.computeIfAbsent(step, k -> new Node())).put(steps.subList(1, steps.size()), value);
        }

        void emit(StringBuilder sb, String indent) {
            for (Map.Entry<String, Object> e : children.entrySet()) {
                sb.append(indent).append(e.getKey()).append(':');
                if (e.getValue() instanceof String v) {
                    sb.append(' ').append(v).append('\n');
                } else if (e.getValue() instanceof Node n) {
                    sb.append('\n');
                    n.emit(sb, indent + INDENT);
                } else {
                    sb.append('\n');
                    @SuppressWarnings("unchecked")
                    Map<String, Node> items = (Map<String, Node>) e.getValue();
                    for (Map.Entry<String, Node> item : items.entrySet()) {
                        sb.append(indent)
                                .append(INDENT)
                                .append("- id: ")
                                .append(item.getKey())
                                .append('\n');
                        item.getValue().emit(sb, indent + INDENT + INDENT);
                    }
                }
            }
        }
    }
}
