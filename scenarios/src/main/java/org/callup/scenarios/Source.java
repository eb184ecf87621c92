package org.callup.scenarios;

import java.nio.file.Path;
import org.callup.scenarios.yaml.Origin;
import org.callup.scenarios.yaml.SafeYamlReader;
import org.callup.scenarios.yaml.UnreadableYamlException;
import org.callup.scenarios.yaml.YamlLimits;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlWording;

/** The text of one scenario file and where it came from. */
record Source(Origin origin, String text) {
    /** Far more than a scenario needs: the shipped ones nest 5 levels deep and hold a few hundred values. */
    static final YamlLimits LIMITS = new YamlLimits(32, 200_000, (int) SourceText.MAX_BYTES, 50);

    private static final SafeYamlReader READER = new SafeYamlReader(
            LIMITS,
            new YamlWording(
                    "a scenario",
                    "the file is empty; a scenario is a mapping of keys such as name, startDate and population",
                    "a mapping of scenario keys (name, startDate, population, ...)",
                    "use 'extends' to share values"));

    static Source library(String name) throws ScenarioException {
        Origin o = Origin.library(name);
        return new Source(o, SourceText.readResource(ScenarioLibrary.RESOURCE_DIR + name + ".yaml", o));
    }

    static Source file(Path file) throws ScenarioException {
        Origin o = Origin.file(file);
        return new Source(o, SourceText.readFile(file, o));
    }

    static Source text(String text, String label) {
        return new Source(Origin.text(label), text);
    }

    /**
     * The top-level mapping of the text. A file that cannot be read as a whole fails with that one problem; a key
     * given twice is added to {@code problems} so that it is reported with the rest.
     */
    YamlMap tree(Problems problems) throws ScenarioException {
        try {
            return READER.read(text, origin, problems);
        } catch (UnreadableYamlException e) {
            throw new ScenarioException(new Problem(
                    origin.label(), "", e.location().line(), e.location().column(), e.getMessage()));
        }
    }
}
