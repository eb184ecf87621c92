package org.callup.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.callup.results.BadInputException;
import org.callup.results.Target;
import org.callup.results.Targets;
import org.callup.scenarios.ScenarioException;
import org.callup.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole calibrations of the smoke scenario: small enough to run in seconds, real enough to fit something. */
class CalibrationRunTest {
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

    static CalibrationSetup.Builder setup() {
        return CalibrationSetup.builder("smoke")
                .replications(2)
                .budget(24)
                .identifiabilityPoints(3)
                .parameter(new FreeParameter("protest.hardshipBase", 0.1, 0.5, false, false, 0.45))
                .parameter(FreeParameter.linear("borders.visaHoldersShare", 0.02, 0.4));
    }

    static CalibrationProblem problem(CalibrationSetup s) throws ScenarioException, BadInputException, IOException {
        return CalibrationProblem.of(
                s, ScenarioLibrary.shipped().load(s.scenario()), ElevenTargets.read(), Targets.SHIPPED_LABEL);
    }

    private CalibrationResult calibrate(CalibrationSetup s, Path out, CalibrationProgress progress)
            throws IOException, BadInputException, ScenarioException {
        Calibration c = new Calibration(problem(s), s, pool, CLOCK, progress);
        try (CalibrationFolder folder = CalibrationFolder.open(out, c.setupText(), false)) {
            CalibrationResult r = c.run(folder);
            folder.commit();
            return r;
        }
    }

    @Test
    void improvesOnItsStartAndWritesEveryOutput() throws Exception {
        Path out = dir.resolve("cal");
        CalibrationResult r = calibrate(setup().build(), out, CalibrationProgress.NONE);
        assertTrue(
                r.calibrated().loss() < r.start().loss(),
                r.start().loss() + " -> " + r.calibrated().loss());
        assertTrue(r.calibrated().loss() <= r.best().loss(), "rounding never makes the fit worse");
        assertEquals(24, r.evaluations());
        List<String> trace = Files.readAllLines(out.resolve(CalibrationFolder.TRACE_FILE));
        assertEquals(25, trace.size(), "a header and one line per candidate");
        assertTrue(trace.get(0).startsWith("evaluation,generation,loss,objective,best_loss,targets_inside,"));
        assertEquals(
                13, Files.readAllLines(out.resolve(CalibrationFolder.FIT_FILE)).size(), "every target of the file");
        assertEquals(
                1 + 2 * 3 * 6,
                Files.readAllLines(out.resolve(CalibrationFolder.IDENTIFIABILITY_FILE))
                        .size());
        assertEquals(
                3,
                Files.readAllLines(out.resolve(CalibrationFolder.IDENTIFIABILITY_SUMMARY_FILE))
                        .size());
        Path yaml = out.resolve("smoke-calibrated.yaml");
        assertEquals(
                r.calibrated().values()[1],
                ScenarioLibrary.shipped().loadFile(yaml).scenario().borders().visaHoldersShare());
        assertFalse(Files.exists(CalibrationFolder.workOf(out)), "the work folder became the calibration folder");
    }

    @Test
    void aTargetIdThatLooksLikeAFormulaIsWrittenAsTextInEveryCsv() throws Exception {
        CalibrationSetup s = setup().budget(6).identifiabilityPoints(2).build();
        List<Target> targets = new ArrayList<>(ElevenTargets.read());
        int at = targets.stream().map(Target::id).toList().indexOf("arrests_first_days");
        Target t = targets.get(at);
        String id = "=HYPERLINK(\"x\")";
        targets.set(
                at,
                new Target(
                        id,
                        t.metric(),
                        t.scope(),
                        t.statistic(),
                        t.dateFrom(),
                        t.dateTo(),
                        t.value(),
                        t.low(),
                        t.high(),
                        t.trust(),
                        t.source(),
                        t.line()));
        CalibrationProblem problem =
                CalibrationProblem.of(s, ScenarioLibrary.shipped().load(s.scenario()), targets, "formula targets");
        Calibration c = new Calibration(problem, s, pool, CLOCK, CalibrationProgress.NONE);
        Path out = dir.resolve("cal");
        try (CalibrationFolder folder = CalibrationFolder.open(out, c.setupText(), false)) {
            c.run(folder);
            folder.commit();
        }
        String fit = Files.readString(out.resolve(CalibrationFolder.FIT_FILE));
        assertTrue(fit.contains("\n\"'=HYPERLINK(\"\"x\"\")\","), fit);
        String identifiability = Files.readString(out.resolve(CalibrationFolder.IDENTIFIABILITY_FILE));
        assertTrue(identifiability.contains(",\"'=HYPERLINK(\"\"x\"\")\","), identifiability);
        assertFalse(identifiability.contains(",\"=HYPERLINK"), identifiability);

        Path oos = dir.resolve(OutOfSample.FILE);
        OutOfSample.write(List.of(OutOfSample.skipped("=group", 1, "@note")), oos);
        assertTrue(Files.readString(oos).contains("'=group,1,"), Files.readString(oos));
        assertTrue(Files.readString(oos).contains(",'@note"), Files.readString(oos));
    }

