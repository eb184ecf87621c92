package org.callup.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.callup.results.Statistic;
import org.callup.results.Target;
import org.junit.jupiter.api.Test;

/** The distance on series of daily targets, and the soft edge of one-sided targets. */
class SeriesLossTest {
    private static final double LN2 = Math.log(2);
    private static final String SERIES = "crossings_out@country:Georgia";

    private static Target day(int d, double value, String trust) {
        LocalDate date = LocalDate.of(2022, 9, d);
        return new Target(
                "ge_sep" + d,
                "crossings_out",
                "country:Georgia",
                Statistic.SUM,
                date,
                date,
                value,
                0.85 * value,
                1.15 * value,
                trust,
                "test",
                d);
    }

    private static List<CalibrationTarget> series(int n, String trust, double weight) {
        List<CalibrationTarget> out = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            out.add(new CalibrationTarget(day(20 + d, 5000 + 1000 * d, trust), weight, "", SERIES, 0));
        }
        return out;
    }

    /** Each day at its reported value, R replications. */
    private static double[][] perfect(List<CalibrationTarget> ts, int replications) {
        double[][] x = new double[ts.size()][replications];
        for (int t = 0; t < ts.size(); t++) {
            java.util.Arrays.fill(x[t], ts.get(t).target().value());
        }
        return x;
    }

    /** The statistic at exactly twice the range's upper edge, offset included: a distance of ln 2. */
    private static double twiceAbove(Target t) {
        double e = Loss.offset(t);
        return 2 * (t.high() + e) - e;
    }

    @Test
    void aSeriesOfPerfectDaysGivesZero() {
        List<CalibrationTarget> ts = series(7, "official", 1);
        assertEquals(0, Loss.of(ts, perfect(ts, 3)));
        LossTerms terms = LossTerms.of(ts);
        assertEquals(1, terms.size(), "seven days are one term");
        assertEquals(SERIES, terms.name(0));
        assertEquals(0, terms.distance(0, perfect(ts, 3)));
    }

    @Test
    void oneDayOffByAFactorOfTwoCostsLn2OverTheRootOfTheDays() {
        for (int n : new int[] {3, 7, 10}) {
            List<CalibrationTarget> ts = series(n, "official", 1);
            double[][] x = perfect(ts, 2);
            java.util.Arrays.fill(x[1], twiceAbove(ts.get(1).target()));
            assertEquals(LN2, Loss.distance(ts.get(1), x[1][0]), 1e-12);
            assertEquals(LN2 / Math.sqrt(n), LossTerms.of(ts).distance(0, x), 1e-12, n + " days");
            assertEquals(LN2 * LN2 / n, Loss.of(ts, x), 1e-12, "the series alone: the loss is its D squared");
        }
    }

    @Test
    void aSeriesWeighsLikeOneTargetOfItsTrustNotLikeItsDays() {
        List<CalibrationTarget> ts = new ArrayList<>(series(7, "official", 1));
        Target mob = LossTest.target("mob", 300_000, 280_000, 320_000, "official");
        ts.add(new CalibrationTarget(mob, 1));
        double[][] x = new double[8][1];
        for (int t = 0; t < 7; t++) {
            x[t][0] = twiceAbove(ts.get(t).target());
        }
        x[7][0] = 300_000;
        assertEquals(LN2 * LN2 / 2, Loss.of(ts, x), 1e-12, "every day off: D = ln 2, one of two terms");
        List<CalibrationTarget> alone = ts.stream()
                .map(c -> new CalibrationTarget(c.target(), c.weight()))
                .toList();
        assertEquals(7 * LN2 * LN2 / 8, Loss.of(alone, x), 1e-12, "without the series, seven of eight targets");
    }

    @Test
    void trustWeightsApplyToTheSeriesAndWithinIt() {
        List<CalibrationTarget> media = series(4, "media", 0.5);
        Target mob = LossTest.target("mob", 300_000, 280_000, 320_000, "official");
        List<CalibrationTarget> ts = new ArrayList<>(media);
        ts.add(new CalibrationTarget(mob, 1));
        double[][] x = new double[5][1];
        for (int t = 0; t < 4; t++) {
            x[t][0] = twiceAbove(ts.get(t).target());
        }
        x[4][0] = 300_000;
        assertEquals(0.5 * LN2 * LN2 / 1.5, Loss.of(ts, x), 1e-12, "a media series weighs half an official target");

        // Within a series, an official day counts four times a leaked one: D^2 = (1 d1^2 + 0.25 d2^2) / 1.25.
        List<CalibrationTarget> mixed = List.of(
                new CalibrationTarget(day(20, 5000, "official"), 1, "", SERIES, 0),
                new CalibrationTarget(day(21, 6000, "leak"), 0.25, "", SERIES, 0),
                new CalibrationTarget(day(22, 7000, "official"), 1, "", SERIES, 0));
        double[][] y = perfect(mixed, 1);
        y[1][0] = twiceAbove(mixed.get(1).target());
        assertEquals(0.25 * LN2 * LN2 / 2.25, LossTerms.of(mixed).meanSquared(0, y), 1e-12);
        assertEquals(0.75, LossTerms.of(mixed).weight(0), 1e-12, "the mean of the days' weights");
        assertEquals(0.25 * LN2 * LN2 / 2.25, Loss.of(mixed, y), 1e-12);
        double[] shares = Loss.shares(mixed, y);
        assertEquals(Loss.of(mixed, y), shares[0] + shares[1] + shares[2], 1e-15, "the shares add up to the loss");
        assertEquals(0, shares[0]);
    }

    @Test
    void aOneSidedTargetFarBeyondItsValueIsPenalisedBeyondItsSoftEdge() {
        Target atLeast = LossTest.target("exodus", 300_000, 300_000, Double.NaN, "media");
        CalibrationTarget soft = new CalibrationTarget(atLeast, 0.5, "", "", 3);
        CalibrationTarget hard = new CalibrationTarget(atLeast, 0.5);
        assertEquals(0, Loss.distance(soft, 600_000), "twice the value is within the soft edge");
        assertEquals(0, Loss.distance(soft, 900_000), "the edge itself");
        double tenfold = Loss.distance(soft, 3_000_000);
        assertEquals(Math.log(3_003_000.0 / 903_000), tenfold, 1e-12, "the log distance from 3 times the value");
        assertTrue(tenfold > 1.1 && tenfold < 1.25, "about ln(10/3): " + tenfold);
        assertEquals(0, Loss.distance(hard, 3_000_000), "without a soft edge, as before");
        assertEquals(Loss.distance(hard, 100_000), Loss.distance(soft, 100_000), "below the bound, as before");
        assertTrue(Loss.of(List.of(soft), new double[][] {{3_000_000}}) > 0);

        Target atMost = LossTest.target("waits", 10, Double.NaN, 10, "media");
        CalibrationTarget softBelow = new CalibrationTarget(atMost, 1, "", "", 3);
        assertEquals(0, Loss.distance(softBelow, 4));
        assertTrue(Loss.distance(softBelow, 1) > 0, "a tenth of a 'fewer than' is penalised too");

        Target twoSided = LossTest.target("mob", 300_000, 280_000, 320_000, "official");
        assertEquals(0, Loss.distance(new CalibrationTarget(twoSided, 1, "", "", 3), 300_000));
        assertEquals(
                Loss.distance(twoSided, 3e6),
                Loss.distance(new CalibrationTarget(twoSided, 1, "", "", 3), 3e6),
                "a two-sided target has no soft edge");
    }
}
