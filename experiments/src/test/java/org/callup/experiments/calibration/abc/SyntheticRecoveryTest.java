package org.callup.experiments.calibration.abc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.callup.experiments.calibration.CalibrationFolder;
import org.callup.experiments.calibration.CalibrationProblem;
import org.callup.experiments.calibration.CalibrationProgress;
import org.callup.experiments.calibration.CalibrationSetup;
import org.callup.experiments.calibration.CalibrationTarget;
import org.callup.experiments.calibration.FreeParameter;
import org.callup.model.params.ParamPaths;
import org.callup.results.BadInputException;
import org.callup.results.Target;
import org.callup.results.Targets;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthetic-recovery check at small size: the smoke scenario, two free parameters, targets made by the model at
 * the scenario's own values; the posterior's 90% intervals must hold both truths, and the data must narrow them.
 */
class SyntheticRecoveryTest {
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
                .replications(2)
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
                .withPredictiveDraws(0)
                .withSeed(5);
    }

    @Test
    void theScenariosOwnValuesLieInsideThePosteriorsNinetyPercentIntervals() throws Exception {
        ResolvedScenario smoke = ScenarioLibrary.shipped().load("smoke");
        SyntheticRecovery recovery = SyntheticRecovery.prepare(
                setup(), smoke, Targets.shipped(), Targets.SHIPPED_LABEL, SyntheticRecovery.SHIPPED, Double.NaN, pool);
        double[] truth = {
            ((Number) ParamPaths.get(smoke.scenario(), "protest.hardshipBase")).doubleValue(),
            ((Number) ParamPaths.get(smoke.scenario(), "borders.visaHoldersShare")).doubleValue()
        };
        assertArrayEquals(truth, recovery.truth());
        // Every counted target is the model's own figure, with the reported range's sides and relative width.
        CalibrationProblem reported = CalibrationProblem.of(setup(), smoke, Targets.shipped(), "shipped");
        List<CalibrationTarget> made = recovery.problem().targets();
        assertEquals(reported.targets().size(), made.size());
        for (int t = 0; t < made.size(); t++) {
            Target r = reported.targets().get(t).target();
            Target m = made.get(t).target();
            assertEquals(r.id(), m.id());
            assertEquals(r.dateFrom(), m.dateFrom());
            assertEquals(r.statistic(), m.statistic());
            assertEquals(Double.isNaN(r.low()), Double.isNaN(m.low()), r.id() + " keeps its sides");
            assertEquals(Double.isNaN(r.high()), Double.isNaN(m.high()), r.id() + " keeps its sides");
            if (!Double.isNaN(r.high()) && r.value() > 0 && m.value() > 0) {
                assertEquals(r.high() / r.value(), m.high() / m.value(), 1e-9, r.id());
            }
        }

        SyntheticRecovery.Result r;
        Path out = dir.resolve("recovery");
        AbcCalibration abc = new AbcCalibration(recovery.problem(), settings(), pool, CalibrationProgress.NONE);
        try (CalibrationFolder f = CalibrationFolder.open(out, abc.setupText(), abc.settingsText(), false)) {
            r = recovery.run(settings(), f, pool, CalibrationProgress.NONE);
            f.commit();
        }
        assertEquals(2, r.inside(), "both truths inside their 90% interval: " + r.rows());
        assertTrue(r.rows().get(0).width().ratio() < 0.9, "the targets narrow the hardship: " + r.rows());
        assertTrue(r.summary().startsWith("Recovery: 2 of 2 true values inside"), r.summary());
        List<String> csv = Files.readAllLines(out.resolve(SyntheticRecovery.FILE));
        assertEquals(String.join(",", SyntheticRecovery.HEADER), csv.get(0));
        assertEquals(3, csv.size());
        assertTrue(csv.get(1).startsWith("protest.hardshipBase,linear,0.1,0.5,"), csv.get(1));
        assertTrue(csv.get(1).contains(",yes,"), csv.get(1));
        assertTrue(Files.readString(out.resolve(CalibrationFolder.TARGETS_FILE)).contains("synthetic"));
    }

    @Test
    void aTruthFromAPosteriorFileMustNameEveryParameterInsideItsBounds() throws Exception {
        ResolvedScenario smoke = ScenarioLibrary.shipped().load("smoke");
        CalibrationProblem p = CalibrationProblem.of(setup(), smoke, Targets.shipped(), "shipped");
        Path file = Files.writeString(
                dir.resolve("posterior.csv"),
                "particle,weight,protest.hardshipBase,borders.visaHoldersShare,distance\n"
                        + "1,0.5,0.2,0.1,3\n2,0.5,0.3,0.05,1\n3,0,0.7,0.1,0.5\n");
        assertArrayEquals(new double[] {0.2, 0.1}, SyntheticRecovery.truth(file + ":1", p));
        assertArrayEquals(new double[] {0.2, 0.1}, SyntheticRecovery.truth(dir + ":1", p), "a folder with one");
        String outside = assertThrows(BadInputException.class, () -> SyntheticRecovery.truth(file.toString(), p))
                .getMessage();
        assertTrue(outside.contains("protest.hardshipBase: particle 3's value 0.7 is outside the bounds"), outside);
        String beyond = assertThrows(BadInputException.class, () -> SyntheticRecovery.truth(file + ":4", p))
                .getMessage();
        assertTrue(beyond.contains("particle 4 of 1 to 3"), beyond);
        Path partial = Files.writeString(
                dir.resolve("partial.csv"), "particle,weight,protest.hardshipBase,distance\n1,1,0.2,0\n");
        String missing = assertThrows(BadInputException.class, () -> SyntheticRecovery.truth(partial.toString(), p))
                .getMessage();
        assertTrue(missing.contains("no column for the free parameter borders.visaHoldersShare"), missing);
        String none = assertThrows(
                        BadInputException.class,
                        () -> SyntheticRecovery.truth(dir.resolve("nope.csv").toString(), p))
                .getMessage();
        assertTrue(none.contains("expected shipped, a posterior.csv"), none);
    }
}
