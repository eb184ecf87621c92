package org.callup.cli;

import java.awt.GraphicsEnvironment;
import java.util.concurrent.Callable;
import org.callup.model.params.Scenario;
import org.callup.results.BadInputException;
import org.callup.scenarios.ResolvedScenario;
import org.callup.viz.gui.GuiLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code callup gui}: opens the MASON Console on a scenario, with its sliders, live charts and map. */
@Command(
        name = "gui",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Open a scenario in the GUI, with sliders, live charts and a map.",
            "A MASON Console whose Model tab holds the sliders (quota, raids, exemptions, borders, legitimacy...), "
                    + "with live charts and a map of regions, border posts and flows.",
            "Press Play; a change applies from the next day. With the same scenario and seed the GUI shows the "
                    + "numbers 'callup run' writes. Needs a display."
        })
public final class GuiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioArgument scenario;

    @Mixin
    ScenarioOverrides overrides;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws Exception {
        int nThreads = threads.checked(spec);
        ResolvedScenario loaded = scenario.load();
        Scenario effective = overrides.apply(loaded.scenario(), spec);
        new MemoryEstimate(effective, loaded.output())
                .check(Runtime.getRuntime().maxMemory(), effective);
        if (GraphicsEnvironment.isHeadless()) {
            throw new BadInputException("no display to open a window on (is DISPLAY set?); "
                    + "callup run gives the same numbers without one");
        }
        GuiLauncher.openAndWait(loaded, effective, nThreads);
        return ExitCodes.OK;
    }
}