    @Test
    void anInterruptedCalibrationContinuesFromItsJournalAndEndsAsAnUninterruptedOne() throws Exception {
        CalibrationSetup s = setup().identifiabilityPoints(0).build();
        CalibrationResult whole = calibrate(s, dir.resolve("whole"), CalibrationProgress.NONE);

        Path out = dir.resolve("interrupted");
        AtomicInteger runs = new AtomicInteger();
        CalibrationProgress crash = new CalibrationProgress() {
            @Override
            public void evaluated(Evaluation e) {
                if (runs.incrementAndGet() == 10) {
                    throw new IllegalStateException("power cut");
                }
            }
        };
        assertThrows(IllegalStateException.class, () -> calibrate(s, out, crash));
        assertTrue(Files.isDirectory(CalibrationFolder.workOf(out)), "the work folder stays for the restart");
        assertFalse(Files.exists(out));

        AtomicInteger again = new AtomicInteger();
        CalibrationProgress count = new CalibrationProgress() {
            @Override
            public void evaluated(Evaluation e) {
                again.incrementAndGet();
            }
        };
        CalibrationResult resumed = calibrate(s, out, count);
        assertArrayEquals(whole.calibrated().values(), resumed.calibrated().values());
        assertEquals(whole.calibrated().loss(), resumed.calibrated().loss());
        int total =
                Files.readAllLines(out.resolve(CalibrationFolder.JOURNAL_FILE)).size() - 1;
        assertTrue(
                again.get() <= total - 10,
                again.get() + " run again of " + total + ": the journalled ones are replayed");
    }

    @Test
    void anotherSetupDoesNotContinueAnUnfinishedCalibration() throws Exception {
        Path out = dir.resolve("cal");
        CalibrationSetup s = setup().build();
        Calibration c = new Calibration(problem(s), s, pool, CLOCK, CalibrationProgress.NONE);
        CalibrationFolder.open(out, c.setupText(), false).close();
        CalibrationSetup other = setup().replications(3).build();
        Calibration c2 = new Calibration(problem(other), other, pool, CLOCK, CalibrationProgress.NONE);
        BadInputException e =
                assertThrows(BadInputException.class, () -> CalibrationFolder.open(out, c2.setupText(), false));
        assertTrue(e.getMessage().contains("holds an unfinished calibration with another setup"), e.getMessage());
    }

    /** What an older callup killed right after making the work folder left: an empty folder, started afresh. */
    @Test
    void aWorkFolderKilledBeforeItsSetupWasWrittenIsStartedAfresh() throws Exception {
        Path out = dir.resolve("cal");
        CalibrationSetup s = setup().build();
        Calibration c = new Calibration(problem(s), s, pool, CLOCK, CalibrationProgress.NONE);
        Files.createDirectories(CalibrationFolder.workOf(out));
        try (CalibrationFolder f = CalibrationFolder.open(out, c.setupText(), false)) {
            assertFalse(f.resumed());
            assertEquals(c.setupText(), Files.readString(f.file(CalibrationFolder.SETUP_FILE)));
        }
        try (CalibrationFolder f = CalibrationFolder.open(out, c.setupText(), false)) {
            assertTrue(f.resumed(), "now it is continued");
        }
        try (java.util.stream.Stream<Path> left = Files.list(dir)) {
            assertEquals(
                    List.of(".cal.calibrating"),
                    left.map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith(".cal"))
                            .toList(),
                    "nothing else beside it");
        }
    }

    @Test
    void aParameterWithoutEffectOnTheTargetsIsNotIdentified() throws Exception {
        // Returns are boosted only after the quota is declared complete, which the smoke scenario never reaches.
        CalibrationSetup s = setup().budget(8)
                .parameter(FreeParameter.linear("decisions.returnBoostAfterEnd", 1, 20))
                .build();
        Identifiability id =
                calibrate(s, dir.resolve("cal"), CalibrationProgress.NONE).identifiability();
        int inert = 2;
        assertEquals("decisions.returnBoostAfterEnd", id.parameters().get(inert).path());
        assertEquals(List.of(), id.pinnedBy(inert));
        for (int t = 0; t < id.targets().size(); t++) {
            assertEquals(0, id.change(inert, t), id.targets().get(t).id());
        }
        assertTrue(
                java.util.stream.IntStream.range(0, id.targets().size()).anyMatch(t -> id.change(0, t) > 0),
                "hardship moves protest");
    }
}
