package org.callup.scenarios;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Whatever a user does to a scenario file, loading it either succeeds or fails with problems: never another
 * exception. Fixed-seed random edits of the default scenario (lines deleted, duplicated or swapped, characters
 * replaced) check that every path through the loader handles bad input.
 */
class MutatedFilesTest {
    private static final String NOISE = ":-[]{},#&*!|>'\"%@` \t0123456789.aZ_\n";

    @Test
    void randomEditsNeverEscapeAsAnythingButProblems() throws IOException {
        String original = Files.readString(Path.of("src/main/resources/scenarios/partial-mobilization-2022.yaml"));
        SplittableRandom rnd = new SplittableRandom(20220921);
        int failed = 0;
        for (int trial = 0; trial < 400; trial++) {
            String text = mutate(original, rnd, 1 + rnd.nextInt(3));
            try {
                ScenarioLibrary.shipped().loadText(text, "mutant-" + trial + ".yaml");
            } catch (ScenarioException e) {
                failed++;
                assertFalse(e.problems().isEmpty());
                e.problems().forEach(p -> assertFalse(p.message().isBlank()));
            } catch (RuntimeException e) {
                fail("trial " + trial + " escaped with " + e + "\n--- file ---\n" + text, e);
            }
        }
        assertFalse(failed == 0, "the edits should break most files");
    }

    private static String mutate(String text, SplittableRandom rnd, int edits) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (int k = 0; k < edits; k++) {
            int i = rnd.nextInt(lines.size());
            switch (rnd.nextInt(4)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(i));
                case 2 -> {
                    int j = rnd.nextInt(lines.size());
                    String t = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, t);
                }
                default -> {
                    String line = lines.get(i);
                    if (!line.isEmpty()) {
                        int at = rnd.nextInt(line.length());
                        char c = NOISE.charAt(rnd.nextInt(NOISE.length()));
                        lines.set(i, line.substring(0, at) + c + line.substring(at + 1));
                    }
                }
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        return String.join("\n", lines);
    }
}
