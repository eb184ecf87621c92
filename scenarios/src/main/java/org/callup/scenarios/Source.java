package org.callup.scenarios;

import java.nio.file.Path;

/** The text of one scenario file and where it came from. */
record Source(Origin origin, String text) {

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
}
