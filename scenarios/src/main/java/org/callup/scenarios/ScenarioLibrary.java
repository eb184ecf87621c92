package org.callup.scenarios;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlScalar;

/**
 * The scenarios shipped with callup, and the entry point for loading any scenario: a library name such as
 * {@code partial-mobilization-2022}, or a path to a YAML file (which may extend a library scenario). Loading reads
 * the file and everything it extends, validates it completely and reports every problem at once.
 */
public final class ScenarioLibrary {
    /** The scenario used when none is named: the September-November 2022 partial mobilization. */
    public static final String DEFAULT = "partial-mobilization-2022";

    static final String RESOURCE_DIR = "/scenarios/";
    private static final String INDEX = RESOURCE_DIR + "index.txt";

    private static final ScenarioLibrary SHIPPED = new ScenarioLibrary(readIndex());

    private final List<String> names;

    private ScenarioLibrary(List<String> names) {
        this.names = List.copyOf(names);
    }

    /** The library shipped in this module. */
    public static ScenarioLibrary shipped() {
        return SHIPPED;
    }

    /** Names of the shipped scenarios, the default first. */
    public List<String> names() {
        return names;
    }

    /**
     * Loads a library scenario by name, or a scenario file by path. A string that is not a library name is taken as
     * a path.
     */
    public ResolvedScenario load(String nameOrPath) throws ScenarioException {
        if (names.contains(nameOrPath)) {
            return resolve(Source.library(nameOrPath), "library:" + nameOrPath);
        }
        Path p;
        try {
            p = Path.of(nameOrPath);
        } catch (RuntimeException e) {
            throw new ScenarioException(new Problem(
                    "", "", 0, 0, "'" + nameOrPath + "' is neither a library scenario " + "nor a valid path"));
        }
        if (!p.toFile().exists() && !nameOrPath.endsWith(".yaml") && !nameOrPath.endsWith(".yml")) {
            throw new ScenarioException(new Problem(
                    "",
                    "",
                    0,
                    0,
                    "no library scenario named '" + nameOrPath + "'"
                            + Suggest.didYouMean(nameOrPath, names) + " and no such file (library: "
                            + String.join(", ", names) + ")"));
        }
        return loadFile(p);
    }

    /** Loads a scenario file; {@code extends} and {@code regionsFile} are resolved relative to it. */
    public ResolvedScenario loadFile(Path file) throws ScenarioException {
        return resolve(Source.file(file), file.toString());
    }

    /**
     * Loads scenario text that is not in a file (e.g. a resolved scenario kept in a run folder). An {@code extends}
     * naming a .yaml file is resolved against the working directory; a {@code regionsFile} must be a shipped table.
     *
     * @param label the name to show in messages, e.g. {@code run-0001/scenario.yaml}
     */
    public ResolvedScenario loadText(String yaml, String label) throws ScenarioException {
        return resolve(Source.text(yaml, label), label);
    }

    /** The first line of a library scenario's description. */
    public String describe(String name) {
        if (!names.contains(name)) {
            throw new IllegalArgumentException(
                    "no library scenario named '" + name + "'" + Suggest.didYouMean(name, names));
        }
        try {
            YamlMap tree = new ScenarioComposer(new Problems(), names).compose(Source.library(name));
            String d =
                    tree.get("description") instanceof YamlScalar s ? s.text().strip() : "";
            int nl = d.indexOf('\n');
            return nl < 0 ? d : d.substring(0, nl).strip();
        } catch (ScenarioException e) {
            throw new IllegalStateException("shipped scenario '" + name + "' is broken: " + e.format(), e);
        }
    }

    private ResolvedScenario resolve(Source source, String origin) throws ScenarioException {
        Problems problems = new Problems();
        YamlMap tree = new ScenarioComposer(problems, names).compose(source);
        ScenarioBinder.Bound bound = new ScenarioBinder(problems).bind(tree);
        return ResolvedScenario.of(bound.scenario(), origin, bound.output(), bound.eventIndexById());
    }

    private static List<String> readIndex() {
        try (InputStream in = ScenarioLibrary.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("the scenario library index " + INDEX + " is missing from the jar");
            }
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    String t = line.strip();
                    if (!t.isEmpty() && !t.startsWith("#")) {
                        out.add(t);
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
