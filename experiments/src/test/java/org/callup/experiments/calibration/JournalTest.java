package org.callup.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.callup.results.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    private static final List<String> PATHS =
            List.of("decisions.ascFlee", "borders.posts[upper_lars].capacityPersonsPerDay");
    private static final List<String> IDS = List.of("mob", "arson");

    @TempDir
    Path dir;

    static Evaluation evaluation(double a, double b) {
        return new Evaluation(
                new double[] {a, b}, new double[][] {{300_000.5, 1e-5}, {Double.NaN, 17}}, 0.1 * a + b, "");
    }

    @Test
    void entriesReadBackBitForBit() throws IOException, BadInputException {
        Path file = dir.resolve("journal.csv");
        Evaluation e1 = evaluation(-4.123456789012345, 7000);
        Evaluation e2 = new Evaluation(
                new double[] {Math.PI, 1e-7},
                new double[][] {{1, 2}, {3, 4}},
                Evaluation.INFEASIBLE,
                "targetAgeMin 40 is above targetAgeMax, with \"quotes\", and a comma");
        try (Journal j = Journal.open(file, PATHS, IDS, 2)) {
            j.append(e1);
            j.append(e2);
            j.append(e1);
            assertEquals(2, j.size(), "an evaluation is journalled once");
        }
        try (Journal j = Journal.open(file, PATHS, IDS, 2)) {
            assertEquals(List.of(e1, e2), j.entries());
            assertEquals(e2, j.get(new ValueKey(new double[] {Math.PI, 1e-7})));
        }
    }

    @Test
    void aLineCutShortByAKillIsDroppedAndTheNextAppendStartsClean() throws IOException, BadInputException {
        Path file = dir.resolve("journal.csv");
        try (Journal j = Journal.open(file, PATHS, IDS, 2)) {
            j.append(evaluation(1, 2));
            j.append(evaluation(3, 4));
        }
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() - 7), StandardCharsets.UTF_8);
        try (Journal j = Journal.open(file, PATHS, IDS, 2)) {
            assertEquals(List.of(evaluation(1, 2)), j.entries());
            j.append(evaluation(5, 6));
        }
        try (Journal j = Journal.open(file, PATHS, IDS, 2)) {
            assertEquals(List.of(evaluation(1, 2), evaluation(5, 6)), j.entries());
        }
    }

    @Test
    void aJournalOfAnotherSetupIsRefused() throws IOException, BadInputException {
        Path file = dir.resolve("journal.csv");
        Journal.open(file, PATHS, IDS, 2).close();
        BadInputException e = assertThrows(
                BadInputException.class, () -> Journal.open(file, PATHS, IDS, 3).close());
        assertTrue(
                e.getMessage().contains("another calibration") || e.getMessage().contains("other parameters"),
                e.getMessage());
    }

    @Test
    void aDamagedLineInTheMiddleNamesItsLine() throws IOException, BadInputException {
        Path file = dir.resolve("journal.csv");
        try (Journal j = Journal.open(file, PATHS, IDS, 2)) {
            j.append(evaluation(1, 2));
            j.append(evaluation(3, 4));
        }
        List<String> lines = Files.readAllLines(file);
        lines.set(1, lines.get(1).replaceFirst("^[^,]+", "x"));
        Files.write(file, lines);
        BadInputException e = assertThrows(
                BadInputException.class, () -> Journal.open(file, PATHS, IDS, 2).close());
        assertTrue(e.getMessage().contains("journal.csv:2"), e.getMessage());
    }
}
