package org.callup.experiments.calibration;

import java.nio.file.Path;
import java.util.List;
import org.callup.results.Target;
import org.callup.results.Targets;

/**
 * The twelve reported figures the project first shipped (eleven of autumn 2022 and the 2024 draft), kept as a fixed
 * test file so that the tests of the calibration machinery do not move when the shipped record grows.
 */
final class ElevenTargets {
    private static final String RESOURCE = "/calibration/reported-2022-12-targets.csv";

    private ElevenTargets() {}

    static List<Target> read() {
        try {
            return Targets.read(
                    Path.of(ElevenTargets.class.getResource(RESOURCE).toURI()));
        } catch (Exception e) {
            throw new IllegalStateException(RESOURCE, e);
        }
    }
}
