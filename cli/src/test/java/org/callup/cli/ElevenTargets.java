package org.callup.cli;

import java.nio.file.Path;

/**
 * The twelve reported figures the project first shipped, kept as a fixed test file so that the tests of the
 * calibration commands do not move when the shipped record grows.
 */
final class ElevenTargets {
    private ElevenTargets() {}

    static String path() {
        try {
            return Path.of(ElevenTargets.class
                            .getResource("/reported-2022-12-targets.csv")
                            .toURI())
                    .toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
