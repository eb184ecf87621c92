package org.callup.viz.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.callup.model.MobilizationModel;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.Metric;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.model.timeline.SetParameter;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Save as scenario...": an experiment made with the Model tab comes back from the file it is saved to. */
class SaveAsScenarioTest {
    @TempDir
    Path dir;

    @Test
    void twoChangesMadeBeforePlayAreSavedByTheirPathsAndLoadBack() throws Exception {
        Scenario smoke = ScenarioLibrary.shipped().load("smoke").scenario();
        CallupWithUI gui = new CallupWithUI(smoke, 1);
        ModelControls controls = (ModelControls) gui.getSimulationInspectedObject();
        controls.getProtest().setLegitimacy(0.3);
        controls.getBorders().setLandBordersOpen(false);
        controls.getCitizens().setNewsDelay(5);
        Path file = dir.resolve("closed-borders.yaml");

        ResolvedScenario back = gui.saveAs(file);

        String yaml = Files.readString(file);
        assertTrue(yaml.startsWith("# closed-borders: an experiment made in the callup GUI on "), yaml);
        assertTrue(yaml.contains("from scenario smoke (library:smoke)"), yaml);
        assertTrue(yaml.contains("\nextends: \"smoke\"\n"), yaml);
        assertTrue(yaml.contains("protest:\n  legitimacy: 0.3\n"), yaml);
        assertTrue(yaml.contains("open: false"), yaml);
        assertTrue(!yaml.contains("timeline:"), "no change was made during a run");
        Scenario expected = ParamPaths.set(
                ParamPaths.set(gui.parameters().startingPoint(), "name", "closed-borders"),
                "description",
                back.scenario().description());
        assertEquals(expected, back.scenario(), "the file holds the GUI's scenario, every change included");
        assertEquals(0.3, back.scenario().protest().legitimacy());
        assertEquals(5, back.scenario().decisions().newsDelayDays());
        assertTrue(
                back.scenario().borders().posts().stream()
                        .filter(p -> !p.mode().name().equals("AIR"))
                        .noneMatch(p -> p.open()),
                "every land post is closed");
    }

    @Test
    void aChangeMadeDuringTheRunIsSavedAsAnEventOnItsDayAndTheRunIsReproduced() throws Exception {
        Scenario smoke = ScenarioLibrary.shipped().load("smoke").scenario();
        CallupWithUI gui = new CallupWithUI(smoke, 1);
        gui.parameters().change("protest.legitimacy", 0.4);
        MobilizationModel live = new MobilizationModel(gui.parameters().startingPoint(), 1);
        live.start();
        gui.parameters().attach(live);
        for (int d = 0; d < 3; d++) {
            live.schedule.step(live);
            gui.parameters().dayDone();
        }
        assertTrue(gui.parameters().change("decisions.ascFlee", -2.0));
        DayObservation guiLast = runToEnd(live, gui);

        ResolvedScenario back = gui.saveAs(dir.resolve("flee.yaml"));

        List<SetParameter> added = back.scenario().timeline().stream()
                .filter(SetParameter.class::isInstance)
                .map(SetParameter.class::cast)
                .filter(e -> e.path().equals("decisions.ascFlee"))
                .toList();
        assertEquals(1, added.size(), "the change during the run is an event");
        assertEquals(smoke.startDate().plusDays(3), added.get(0).date(), "on the day it applied from");
        assertEquals(0.4, back.scenario().protest().legitimacy());
        MobilizationModel replay = new MobilizationModel(back.scenario(), 1);
        replay.start();
        DayObservation fileLast = runToEnd(replay, null);
        for (Metric m :
                List.of(Metric.MOBILIZED_CUMULATIVE, Metric.STATE_ABROAD, Metric.STATE_HIDING, Metric.PROTESTERS)) {
            assertEquals(guiLast.all(m), fileLast.all(m), m + " on the last day");
        }
    }

    private static DayObservation runToEnd(MobilizationModel m, CallupWithUI gui) {
        while (!m.finishedRun()) {
            m.schedule.step(m);
            if (gui != null) {
                gui.parameters().dayDone();
            }
        }
        DayObservation last = m.lastObservation();
        m.finish();
        return last;
    }
}
