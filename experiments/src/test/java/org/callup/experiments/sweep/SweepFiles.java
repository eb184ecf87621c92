package org.callup.experiments.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sweep files for tests, written into a temporary folder. */
final class SweepFiles {
    /** A small grid over the smoke scenario: 2 x 2 points, 2 replications, two outputs. */
    static final String SMALL_GRID = """
            name: small
            scenario: smoke
            seed: 11
            replications: 2
            design: {type: grid}
            parameters:
              - {name: raid, path: recruiters.channels.raid.intensity, values: [0, 2]}
              - name: quota
                path: timeline[announce].quotaPersons
                values: [100000, 600000]
            outputs:
              - {name: emigrants, metric: emigrants, scope: all, statistic: sum}
              - {name: mobilized, metric: mobilized, scope: all, statistic: sum}
            """;

    private SweepFiles() {}

    static Path write(Path dir, String name, String yaml) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, yaml);
        return f;
    }

    static Sweep load(Path dir, String yaml) throws Exception {
        return SweepFile.load(write(dir, "sweep.yaml", yaml));
    }
}
