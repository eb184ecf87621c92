package org.callup.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Screening of the free parameters on the smoke scenario, one of which provably does nothing there. */
class ScreeningTest {
    private static ExecutorService pool;

    @TempDir
    Path dir;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    private static CalibrationSetup setup() {
        // Returns are boosted only after the quota is declared complete, which the smoke scenario never reaches.
        return CalibrationSetup.builder("smoke")
                .replications(1)
                .parameter(FreeParameter.linear("protest.hardshipBase", 0.1, 0.5))
                .parameter(FreeParameter.linear("decisions.returnBoostAfterEnd", 1, 20))
                .build();
    }

    private Screening.Result screen(Screening screening, CalibrationProblem p, Path out, AtomicInteger runs)
            throws Exception {
        CalibrationProgress counting = new CalibrationProgress() {
            @Override
            public void evaluated(Evaluation e) {
                runs.incrementAndGet();
            }
        };
        try (CalibrationFolder folder = CalibrationFolder.open(out, screening.setupText(p, setup()), false)) {
            Screening.Result r = screening.run(p, folder, pool, counting);
            folder.commit();
            return r;
        }
    }

    @Test
    void aParameterThatDoesNothingIsFlaggedAndOneThatMovesArrestsIsNot() throws Exception {
        CalibrationProblem p = CalibrationRunTest.problem(setup());
        Screening screening = new Screening(8, 0.05);
        AtomicInteger runs = new AtomicInteger();
        Path out = dir.resolve("screen");
        Screening.Result r = screen(screening, p, out, runs);
        assertEquals(8 * 4, r.candidates(), "n (k + 2) candidates");
        assertTrue(runs.get() > 16 && runs.get() <= 32, "each distinct candidate run once: " + runs.get());
        assertEquals(List.of("decisions.returnBoostAfterEnd"), r.unidentified());
        int hardship = 0;
        int inert = 1;
        int arrests = r.outputs().indexOf("arrests_first_days");
        assertTrue(
                r.total(hardship, arrests) > screening.threshold(),
                "hardship moves the arrests of the first days: " + r.total(hardship, arrests));
        for (int o = 0; o < r.outputs().size(); o++) {
            double t = r.total(inert, o);
            assertTrue(Double.isNaN(t) || t == 0, r.outputs().get(o) + ": " + t);
        }
        assertEquals(Screening.LOSS, r.outputs().get(r.outputs().size() - 1));

        List<String> csv = Files.readAllLines(out.resolve(Screening.FILE));
        assertEquals(String.join(",", Screening.HEADER), csv.get(0));
        assertEquals(1 + 2 * r.outputs().size(), csv.size(), "a row per parameter and output");
        List<String> summary = Files.readAllLines(out.resolve(Screening.SUMMARY_FILE));
        assertTrue(
                summary.get(1).startsWith("protest.hardshipBase,")
                        && summary.get(1).endsWith(",false"),
                summary.get(1));
        assertTrue(
                summary.get(2).startsWith("decisions.returnBoostAfterEnd,0,")
                        && summary.get(2).endsWith(",true"),
                summary.get(2));
        assertTrue(CalibrationFolder.isCalibrationFolder(out));

        // Again over it: replayed from the journal, nothing run, the same table.
        AtomicInteger again = new AtomicInteger();
        Screening.Result r2 = screenOver(screening, p, out, again);
        assertEquals(0, again.get());
        assertEquals(csv, Files.readAllLines(out.resolve(Screening.FILE)));
        assertFalse(r2.unidentified(hardship));
    }

    private Screening.Result screenOver(Screening screening, CalibrationProblem p, Path out, AtomicInteger runs)
            throws Exception {
        CalibrationProgress counting = new CalibrationProgress() {
            @Override
            public void evaluated(Evaluation e) {
                runs.incrementAndGet();
            }
        };
        try (CalibrationFolder folder = CalibrationFolder.open(out, screening.setupText(p, setup()), true)) {
            Screening.Result r = screening.run(p, folder, pool, counting);
            folder.commit();
            return r;
        }
    }
}
