package org.callup.scenarios;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.callup.scenarios.yaml.Origin;
import org.callup.scenarios.yaml.StrictValues;
import org.callup.scenarios.yaml.YamlList;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlNode;
import org.callup.scenarios.yaml.YamlScalar;

/**
 * Resolves {@code extends}: reads a scenario file and, recursively, the files it extends (a library name such as
 * {@code partial-mobilization-2022}, or a path ending in {@code .yaml} relative to the extending file), and merges
 * them into one tree with {@link TreeMerger}. A chain that comes back to a file it already passed through is a
 * cycle and fails.
 */
final class ScenarioComposer {
    static final String EXTENDS = "extends";
    static final String REMOVE_EVENTS = "removeEvents";
    static final String REMOVE_POSTS = "removePosts";
    static final Set<String> DIRECTIVES = Set.of(EXTENDS, REMOVE_EVENTS, REMOVE_POSTS);
    static final int MAX_CHAIN = 16;

    private final Problems problems;
    private final List<String> libraryNames;

    ScenarioComposer(Problems problems, List<String> libraryNames) {
        this.problems = problems;
        this.libraryNames = libraryNames;
    }

    /** The tree of {@code top} with everything it extends merged in, without the merge directives. */
    YamlMap compose(Source top) throws ScenarioException {
        YamlMap own = top.tree(problems);
        YamlMap tree = compose(top.origin(), own, new ArrayList<>());
        if (!own.has("name")) {
            tree = tree.with(
                    "name",
                    tree.location(),
                    new YamlScalar(YamlScalar.Kind.TEXT, baseName(top.origin()), tree.location(), "name"));
        }
        return tree;
    }

    private YamlMap compose(Origin origin, YamlMap tree, List<String> chain) throws ScenarioException {
        checkEventIds(tree);
        YamlNode ext = tree.get(EXTENDS);
        if (ext == null) {
            misspeltExtends(tree);
            for (String d : List.of(REMOVE_EVENTS, REMOVE_POSTS)) {
                if (tree.has(d)) {
                    problems.at(
                            tree.entry(d).keyLocation(),
                            d,
                            "only a file that extends another can remove " + "its events or posts; add 'extends'");
                }
            }
            return tree.without(DIRECTIVES);
        }
        chain.add(origin.key());
        Source parent = parent(ext, origin, chain);
        if (parent == null) {
            return tree.without(DIRECTIVES);
        }
        YamlMap base = compose(parent.origin(), parent.tree(problems), chain);
        return new TreeMerger(problems)
                .merge(base, tree.without(DIRECTIVES), tree.get(REMOVE_EVENTS), tree.get(REMOVE_POSTS));
    }

    private Source parent(YamlNode ext, Origin from, List<String> chain) throws ScenarioException {
        String ref = new StrictValues(problems).text(ext);
        if (ref == null) {
            return null;
        }
        Source parent;
        if (ref.endsWith(".yaml") || ref.endsWith(".yml")) {
            parent = parentFile(ref, from, ext);
        } else if (libraryNames.contains(ref)) {
            parent = Source.library(ref);
        } else {
            throw fatal(
                    ext,
                    "no library scenario named '" + ref + "'" + Suggest.didYouMean(ref, libraryNames) + " (library: "
                            + String.join(", ", libraryNames) + "; a file must end in .yaml)");
        }
        if (chain.contains(parent.origin().key())) {
            throw fatal(
                    ext,
                    "'extends' goes round in a cycle: " + String.join(" -> ", labels(chain)) + " -> "
                            + parent.origin().label());
        }
        if (chain.size() >= MAX_CHAIN) {
            throw fatal(ext, "more than " + MAX_CHAIN + " files extend one another");
        }
        return parent;
    }

    private Source parentFile(String ref, Origin from, YamlNode at) throws ScenarioException {
        if (from.library()) {
            String name = ref.substring(0, ref.lastIndexOf('.'));
            if (!libraryNames.contains(name)) {
                throw fatal(at, "no library file '" + ref + "'");
            }
            return Source.library(name);
        }
        Path p;
        try {
            p = from.directory() == null ? Path.of(ref) : from.directory().resolve(ref);
        } catch (InvalidPathException e) {
            throw fatal(at, "cannot extend '" + ref + "': not a valid file name");
        }
        if (!isYamlName(realPathOr(p))) {
            // A link named base.yaml must not turn 'extends' into a reader of any file.
            throw fatal(at, "cannot extend '" + ref + "': it is a link to a file that is not a .yaml file");
        }
        try {
            return Source.file(p);
        } catch (ScenarioException e) {
            Problem cause = e.problems().get(0);
            throw fatal(at, "cannot extend '" + ref + "': " + cause.message());
        }
    }

    private static boolean isYamlName(Path p) {
        Path name = p.getFileName();
        return name != null
                && (name.toString().endsWith(".yaml") || name.toString().endsWith(".yml"));
    }

    /** The real path, or the path itself when it does not resolve (reading it then reports why). */
    private static Path realPathOr(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | RuntimeException e) {
            return p;
        }
    }

    /**
     * A file whose {@code extends} is misspelt would be reported as missing every section the scenario it meant to
     * extend supplies: a page of problems that all come from one typo. The typo alone is reported instead.
     */
    private void misspeltExtends(YamlMap tree) throws ScenarioException {
        List<String> valid = new ArrayList<>(ScenarioBinder.TOP_LEVEL_KEYS);
        valid.addAll(List.of(EXTENDS, REMOVE_EVENTS, REMOVE_POSTS));
        for (YamlMap.Entry e : tree.entries()) {
            if (!valid.contains(e.key()) && EXTENDS.equals(Suggest.closest(e.key(), valid))) {
                problems.at(
                        e.keyLocation(),
                        e.key(),
                        "unknown key; did you mean '" + EXTENDS + "'? (the sections "
                                + "a scenario leaves out come from the one it extends, so nothing else is checked until this is "
                                + "fixed)");
                throw problems.toException();
            }
        }
    }

    private ScenarioException fatal(YamlNode at, String message) {
        problems.at(at, message);
        return problems.toException();
    }

    /** An event id may appear once per file; extending files replace or remove events by id. */
    private void checkEventIds(YamlMap tree) {
        if (!(tree.get(EventsReader.KEY) instanceof YamlList list)) {
            return;
        }
        Map<String, YamlNode> seen = new HashMap<>();
        for (YamlNode item : list.items()) {
            String id = TreeMerger.idOf(item);
            if (id != null && seen.putIfAbsent(id, item) != null) {
                problems.at(
                        ((YamlMap) item).get(EventsReader.ID),
                        "event id '" + id + "' is used twice in this file " + "(first on line "
                                + seen.get(id).location().line() + ")");
            }
        }
    }

    private List<String> labels(List<String> keys) {
        return keys.stream()
                .map(k -> k.startsWith("library:") ? k.substring(8) + ".yaml" : k)
                .toList();
    }

    /** The name a scenario gets when its own file does not set one: the file name without its extension. */
    static String baseName(Origin origin) {
        String label = Path.of(origin.label()).getFileName().toString();
        int dot = label.lastIndexOf('.');
        return dot > 0 ? label.substring(0, dot) : label;
    }
}
