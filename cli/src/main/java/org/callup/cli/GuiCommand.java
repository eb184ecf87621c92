package org.callup.cli;

import java.awt.GraphicsEnvironment;
import java.util.concurrent.Callable;
import org.callup.model.params.Scenario;
import org.callup.results.BadInputException;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioLibrary;
import org.callup.viz.gui.GuiLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code callup gui}: opens the MASON Console on a scenario, with its sliders, live charts and map. */
@Command(name = "gui", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Open a scenario in the GUI: a MASON Console whose Model tab holds the sliders (quota, raids, "
                + "exemptions, borders, legitimacy...), live charts and a map of regions, border posts and flows.",
            "Press Play; a change applies from the next day. With the same scenario and seed the GUI shows the "
                    + "numbers callup run writes. Needs a display."})
public final class GuiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = ScenarioLibrary.DEFAULT,
            completionCandidates = ScenarioNames.class,
            description = "A library scenario (${COMPLETION-CANDIDATES}) or a YAML file. Default: ${DEFAULT-VALUE}.")
    String scenario;

    @Mixin
    ScenarioOverrides overrides;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (1 to " + ExecutionOptions.MAX_THREADS + "); default: the number of "
                    + "processors. The numbers do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        if (threads < 1 || threads > ExecutionOptions.MAX_THREADS) {
            throw new ParameterException(spec.commandLine(),
                    "--threads must be between 1 and " + ExecutionOptions.MAX_THREADS + ", was " + threads);
        }
        ResolvedScenario loaded = ScenarioLibrary.shipped().load(scenario);
        Scenario effective = overrides.apply(loaded.scenario(), spec);
        if (GraphicsEnvironment.isHeadless()) {
            throw new BadInputException("no display to open a window on (is DISPLAY set?); "
                    + "callup run gives the same numbers without one");
        }
        GuiLauncher.openAndWait(effective, threads);
        return ExitCodes.OK;
    }
}
