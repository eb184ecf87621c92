package org.callup.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCsvTest {
    @TempDir
    Path dir;

    @Test
    void flowsHaveTotalsAndEverySeriesAPeakWithItsDate() throws Exception {
        DailyTable t = Tables.of(new double[] {1, 5, 5, 2}, new double[] {3, Double.NaN, 9, 1});
        SummaryCsv.write(dir.resolve("s.csv"), t);
        assertEquals(
                List.of(
                        "scope,metric,kind,total,peak,peak_date,last,mean",
                        "all,mobilized,flow,13,5,2022-09-22,2,3.3",
                        "all,queue_wait_hours,level,NA,9,2022-09-23,1,4.33333"),
                Files.readAllLines(dir.resolve("s.csv")));
    }

    @Test
    void replicatedSummaryAddsTheIntervalOfTheTotal() throws Exception {
        ReplicationStats stats = new ReplicationStats(new ConfidenceInterval(0.95));
        stats.add(Tables.of(new double[] {1, 1}, new double[] {1, 1}));
        stats.add(Tables.of(new double[] {3, 3}, new double[] {1, 1}));
        SummaryCsv.write(dir.resolve("s.csv"), stats.result());
        List<String> lines = Files.readAllLines(dir.resolve("s.csv"));
        assertEquals("scope,metric,kind,total,peak,peak_date,last,mean,total_ci_low,total_ci_high", lines.get(0));
        // totals 2 and 6: mean 4, sd 2.828, half-width t(0.975,1) * 2.828 / 1.414 = 25.4124
        String[] f = lines.get(1).split(",");
        assertEquals("4", f[3]);
        assertEquals(4 - 25.412409, Double.parseDouble(f[8]), 0.05);
        assertEquals("-21.4", f[8], "a statistic of a count across replications keeps one decimal");
        assertEquals("29.4", f[9]);
        assertEquals("NA", lines.get(2).split(",")[8], "no total for a level");
    }

    @Test
    void countsAreWholeAndLevelsHaveSixSignificantDigits() throws Exception {
        DailyTable t = Tables.of(new double[] {26665.000000000004, 1.0000000000002}, new double[] {2.0 / 3, 1e-7});
        SummaryCsv.write(dir.resolve("s.csv"), t);
        assertEquals(
                List.of(
                        "scope,metric,kind,total,peak,peak_date,last,mean",
                        "all,mobilized,flow,26666,26665,2022-09-21,1,13333",
                        "all,queue_wait_hours,level,NA,0.666667,2022-09-21,0.0000001,0.333333"),
                Files.readAllLines(dir.resolve("s.csv")));
    }
}
