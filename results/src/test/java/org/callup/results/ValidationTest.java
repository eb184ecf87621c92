package org.callup.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationTest {
    private static final LocalDate D0 = TinyScenario.START;
    private static final double NA = Double.NaN;

    @TempDir
    Path dir;

    private RunData run;

    @BeforeEach
    void writeRun() throws Exception {
        // mobilized in all: 10, 20, 30, 40, 50; queue wait at Upper Lars: 1, 30, 5, NA, 2
        DailyTable t = Tables.of(
                D0,
                5,
                List.of(new SeriesKey("all", "mobilized"), new SeriesKey("post:upper_lars", "queue_wait_hours")),
                (d, k) -> k == 0 ? 10.0 * (d + 1) : new double[] {1, 30, 5, NA, 2}[d]);
        try (DailyCsvWriter w = DailyCsvWriter.open(dir.resolve(RunFolder.DAILY_FILE), false)) {
            w.append(t, 1);
        }
        ManifestJson.write(
                new Manifest(
                        "tiny",
                        "",
                        "",
                        Map.of(),
                        1,
                        1,
                        1,
                        List.of(1L),
                        D0,
                        D0.plusDays(4),
                        NA,
                        "v",
                        "c",
                        "j",
                        Instant.EPOCH,
                        Instant.EPOCH),
                dir.resolve(RunFolder.MANIFEST_FILE));
        run = RunData.read(dir);
    }

    private static Target target(
            String metric, String scope, Statistic s, int from, int to, double value, double low, double high) {
        return new Target("t", metric, scope, s, D0.plusDays(from), D0.plusDays(to), value, low, high, "media", "", 2);
    }

    private ValidationResult check(Statistic s, int from, int to, double low, double high) {
        return Validation.check(run, target("mobilized", "all", s, from, to, 100, low, high));
    }

    @Test
    void statisticsAreTakenOverTheInclusiveWindow() {
        assertEquals(90, check(Statistic.SUM, 1, 3, 0, 1000).simulated());
        assertEquals(40, check(Statistic.MAX, 0, 3, 0, 1000).simulated());
        assertEquals(30, check(Statistic.MEAN, 1, 3, 0, 1000).simulated());
        assertEquals(40, check(Statistic.LAST, 1, 3, 0, 1000).simulated());
        assertEquals(10, check(Statistic.SUM, 0, 0, 0, 1000).simulated(), "a one-day window");
    }

    @Test
    void insideIncludesTheBoundsAndRelativeErrorIsSigned() {
        ValidationResult r = check(Statistic.SUM, 0, 4, 150, 150);
        assertTrue(r.inside());
        assertEquals(0.5, r.relativeError(), 1e-12);
        assertFalse(check(Statistic.SUM, 0, 4, 151, 200).inside());
        assertEquals(-0.9, check(Statistic.SUM, 0, 0, 0, 1).relativeError(), 1e-12);
    }

    @Test
    void oneSidedRangesAreOpenOnTheEmptySide() {
        assertTrue(check(Statistic.SUM, 0, 4, 100, NA).inside(), "150 is above the lower bound 100");
        assertFalse(check(Statistic.SUM, 0, 4, 200, NA).inside());
        assertTrue(check(Statistic.SUM, 0, 4, NA, 150).inside());
        assertFalse(check(Statistic.SUM, 0, 4, NA, 149).inside());
    }

    @Test
    void aMissingMetricOrScopeIsReportedNotInsideWithAHint() {
        ValidationResult m = Validation.check(run, target("mobilised", "all", Statistic.SUM, 0, 1, 1, 0, 2));
        assertFalse(m.inside());
        assertTrue(Double.isNaN(m.simulated()));
        assertEquals("the run has no metric 'mobilised'; did you mean 'mobilized'?", m.reason());

        ValidationResult s = Validation.check(run, target("mobilized", "post:upper_lar", Statistic.SUM, 0, 1, 1, 0, 2));
        assertFalse(s.inside());
        assertTrue(s.reason().contains("no scope 'post:upper_lar'; did you mean 'post:upper_lars'?"), s.reason());

        ValidationResult pair =
                Validation.check(run, target("mobilized", "post:upper_lars", Statistic.SUM, 0, 1, 1, 0, 2));
        assertEquals("metric 'mobilized' is not observed in scope 'post:upper_lars'", pair.reason());
    }

    @Test
    void aMissingMetricOrScopeIsApplicable() {
        ValidationResult m = Validation.check(run, target("mobilised", "all", Statistic.SUM, 0, 1, 1, 0, 2));
        assertTrue(m.applicable(), "a target the run cannot answer counts, as not inside");
        assertFalse(Validation.allInside(List.of(m)));
    }

    @Test
    void aWindowNotWithinTheRunIsNotApplicable() {
        ValidationResult late = check(Statistic.SUM, 3, 9, 0, 1000);
        assertFalse(late.applicable());
        assertFalse(late.inside());
        assertTrue(Double.isNaN(late.simulated()));
        assertEquals(
                "its window 2022-09-24 to 2022-09-30 is not within the simulated dates 2022-09-21 to 2022-09-25",
                late.reason());
        assertFalse(check(Statistic.SUM, -1, 2, 0, 1000).applicable(), "a window that starts before the run");
        assertTrue(check(Statistic.SUM, 0, 4, 0, 1000).applicable(), "the run's first and last days are within");
        ValidationResult typoLate = Validation.check(run, target("mobilised", "all", Statistic.SUM, 3, 9, 1, 0, 2));
        assertFalse(typoLate.applicable(), "the dates decide first, as in calibration");
    }

    @Test
    void aWindowWithGapsIsReportedNotInside() {
        ValidationResult gap =
                Validation.check(run, target("queue_wait_hours", "post:upper_lars", Statistic.MAX, 2, 4, 24, 24, NA));
        assertFalse(gap.inside());
        assertTrue(gap.reason().contains("no value"), gap.reason());

        assertEquals(
                30,
                Validation.check(run, target("queue_wait_hours", "post:upper_lars", Statistic.MAX, 0, 2, 24, 24, NA))
                        .simulated());
    }

    @Test
    void allInsideNeedsEveryApplicableTarget() {
        assertTrue(Validation.allInside(List.of(check(Statistic.SUM, 0, 4, 0, 1000))));
        assertFalse(
                Validation.allInside(List.of(check(Statistic.SUM, 0, 4, 0, 1000), check(Statistic.SUM, 0, 4, 0, 1))));
        assertTrue(
                Validation.allInside(List.of(check(Statistic.SUM, 0, 4, 0, 1000), check(Statistic.SUM, 3, 9, 0, 1))),
                "a target outside the run's dates does not count");
    }

    @Test
    void theCsvLeavesInsideMissingForATargetThatIsNotApplicable() throws Exception {
        Path csv = dir.resolve("validation.csv");
        ValidationCsv.write(
                csv,
                List.of(
                        check(Statistic.SUM, 0, 4, 0, 1000),
                        check(Statistic.SUM, 0, 4, 0, 1),
                        Validation.check(run, target("mobilised", "all", Statistic.SUM, 0, 1, 1, 0, 2)),
                        check(Statistic.SUM, 3, 9, 0, 1000)));
        List<String> rows = Files.readAllLines(csv);
        assertEquals(
                "id,metric,scope,statistic,date_from,date_to,simulated,value,low,high,applicable,inside,"
                        + "relative_error,trust,reason",
                rows.get(0));
        assertEquals("t,mobilized,all,sum,2022-09-21,2022-09-25,150,100,0,1000,true,true,0.5,media,", rows.get(1));
        assertTrue(rows.get(2).contains(",true,false,0.5,"), rows.get(2));
        assertTrue(rows.get(3).contains(",NA,1,0,2,true,false,NA,media,the run has no metric"), rows.get(3));
        assertTrue(rows.get(4).contains(",NA,100,0,1000,false,NA,NA,media,its window 2022-09-24"), rows.get(4));
    }
}
