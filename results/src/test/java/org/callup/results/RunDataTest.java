package org.callup.results;

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
import java.util.List;
import java.util.Map;
import org.callup.model.observe.Metric;
import org.callup.model.params.Scenario;
import org.callup.scenarios.OutputSpec;
import org.callup.scenarios.ResolvedScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDataTest {
    @TempDir
    Path dir;

    private static Manifest manifest(int days, List<Long> seeds) {
        return new Manifest(
                "tiny",
                "test",
                "abc",
                Map.of("seed", "7"),
                seeds.get(0),
                1000,
                2,
                seeds,
                TinyScenario.START,
                TinyScenario.START.plusDays(days - 1L),
                seeds.size() > 1 ? 0.95 : Double.NaN,
                "1.0",
                "cafe",
                "17",
                Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2024-01-01T00:00:05Z"));
    }

    @Test
    void singleRunSeriesAndEventsComeBackExactly() throws Exception {
        // Values at the precision the files keep: counts whole, levels to six significant digits.
        DailyTable t = Tables.of(
                new double[] {0, 1, 1e9 + 1, 3}, new double[] {Double.NaN, 24, 0.3, -2.12345}, new double[] {1, 2, 3, 4
                });
        try (DailyCsvWriter w = DailyCsvWriter.open(dir.resolve(RunFolder.DAILY_FILE), false)) {
            w.append(t, 1);
        }
        List<RecordedEvent> events = List.of(
                new RecordedEvent(0, TinyScenario.START, "decree, \"partial\""),
                new RecordedEvent(2, TinyScenario.START.plusDays(2), "Upper Lars: foot crossing allowed"));
        EventsCsv.write(dir.resolve(RunFolder.EVENTS_FILE), List.of(events));
        ManifestJson.write(manifest(4, List.of(7L)), dir.resolve(RunFolder.MANIFEST_FILE));

        RunData run = RunData.read(dir);

        assertEquals(t.keys(), run.keys());
        assertEquals(4, run.days());
        assertEquals(TinyScenario.START.plusDays(3), run.dates().get(3));
        for (SeriesKey k : t.keys()) {
            assertArrayEquals(t.series(k), run.series(k.scope(), k.metric()), 0.0, k.toString());
        }
        assertEquals(events, run.events());
        assertEquals(List.of("all", "region:moscow"), run.scopes());
        assertTrue(run.has("region:moscow", "mobilized"));
        assertFalse(run.has("region:moscow", "queue_wait_hours"));
        assertTrue(run.ciLow("all", "mobilized").isEmpty());
        assertEquals(Map.of("seed", "7"), run.manifest().overrides());
        assertEquals(5.0, run.manifest().wallSeconds(), 1e-9);
    }

    @Test
    void dailyCsvIsPlainTidyLongForm() throws Exception {
        try (DailyCsvWriter w = DailyCsvWriter.open(dir.resolve("d.csv"), false)) {
            w.append(Tables.of(new double[] {2, 2.5}), 1);
        }
        assertEquals(
                List.of("date,day,scope,metric,value", "2022-09-21,0,all,mobilized,2", "2022-09-22,1,all,mobilized,3"),
                Files.readAllLines(dir.resolve("d.csv")),
                "counts are whole");
    }

    @Test
    void replicatedRunReadsMeansAndIntervals() throws Exception {
        ReplicationStats stats = new ReplicationStats(new ConfidenceInterval(0.95));
        stats.add(Tables.of(new double[] {1, 10}));
        stats.add(Tables.of(new double[] {3, 10}));
        DailyMeanCsv.write(dir.resolve(RunFolder.DAILY_MEAN_FILE), stats.result());
        ManifestJson.write(manifest(2, List.of(7L, 99L)), dir.resolve(RunFolder.MANIFEST_FILE));

        RunData run = RunData.read(dir);

        assertTrue(run.replicated());
        assertArrayEquals(new double[] {2, 10}, run.series("all", "mobilized"), 1e-12);
        // n = 2, sd = sqrt(2): half-width = t(0.975, 1) * sqrt(2) / sqrt(2) = 12.7062
        assertEquals(2 - 12.7062047, run.ciLow("all", "mobilized").orElseThrow()[0], 0.05, "one decimal");
        assertEquals(10, run.ciHigh("all", "mobilized").orElseThrow()[1], 1e-12);
        assertEquals(List.of(), run.events());
    }

    @Test
    void scenarioRunWritesAFolderThatReadsBack() throws Exception {
        ResolvedScenario tiny = TinyScenario.resolved();
        Scenario s = TinyScenario.days(tiny.scenario(), 5);
        Clock clock = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);
        Manifest m = new ScenarioRun(tiny, s, Map.of(), 2, 1, clock).writeTo(dir, RunProgress.NONE);

        RunData run = RunData.read(dir);

        assertEquals(m, run.manifest());
        assertEquals(5, run.days());
        assertEquals(tiny.resolvedYaml(), Files.readString(dir.resolve(RunFolder.SCENARIO_FILE)));
        assertTrue(run.has("post:upper_lars", "queue_wait_hours"));
        assertTrue(run.has("country:Finland", "crossings_out"));
        assertFalse(run.has("post:upper_lars", "mobilized"), "citizen metrics do not apply to posts");
        assertTrue(run.has("region:moscow_city", "mobilized"));
        assertFalse(run.has("region:moscow_city", "crossings_out"), "border metrics do not apply to regions");
        assertTrue(Files.exists(dir.resolve(RunFolder.SUMMARY_FILE)));
        assertEquals(
                List.of(new RecordedEvent(0, TinyScenario.START, "partial mobilization announced")),
                run.events(),
                "the fired event is recorded with its day and label");
    }

    @Test
    void theScenariosOutputSectionChoosesTheSeries() throws Exception {
        ResolvedScenario tiny =
                TinyScenario.resolved("output: {metrics: [mobilized, crossings_out], scopes: [all, post:fi_vaalimaa]}");
        assertEquals(
                new OutputSpec(List.of(Metric.MOBILIZED, Metric.CROSSINGS_OUT), List.of("all", "post:fi_vaalimaa")),
                tiny.output());
        Scenario s = TinyScenario.days(tiny.scenario(), 3);
        new ScenarioRun(tiny, s, Map.of(), 1, 1, Clock.systemUTC()).writeTo(dir, RunProgress.NONE);
        assertEquals(
                List.of(
                        new SeriesKey("all", "mobilized"),
                        new SeriesKey("all", "crossings_out"),
                        new SeriesKey("post:fi_vaalimaa", "crossings_out")),
                RunData.read(dir).keys());
    }

    @Test
    void aFolderWithoutManifestIsNotARun() {
        BadInputException e = assertThrows(BadInputException.class, () -> RunData.read(dir));
        assertTrue(e.getMessage().contains("manifest.json"), e.getMessage());
    }

    @Test
    void aDamagedDailyFileIsReportedWithItsLine() throws IOException {
        ManifestJson.write(manifest(2, List.of(7L)), dir.resolve(RunFolder.MANIFEST_FILE));
        Files.writeString(
                dir.resolve(RunFolder.DAILY_FILE),
                "date,day,scope,metric,value\n2022-09-21,0,all,mobilized,1\n2022-09-22,1,all,mobilized,lots\n");
        BadInputException e = assertThrows(BadInputException.class, () -> RunData.read(dir));
        assertTrue(e.getMessage().contains("daily.csv:3:"), e.getMessage());
    }
}
