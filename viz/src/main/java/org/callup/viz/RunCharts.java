package org.callup.viz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.callup.model.params.BorderPostSpec;
import org.callup.results.BadInputException;
import org.callup.results.RunData;
import org.callup.results.RunFolder;
import org.callup.scenarios.ScenarioException;
import org.callup.scenarios.ScenarioLibrary;
import org.callup.viz.charts.ChartCatalog;
import org.callup.viz.charts.ChartFiles;
import org.callup.viz.charts.PostLabels;
import org.callup.viz.charts.RunDataHistory;

/**
 * The charts of a finished run, written into its folder as {@code charts/<name>.png} and {@code charts/<name>.svg}:
 * states over time, mobilized against the quota, crossings and waits per post, protests, arrests and attacks, each
 * with the policy events marked on the time axis. The same chart code draws the GUI's live charts.
 */
public final class RunCharts {
    /** The sub-folder of a run folder that holds its charts. */
    public static final String FOLDER = "charts";

    private RunCharts() {}

    /**
     * Draws every chart of the run in {@code runFolder}; returns the files written. A folder that is missing or is
     * not a finished run folder is a {@link BadInputException} with a one-line message.
     */
    public static List<Path> writeAll(Path runFolder) throws BadInputException, IOException {
        if (!Files.isDirectory(runFolder)) {
            throw new BadInputException(runFolder + ": no such folder");
        }
        if (!RunFolder.isRunFolder(runFolder)) {
            throw new BadInputException(
                    runFolder + " is neither a callup run folder nor a comparison folder (it has no "
                            + RunFolder.MANIFEST_FILE + ")");
        }
        RunData run = RunData.read(runFolder);
        return ChartFiles.writeAll(
                ChartCatalog.all(), new RunDataHistory(run, postLabels(runFolder)), runFolder.resolve(FOLDER));
    }

    /**
     * Legend labels of the posts, from the scenario kept in the run folder. Without it (or if this version of callup
     * cannot read it) the charts name posts by their ids, which is still correct.
     */
    static Map<String, String> postLabels(Path runFolder) {
        Map<String, String> out = new HashMap<>();
        Path yaml = runFolder.resolve(RunFolder.SCENARIO_FILE);
        if (!Files.isRegularFile(yaml)) {
            return out;
        }
        try {
            String text = Files.readString(yaml);
            for (BorderPostSpec p : ScenarioLibrary.shipped()
                    .loadText(text, yaml.toString())
                    .scenario()
                    .borders()
                    .posts()) {
                out.put(p.id(), PostLabels.of(p));
            }
        } catch (IOException | ScenarioException e) {
            return Map.of();
        }
        return out;
    }
}
