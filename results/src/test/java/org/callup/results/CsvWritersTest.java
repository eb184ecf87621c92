package org.callup.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the daily files write numbers: counts whole, levels to six significant digits, means of counts to 0.1. */
class CsvWritersTest {
    private static final double NA = Double.NaN;

    @TempDir
    Path dir;

    @Test
    void valuesAreWrittenByTheKindOfTheirMetric() {
        assertEquals("26665", CsvValues.value("mobilized", 26665.000000000004), "a flow");
        assertEquals("1200", CsvValues.value("abroad", 1199.9999999999998), "a stock");
        assertEquals("120000", CsvValues.value("quota", 120000.00000000001), "a level");
        assertEquals("23.4568", CsvValues.value("queue_wait_hours", 23.456789));
        assertEquals("0.000123457", CsvValues.value("queue_wait_hours", 0.0001234567));
        assertEquals("12345700", CsvValues.value("air_price_rub", 12345678.9), "no exponent");
        assertEquals("NA", CsvValues.value("mobilized", NA));
        assertEquals("0.1", CsvValues.value("no_such_metric", 0.1), "an unknown metric as any number");
    }

    @Test
    void statisticsAcrossReplicationsOfCountsKeepOneDecimal() {
        assertEquals("5544.6", CsvValues.mean("mobilized", 5544.551282051282));
        assertEquals("3", CsvValues.mean("mobilized", 3.0000000001));
        assertEquals("3.3", CsvValues.mean("mobilized", 3.25), "halves round up");
        assertEquals("3", CsvValues.value("mobilized", 2.5));
        assertEquals("25123456.8", CsvValues.mean("state_normal", 25123456.78), "no exponent");
        assertEquals("-21.4", CsvValues.mean("mobilized", -21.412409));
        assertEquals("0", CsvValues.mean("mobilized", -0.01), "no negative zero");
        assertEquals("16.2652", CsvValues.mean("queue_wait_hours", 16.26523), "a level as a level");
    }

    @Test
    void dailyCsvHoldsWholeCountsAndRoundedLevels() throws Exception {
        DailyTable t = Tables.of(new double[] {26665.000000000004, NA}, new double[] {1.0 / 3, 48});
        try (DailyCsvWriter w = DailyCsvWriter.open(dir.resolve("daily.csv"), false)) {
            w.append(t, 1);
        }
        assertEquals(
                List.of(
                        "date,day,scope,metric,value",
                        "2022-09-21,0,all,mobilized,26665",
                        "2022-09-22,1,all,mobilized,NA",
                        "2022-09-21,0,all,queue_wait_hours,0.333333",
                        "2022-09-22,1,all,queue_wait_hours,48"),
                Files.readAllLines(dir.resolve("daily.csv")));
    }

    @Test
    void dailyMeanCsvKeepsOneDecimalOfCountsAndWholeReplicationCounts() throws Exception {
        ReplicationStats stats = new ReplicationStats(new ConfidenceInterval(0.95));
        stats.add(Tables.of(new double[] {1, 10}, new double[] {0.1, 0.2}));
        stats.add(Tables.of(new double[] {2, 20}, new double[] {0.2, 0.4}));
        stats.add(Tables.of(new double[] {2, 20}, new double[] {0.2, 0.4}));
        DailyMeanCsv.write(dir.resolve("daily-mean.csv"), stats.result());
        List<String> lines = Files.readAllLines(dir.resolve("daily-mean.csv"));
        assertEquals("date,day,scope,metric,mean,sd,ci_low,ci_high,n", lines.get(0));
        // mobilized on day 0: 1, 2, 2: mean 1.667, sd 0.577, half-width t(0.975,2) 4.303 * 0.577 / 1.732 = 1.434
        assertEquals("2022-09-21,0,all,mobilized,1.7,0.6,0.2,3.1,3", lines.get(1));
        // wait on day 0: 0.1, 0.2, 0.2 (a level: six significant digits)
        // (half-width 4.303 * 0.0577 / 1.732 = 0.1434)
        assertEquals("2022-09-21,0,all,queue_wait_hours,0.166667,0.057735,0.0232449,0.310088,3", lines.get(3));
        for (String line : lines) {
            if (line.contains(",mobilized,")) {
                assertFalse(line.matches(".*\\.\\d{2,}.*"), "more than one decimal in " + line);
            }
        }
    }

    @Test
    void validationCsvRoundsTheSimulatedValueAndTheRelativeError() throws Exception {
        Target t = new Target(
                "t",
                "mobilized",
                "all",
                Statistic.SUM,
                TinyScenario.START,
                TinyScenario.START,
                300000,
                250000,
                350000,
                "official",
                "",
                2);
        ValidationCsv.write(dir.resolve("v.csv"), List.of(ValidationResult.of(t, 299999.99999999994 + 1234.5678)));
        String row = Files.readAllLines(dir.resolve("v.csv")).get(1);
        assertEquals(
                "t,mobilized,all,sum,2022-09-21,2022-09-21,301235,300000,250000,350000,true,true,0.0041,official,",
                row);
    }
}
