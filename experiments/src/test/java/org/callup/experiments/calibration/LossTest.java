package org.callup.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.callup.results.Statistic;
import org.callup.results.Target;
import org.junit.jupiter.api.Test;

class LossTest {
    static Target target(String id, double value, double low, double high, String trust) {
        LocalDate d = LocalDate.of(2022, 9, 21);
        return new Target(id, "mobilized", "all", Statistic.SUM, d, d, value, low, high, trust, "test", 2);
    }

    private static final Target MOB = target("mob", 300_000, 280_000, 320_000, "official");

    @Test
    void zeroInsideTheRangeBoundsIncluded() {
        assertEquals(0, Loss.distance(MOB, 280_000));
        assertEquals(0, Loss.distance(MOB, 300_000));
        assertEquals(0, Loss.distance(MOB, 320_000));
    }

    @Test
    void growsWithTheLogRatioOutside() {
        double below = Loss.distance(MOB, 140_000);
        double farBelow = Loss.distance(MOB, 70_000);
        assertTrue(below > 0 && farBelow > below);
        assertEquals(Math.log(2), Loss.distance(MOB, 640_000), 0.01, "a factor of two above the range");
        assertEquals(Math.log(2), below, 0.02, "a factor of two below the range");
    }

    @Test
    void isScaleFree() {
        Target arson = target("arson", 17, 12, 22, "media");
        Target thousandfold = target("arson", 17_000, 12_000, 22_000, "media");
        for (double x : new double[] {0, 3, 11, 15, 30, 1000}) {
            assertEquals(Loss.distance(arson, x), Loss.distance(thousandfold, 1000 * x), 1e-12);
        }
    }

    @Test
    void openSidesNeverCount() {
        Target atLeast = target("exodus", 300_000, 300_000, Double.NaN, "media");
        assertEquals(0, Loss.distance(atLeast, 5e6));
        assertTrue(Loss.distance(atLeast, 100_000) > 0);
        Target atMost = target("cap", 10, Double.NaN, 10, "media");
        assertEquals(0, Loss.distance(atMost, 0));
        assertTrue(Loss.distance(atMost, 11) > 0);
    }

    @Test
    void nothingSimulatedIsFarButFinite() {
        double d = Loss.distance(target("arson", 17, 12, 22, "media"), 0);
        assertTrue(Double.isFinite(d) && d > Math.log(50), "ln(12.17 / 0.17) = " + d);
        assertEquals(Loss.MISSING_DISTANCE, Loss.distance(MOB, Double.NaN));
    }

    @Test
    void theLossIsTheWeightedMeanOfTheMeanSquaredDistance() {
        Target media = target("arrests", 1100, 1100, Double.NaN, "media");
        List<CalibrationTarget> ts = List.of(new CalibrationTarget(MOB, 1), new CalibrationTarget(media, 0.5));
        double[][] x = {{140_000, 300_000}, {550, 550}};
        double dMob = Loss.distance(MOB, 140_000);
        double dArr = Loss.distance(media, 550);
        double expected = (1 * (dMob * dMob + 0) / 2 + 0.5 * dArr * dArr) / 1.5;
        assertEquals(expected, Loss.of(ts, x), 1e-12);
    }

    @Test
    void eachReplicationCountsNotOnlyTheirMean() {
        List<CalibrationTarget> ts = List.of(new CalibrationTarget(MOB, 1));
        assertEquals(0, Loss.of(ts, new double[][] {{300_000, 300_000}}));
        assertTrue(Loss.of(ts, new double[][] {{200_000, 400_000}}) > 0, "both runs miss though their mean fits");
    }

    @Test
    void aTargetOfWeightZeroIsReportedButNotCounted() {
        List<CalibrationTarget> ts = List.of(
                new CalibrationTarget(MOB, 1),
                new CalibrationTarget(target("hiding", 10_000, 1000, 200_000, "low"), 0));
        assertEquals(0, Loss.of(ts, new double[][] {{300_000}, {1e9}}));
    }

    @Test
    void theCentringPrefersTheMiddleOfTwoSidedRangesOnly() {
        Target exodus = target("exodus", 300_000, 300_000, Double.NaN, "media");
        List<CalibrationTarget> ts = List.of(new CalibrationTarget(MOB, 1), new CalibrationTarget(exodus, 0.5));
        double[][] middle = {{300_000}, {900_000}};
        double[][] edge = {{319_000}, {300_000}};
        assertEquals(0, Loss.of(ts, middle));
        assertEquals(0, Loss.of(ts, edge));
        assertEquals(0, Loss.centring(ts, middle), 1e-12, "a one-sided target has no middle");
        assertTrue(Loss.objective(ts, edge) > Loss.objective(ts, middle));
        assertTrue(
                Loss.objective(ts, edge) < Loss.of(ts, new double[][] {{340_000}, {300_000}}),
                "a fit on the edge still beats a clear miss");
    }
}
