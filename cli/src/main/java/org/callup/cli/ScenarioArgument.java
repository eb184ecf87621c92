package org.callup.cli;

import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioException;
import org.callup.scenarios.ScenarioLibrary;
import picocli.CommandLine.Parameters;

/** The optional SCENARIO argument of the verbs that run one: a library name or a YAML file. */
final class ScenarioArgument {
    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "SCENARIO",
            defaultValue = ScenarioLibrary.DEFAULT,
            completionCandidates = ScenarioNames.class,
            description = "A library scenario (${COMPLETION-CANDIDATES}) or a YAML file. Default: ${DEFAULT-VALUE}.")
    String scenario;

    /** Loads and validates it; every problem of a file is in the exception. */
    ResolvedScenario load() throws ScenarioException {
        return ScenarioLibrary.shipped().load(scenario);
    }
}
