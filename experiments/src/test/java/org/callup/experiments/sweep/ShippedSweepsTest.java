package org.callup.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example sweep shipped in sweeps/, and the sweep file shown in the README, are valid as written. */
class ShippedSweepsTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void theExampleSweepLoads() throws Exception {
        Sweep s = SweepFile.load(ROOT.resolve("sweeps/exodus-vs-border-policy.yaml"));
        assertEquals("sobol design, 4 parameters x 32 samples: 192 points x 2 replications = 384 runs", s.summary());
        assertEquals("land-border-closure", s.base().name());
        assertTrue(s.sobol());
    }

    @Test
    void theSweepFileOfTheReadmeLoads() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int section = readme.indexOf("### The sweep file");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        String yaml = readme.substring(start, readme.indexOf("```", start));
        Files.copy(ROOT.resolve("sweeps/land-border-closure.yaml"), dir.resolve("land-border-closure.yaml"));
        Sweep s = SweepFiles.load(dir, yaml);
        assertEquals("exodus-vs-border-policy", s.name());
        assertEquals(32 * 5, s.points());
    }
}
