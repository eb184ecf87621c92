package org.callup.experiments.calibration.abc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.callup.experiments.calibration.CalibrationFolder;
import org.callup.experiments.calibration.CalibrationProblem;
import org.callup.experiments.calibration.CalibrationProgress;
import org.callup.experiments.calibration.CalibrationSetup;
import org.callup.experiments.calibration.CalibrationTarget;
import org.callup.experiments.calibration.Evaluation;
import org.callup.experiments.calibration.FreeParameter;
import org.callup.results.Target;
import org.callup.results.Targets;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ABC-SMC on the smoke scenario with synthetic targets: figures made by the model itself at known parameter values,
 * so that the posterior should cover those values.
 */
class AbcCalibrationTest {
    /** The known values: the hardship all men feel at full alarm (protest) and the share of visa holders. */
    private static final double[] TRUTH = {0.3, 0.15};

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
        return CalibrationSetup.builder("smoke")
                .replications(1)
                .identifiabilityPoints(0)
                .parameter(FreeParameter.linear("protest.hardshipBase", 0.1, 0.5))
                .parameter(FreeParameter.linear("borders.visaHoldersShare", 0.02, 0.4))
                .build();
    }

    private static AbcSettings settings() {
        return AbcSettings.defaults()
                .withParticles(24)
                .withMaxGenerations(4)
                .withMaxEvaluations(2_000)
                .withPredictiveDraws(12)
                .withSeed(3);
    }

    /** The shipped targets with their values replaced by what the model gives at the known values, +-25%. */
    static List<Target> synthetic(CalibrationSetup s, ResolvedScenario source) throws Exception {
        List<Target> shipped = Targets.shipped();
        CalibrationProblem p = CalibrationProblem.of(s, source, shipped, "shipped");
        return SyntheticRecovery.targets(p, TRUTH, shipped, 0.25, pool);
    }

    private AbcCalibration.Result calibrate(CalibrationProblem p, AbcSettings a, Path out, CalibrationProgress progress)
            throws Exception {
        AbcCalibration c = new AbcCalibration(p, a, pool, progress);
        try (CalibrationFolder f = CalibrationFolder.open(out, c.setupText(), c.settingsText(), false)) {
            AbcCalibration.Result r = c.run(f);
            f.commit();
            return r;
        }
    }

    @Test
    void recoversKnownValuesWritesEveryOutputAndResumesToTheSamePosterior() throws Exception {
        CalibrationSetup s = setup();
        ResolvedScenario source = ScenarioLibrary.shipped().load("smoke");
        CalibrationProblem p = CalibrationProblem.of(s, source, synthetic(s, source), "synthetic");
        Path whole = dir.resolve("whole");
        AbcCalibration.Result r = calibrate(p, settings(), whole, CalibrationProgress.NONE);

        List<AbcTables.Width> widths = r.widths();
        int inside = 0;
        for (int k = 0; k < TRUTH.length; k++) {
            AbcTables.Width w = widths.get(k);
            inside += w.p05() <= TRUTH[k] && TRUTH[k] <= w.p95() ? 1 : 0;
        }
        assertEquals(TRUTH.length, inside, "the known values lie in the 90% intervals: " + widths);
        assertTrue(widths.get(0).ratio() < 1, "the data narrow the hardship: " + widths.get(0));
        assertTrue(r.smc().generations().size() >= 2, r.smc().stopReason());
        for (String f : List.of(
                Posterior.FILE,
                AbcTables.GENERATIONS_FILE,
                AbcTables.IDENTIFIABILITY_FILE,
                PosteriorPredictive.FILE,
                AbcCalibration.MANIFEST_FILE,
                CalibrationFolder.FIT_FILE)) {
            assertTrue(Files.isRegularFile(whole.resolve(f)), f);
        }
        assertEquals(25, Files.readAllLines(whole.resolve(Posterior.FILE)).size());
        assertEquals(
                1 + p.targets().size(),
                Files.readAllLines(whole.resolve(PosteriorPredictive.FILE)).size());
        Posterior back = Posterior.read(whole);
        assertEquals(1, java.util.Arrays.stream(back.weights()).sum(), 1e-9);
        assertTrue(Files.readString(whole.resolve(AbcCalibration.MANIFEST_FILE)).contains("\"method\" : \"abc-smc\""));

        // Killed after 30 runs, then run again: it replays the journal and ends with the same posterior.
        Path cut = dir.resolve("cut");
        AtomicInteger runs = new AtomicInteger();
        CalibrationProgress crash = new CalibrationProgress() {
            @Override
            public void evaluated(Evaluation e) {
                if (runs.incrementAndGet() == 30) {
                    throw new IllegalStateException("power cut");
                }
            }
        };
        assertThrows(Exception.class, () -> calibrate(p, settings(), cut, crash));
        calibrate(p, settings(), cut, CalibrationProgress.NONE);
        assertEquals(Files.readString(whole.resolve(Posterior.FILE)), Files.readString(cut.resolve(Posterior.FILE)));
        assertEquals(
                Files.readString(whole.resolve(PosteriorPredictive.FILE)),
                Files.readString(cut.resolve(PosteriorPredictive.FILE)));
        assertEquals(
                Files.readString(whole.resolve(AbcTables.GENERATIONS_FILE)),
                Files.readString(cut.resolve(AbcTables.GENERATIONS_FILE)));
    }

    @Test
    void heldOutCoverageFitsWithoutEachGroupAndCountsTheLeftOutTargetsInsideTheIntervals() throws Exception {
        CalibrationSetup s = setup();
        ResolvedScenario source = ScenarioLibrary.shipped().load("smoke");
        List<Target> targets = synthetic(s, source);
        HeldOutCoverage c = new HeldOutCoverage(
                s, source, targets, "synthetic", settings().withParticles(10).withMaxGenerations(2), pool);
        List<HeldOutCoverage.Row> rows = c.runAll(dir.resolve("coverage"), false, g -> CalibrationProgress.NONE);
        HeldOutCoverage.Row all = rows.get(rows.size() - 1);
        assertEquals("all", all.group());
        CalibrationProblem full = CalibrationProblem.of(s, source, targets, "synthetic");
        assertEquals(full.targets().size(), all.targets(), "every target is left out once");
        assertTrue(all.in50() <= all.in80() && all.in80() <= all.in95());
        assertTrue(all.in95() > 0, "synthetic figures are covered: " + rows);
        assertEquals(
                rows.size() + 1,
                Files.readAllLines(dir.resolve("coverage").resolve(HeldOutCoverage.FILE))
                        .size());
        for (CalibrationTarget t : full.targets()) {
            assertTrue(Files.isDirectory(dir.resolve("coverage").resolve("leave-out-" + t.group())));
        }
    }
}
