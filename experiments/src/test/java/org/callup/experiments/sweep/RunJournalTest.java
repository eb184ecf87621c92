package org.callup.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunJournalTest {
    static final RunRows ROWS = new RunRows(List.of("x"), List.of("y"));

    @TempDir
    Path dir;

    private String row(int run, String error) {
        return ROWS.row(run, run, 1, 100 + run, new Object[] {0.5}, new double[] {run * 2}, error);
    }

    @Test
    void aTornLastLineIsCutOffAndItsRunCountsAsMissing() throws IOException {
        Path f = dir.resolve("journal.csv");
        try (RunJournal j = RunJournal.open(f, ROWS.headerLine())) {
            j.append(3, row(3, null));
            j.append(1, row(1, "boom, with a comma\nand a line break"));
        }
        String torn = row(2, null);
        Files.writeString(f, torn.substring(0, torn.length() / 2), StandardOpenOption.APPEND);
        try (RunJournal j = RunJournal.open(f, ROWS.headerLine())) {
            assertEquals(2, j.count());
            assertTrue(j.has(1) && j.has(3));
            assertFalse(j.has(2));
            assertEquals(1, j.failures());
            j.append(2, row(2, null));
            j.append(2, row(2, "a second time is ignored"));
        }
        Path runs = dir.resolve("runs.csv");
        RunsCsv.Written w = RunsCsv.fromJournal(f, ROWS.headerLine(), runs);
        assertEquals(3, w.count());
        assertEquals(
                List.of(
                        "run,point,replication,seed,x,y,error",
                        "1,1,1,101,0.5,2,\"boom, with a comma and a line " + "break\"",
                        "2,2,1,102,0.5,4,",
                        "3,3,1,103,0.5,6,"),
                Files.readAllLines(runs));
        assertTrue(w.failed().get(1) && !w.failed().get(2));
    }

    @Test
    void aJournalOfOtherColumnsOrWithADamagedLineIsRefused() throws IOException {
        Path f = dir.resolve("journal.csv");
        Files.writeString(f, "run,point,replication,seed,z,y,error\n");
        IOException other = assertThrows(IOException.class, () -> RunJournal.open(f, ROWS.headerLine()));
        assertTrue(other.getMessage().contains("another"), other.getMessage());
        Files.writeString(f, ROWS.headerLine() + "x1,1\n" + row(2, null));
        IOException damaged = assertThrows(IOException.class, () -> RunJournal.open(f, ROWS.headerLine()));
        assertTrue(damaged.getMessage().contains("line 2 is damaged"), damaged.getMessage());
    }
}
