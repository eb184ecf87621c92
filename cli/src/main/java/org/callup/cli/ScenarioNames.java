package org.callup.cli;

import java.util.Iterator;
import org.callup.scenarios.ScenarioLibrary;

/** The shipped scenario names, for help texts and shell completion. */
final class ScenarioNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return ScenarioLibrary.shipped().names().iterator();
    }
}
