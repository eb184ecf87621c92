package org.callup.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.callup.results.Targets;
import org.callup.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The out-of-sample check on the smoke scenario: two free parameters, a small budget, three groups of targets. */
class LeaveOneGroupOutTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);
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

    private static LeaveOneGroupOut check() throws Exception {
        return check(6);
    }

    private static LeaveOneGroupOut check(int budget) throws Exception {
        CalibrationSetup s = CalibrationSetup.builder("smoke")
                .replications(1)
                .budget(budget)
                .identifiabilityPoints(0)
                .parameter(new FreeParameter("protest.policePer1000Residents", 0.05, 2, true, false, 0.3))
                .parameter(FreeParameter.linear("borders.visaHoldersShare", 0.02, 0.4))
                .build();
        return new LeaveOneGroupOut(
                s, ScenarioLibrary.shipped().load("smoke"), ElevenTargets.read(), Targets.SHIPPED_LABEL, pool, CLOCK);
    }

    private static java.util.function.Function<String, CalibrationProgress> counting(AtomicInteger runs) {
        return group -> new CalibrationProgress() {
            @Override
            public void evaluated(Evaluation e) {
                runs.incrementAndGet();
            }
        };
    }

    @Test
    void fitsWithEachGroupLeftOutAndJudgesEachFitOnItsGroup() throws Exception {
        LeaveOneGroupOut logo = check();
        assertEquals(List.of("borders", "protest", "attacks"), logo.groups(), "the smoke run's six targets");
        Path out = dir.resolve("logo");
        AtomicInteger runs = new AtomicInteger();
        List<OutOfSample> rows = logo.runAll(out, false, counting(runs));
        assertEquals(
                List.of("borders", "protest", "attacks"),
                rows.stream().map(OutOfSample::group).toList());
        assertEquals(List.of(3, 2, 1), rows.stream().map(OutOfSample::targets).toList());
        for (OutOfSample r : rows) {
            assertEquals("", r.note());
            assertTrue(r.inside() >= 0 && r.inside() <= r.targets());
            assertTrue(r.insideAtStart() >= 0 && r.insideAtStart() <= r.targets());
            assertTrue(r.meanDistance() >= 0 && r.leftOutLoss() >= 0 && r.fittedOnLoss() >= 0, r.toString());
            Path sub = out.resolve(LeaveOneGroupOut.SUBFOLDER_PREFIX + r.group());
            assertTrue(CalibrationFolder.isCalibrationFolder(sub), sub.toString());
            List<String> fit = Files.readAllLines(sub.resolve(CalibrationFolder.FIT_FILE));
            assertTrue(
                    fit.stream()
                                    .filter(l -> l.contains("left out of the fit (group " + r.group()))
                                    .count()
                            == r.targets(),
                    "the group is reported as left out");
            assertEquals(2, Files.readAllLines(sub.resolve(OutOfSample.FILE)).size());
        }
        List<String> csv = Files.readAllLines(out.resolve(OutOfSample.FILE));
        assertEquals(String.join(",", OutOfSample.HEADER), csv.get(0));
        assertEquals(4, csv.size());
        String md = Files.readString(out.resolve(OutOfSample.TABLE_FILE));
        assertTrue(md.startsWith("| left-out group |") && md.contains("| attacks | 1 |"), md);

        // Run again: every fit is replayed from its journal, nothing is run but the three checks.
        AtomicInteger again = new AtomicInteger();
        List<OutOfSample> rows2 = check().runAll(out, false, counting(again));
        assertEquals(rows, rows2);
        assertEquals(csv, Files.readAllLines(out.resolve(OutOfSample.FILE)));
        assertEquals(0, again.get(), "the checks' runs are not journalled, the fits' are all replayed");
    }

    @Test
    void theStartColumnCountsTheGroupsTargetsInsideAtTheStartingValues() throws Exception {
        LeaveOneGroupOut logo = check();
        CalibrationProblem full = logo.full();
        Evaluation atStart = new Evaluator(full, pool)
                .evaluate(List.of(full.startValues()), e -> {})
                .get(0);
        double[] far = full.valuesAt(new double[] {1, 1});
        for (String group : logo.groups()) {
            int expected = 0;
            for (int t = 0; t < full.targets().size(); t++) {
                CalibrationTarget target = full.targets().get(t);
                if (target.group().equals(group) && target.target().accepts(atStart.mean(t))) {
                    expected++;
                }
            }
            OutOfSample r = LeaveOneGroupOut.check(full, group, far, 0.5, pool);
            assertEquals(expected, r.insideAtStart(), group + ": counted at the start, wherever the fit went");
        }
    }

    @Test
    void aFitThatCannotLeaveTheStartIsInsideWhereTheStartIs() throws Exception {
        List<OutOfSample> rows = check(1).runAll(dir.resolve("budget-1"), false, group -> CalibrationProgress.NONE);
        assertEquals(3, rows.size());
        for (OutOfSample r : rows) {
            assertEquals(r.insideAtStart(), r.inside(), r.toString());
        }
        String md = OutOfSample.markdown(rows);
        assertTrue(md.startsWith(OutOfSample.TABLE_HEADER), md);
        OutOfSample a = rows.get(2);
        assertTrue(md.contains("| attacks | 1 | " + a.insideAtStart() + " of 1 | " + a.inside() + " of 1 |"), md);
    }

    @Test
    void aSingleFitWithoutAGroupWritesItsCheck() throws Exception {
        LeaveOneGroupOut logo = check();
        LeaveOneGroupOut.Fit f = logo.fitWithout("attacks", dir.resolve("no-attacks"), false, CalibrationProgress.NONE);
        assertEquals("attacks", f.outOfSample().group());
        assertEquals(1, f.outOfSample().targets());
        assertEquals(5, f.result().problem().targets().size());
        assertTrue(Files.exists(dir.resolve("no-attacks").resolve(OutOfSample.FILE)));
    }
}
