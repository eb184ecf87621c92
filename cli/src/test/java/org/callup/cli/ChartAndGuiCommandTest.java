package org.callup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of `callup chart` and of `callup gui` where no display is available. */
class ChartAndGuiCommandTest {
    @TempDir
    Path dir;

    private static void assertOneLine(String text) {
        assertEquals(1, text.strip().lines().count(), "one line expected:\n" + text);
        assertFalse(text.contains("\tat "), "no stack trace:\n" + text);
    }

    @Test
    void redrawsTheChartsOfARunFolder() throws Exception {
        Path out = dir.resolve("run");
        assertEquals(
                0,
                Cli.run("run", "smoke", "--no-charts", "--out", out.toString(), "--quiet")
                        .code());
        assertFalse(Files.exists(out.resolve("charts")));
        Cli.Result r = Cli.run("chart", out.toString());
        assertEquals(0, r.code(), r.toString());
        for (String chart : new String[] {"states", "mobilization"}) {
            assertTrue(Files.size(out.resolve("charts").resolve(chart + ".png")) > 1000, chart + ".png");
            assertTrue(
                    Files.readString(out.resolve("charts").resolve(chart + ".svg"))
                            .contains("<svg"),
                    chart + ".svg");
        }
    }

    @Test
    void aMissingFolderIsBadInput() {
        Cli.Result r = Cli.run("chart", dir.resolve("nowhere").toString());
        assertEquals(2, r.code(), r.toString());
        assertOneLine(r.err());
    }

    @Test
    void aFolderThatIsNotARunIsBadInputAndIsLeftAlone() throws Exception {
        Path notARun = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(notARun.resolve("holiday.txt"), "mine");
        Cli.Result r = Cli.run("chart", notARun.toString());
        assertEquals(2, r.code(), r.toString());
        assertOneLine(r.err());
        assertFalse(Files.exists(notARun.resolve("charts")), "nothing written into a folder that is not a run");
    }

    @Test
    void theGuiWithoutADisplayExitsWithOneLine() {
        Assumptions.assumeTrue(GraphicsEnvironment.isHeadless(), "a display is available");
        Cli.Result r = Cli.run("gui", "smoke");
        assertEquals(2, r.code(), r.toString());
        assertOneLine(r.err());
    }
}
