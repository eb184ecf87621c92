package org.callup.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.callup.scenarios.ScenarioException;
import org.callup.scenarios.ScenarioLibrary;

/**
 * Where a scenario came from: the chain of scenarios it {@code extends}, and what its own file changes from the one
 * it extends. A run folder keeps the scenario fully resolved, so both are read from the scenario's origin (a library
 * scenario, or the file it was loaded from, if it is still there); a library scenario that has changed since the
 * run (its hash differs) is said to.
 *
 * @param chain    the scenario, then the one it extends, and so on to a base
 * @param settings what the scenario's own file sets, one {@code path: value} per line (empty for a base scenario)
 * @param notes    what could not be read or may be out of date
 */
record ScenarioLineage(List<String> chain, List<String> settings, List<String> notes) {
    private static final String LIBRARY = "library:";
    private static final String RESOURCE_DIR = "/scenarios/";
    private static final Set<String> NOT_SETTINGS = Set.of("name", "description", "extends");
    private static final int MAX_SETTINGS = 60;
    private static final int MAX_DEPTH = 20;

    /**
     * The lineage of a scenario as recorded in a manifest.
     *
     * @param sha256 the hash the run recorded of the resolved scenario, or null
     */
    static ScenarioLineage of(String name, String origin, String sha256) {
        List<String> chain = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> settings = List.of();
        Source s = origin.startsWith(LIBRARY)
                ? Source.library(origin.substring(LIBRARY.length()))
                : Source.file(Path.of(origin));
        if (s.kind == Kind.LIBRARY) {
            noteChange(s.name, sha256, notes);
        }
        for (int depth = 0; s != null && depth < MAX_DEPTH; depth++) {
            Map<String, Object> tree = s.read();
            if (tree == null) {
                chain.add(depth == 0 ? name : s.name);
                notes.add(s.label() + " could not be read now; what it extends is unknown");
                break;
            }
            chain.add(tree.get("name") instanceof String n ? n : s.name);
            Object ext = tree.get("extends");
            if (depth == 0 && ext != null) {
                settings = settings(tree);
            }
            s = ext == null ? null : s.parentOf(ext.toString());
        }
        return new ScenarioLineage(chain, settings, notes);
    }

    private static void noteChange(String name, String sha256, List<String> notes) {
        if (sha256 == null || !ScenarioLibrary.shipped().names().contains(name)) {
            return;
        }
        try {
            if (!ScenarioLibrary.shipped().load(name).sha256().equals(sha256)) {
                notes.add("the library's scenario '" + name + "' has changed since this was run; what it extends "
                        + "and sets is shown as the library has it now (the folder's scenario.yaml is what ran)");
            }
        } catch (ScenarioException e) {
            notes.add("the library's scenario '" + name + "' no longer loads");
        }
    }

    private static List<String> settings(Map<String, Object> tree) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            if (!NOT_SETTINGS.contains(e.getKey())) {
                flatten(e.getKey(), e.getValue(), out);
            }
        }
        if (out.size() > MAX_SETTINGS) {
            int more = out.size() - MAX_SETTINGS;
            out = new ArrayList<>(out.subList(0, MAX_SETTINGS));
            out.add("... and " + more + " more");
        }
        return out;
    }

    private static void flatten(String path, Object value, List<String> out) {
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                flatten(path + "." + e.getKey(), e.getValue(), out);
            }
        } else if (value instanceof List<?> l && l.stream().anyMatch(x -> x instanceof Map<?, ?>)) {
            for (Object item : l) {
                out.add(path + ": + " + inline(item));
            }
        } else {
            out.add(path + ": " + inline(value));
        }
    }

    private static String inline(Object v) {
        if (v instanceof Map<?, ?> m) {
            return m.entrySet().stream()
                    .map(e -> e.getKey() + ": " + inline(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (v instanceof List<?> l) {
            return l.stream().map(ScenarioLineage::inline).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(v);
    }

    private enum Kind {
        LIBRARY,
        FILE
    }

    /** A scenario's YAML: a library resource or a file. */
    private record Source(Kind kind, String name, Path file) {
        static Source library(String name) {
            return new Source(Kind.LIBRARY, name, null);
        }

        static Source file(Path file) {
            String n = file.getFileName() == null
                    ? file.toString()
                    : file.getFileName().toString();
            return new Source(Kind.FILE, n.replaceFirst("\\.ya?ml$", ""), file);
        }

        String label() {
            return kind == Kind.LIBRARY ? "library scenario '" + name + "'" : "scenario file " + file;
        }

        /** What {@code extends: value} in this source names. */
        Source parentOf(String value) {
            if (ScenarioLibrary.shipped().names().contains(value)) {
                return library(value);
            }
            if (kind == Kind.FILE && file.getParent() != null) {
                return file(file.getParent().resolve(value));
            }
            return file(Path.of(value));
        }

        Map<String, Object> read() {
            try {
                String text;
                if (kind == Kind.LIBRARY) {
                    try (InputStream in = ScenarioLibrary.class.getResourceAsStream(RESOURCE_DIR + name + ".yaml")) {
                        if (in == null) {
                            return null;
                        }
                        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                } else {
                    if (!Files.isRegularFile(file)) {
                        return null;
                    }
                    text = Files.readString(file, StandardCharsets.UTF_8);
                }
                return PlainYaml.map(text);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }
}
