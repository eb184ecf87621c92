package org.callup.viz.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.callup.model.observe.Metric;
import org.callup.results.CsvValues;
import org.callup.results.RunData;
import org.callup.results.RunProgress;
import org.callup.results.ScenarioRun;
import org.callup.results.SeriesKey;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioLibrary;
import org.callup.viz.charts.ObservedHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GUI steps the same model as {@code callup run}: same scenario and seed, same numbers, day by day. */
class GuiMatchesRunTest {
    @TempDir
    Path dir;

    @Test
    void steppingTheGuiGivesTheNumbersOfARunFolder() throws Exception {
        ResolvedScenario smoke = ScenarioLibrary.shipped().load("smoke");
        new ScenarioRun(smoke, smoke.scenario(), Map.of(), 2, 1, Clock.systemUTC()).writeTo(dir, new RunProgress() {});
        RunData run = RunData.read(dir);

        CallupWithUI gui = new CallupWithUI(smoke.scenario(), 1);
        gui.start();
        while (gui.step()) {
            // the GUI state stops its model after the last day
        }
        ObservedHistory seen = gui.history().snapshot();
        gui.finish();

        assertEquals(run.dates(), seen.dates());
        int compared = 0;
        for (SeriesKey k : run.keys()) {
            Metric m = Metric.byKey(k.metric());
            if (m != null) {
                // The folder holds the numbers as its CSV files write them (counts whole, levels to six digits).
                double[] written = run.series(k.scope(), k.metric());
                double[] stepped = seen.series(m, k.scope());
                assertEquals(written.length, stepped.length, k.toString());
                for (int d = 0; d < written.length; d++) {
                    assertEquals(
                            CsvValues.value(k.metric(), written[d]),
                            CsvValues.value(k.metric(), stepped[d]),
                            k + " on day " + d);
                }
                compared++;
            }
        }
        assertTrue(compared > 100, "compared " + compared + " series");
        assertTrue(run.series("all", "emigrants")[run.days() - 1] > 0, "the run has something to compare");
    }
}
