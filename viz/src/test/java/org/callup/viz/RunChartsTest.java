package org.callup.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.callup.results.BadInputException;
import org.callup.results.RunProgress;
import org.callup.results.ScenarioRun;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunChartsTest {
    @TempDir
    Path dir;

    @Test
    void drawsEveryChartOfARunFolderWithPostsNamedAsInItsScenario() throws Exception {
        ResolvedScenario smoke = ScenarioLibrary.shipped().load("smoke");
        new ScenarioRun(smoke, smoke.scenario(), Map.of(), 2, 1, Clock.systemUTC()).writeTo(dir, new RunProgress() {});

        List<Path> files = RunCharts.writeAll(dir);

        assertEquals(8, files.size());
        for (Path f : files) {
            assertTrue(f.startsWith(dir.resolve("charts")), f.toString());
            assertTrue(Files.size(f) > 1000, f + " is not empty");
        }
        assertTrue(ImageIO.read(dir.resolve("charts/states.png").toFile()).getWidth() > 0);
        String borders = Files.readString(dir.resolve("charts/borders.svg"));
        assertTrue(borders.contains("Upper Lars"), "legend names from scenario.yaml");
        assertTrue(borders.contains("Partial mobilization decree"), "fired events listed");
    }

    @Test
    void aFolderThatIsNotARunIsBadInputInOneLine() throws Exception {
        BadInputException missing =
                assertThrows(BadInputException.class, () -> RunCharts.writeAll(dir.resolve("nope")));
        BadInputException notARun = assertThrows(BadInputException.class, () -> RunCharts.writeAll(dir));

        assertEquals(dir.resolve("nope") + ": no such folder", missing.getMessage());
        assertTrue(
                notARun.getMessage().contains("neither a callup run folder nor a comparison folder"),
                notARun.getMessage());
        assertTrue(Files.notExists(dir.resolve("charts")), "nothing written");
    }
}
