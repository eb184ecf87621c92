package org.callup.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsTest {
    private static final String HEADER = "id,metric,scope,statistic,date_from,date_to,value,low,high,trust,source\n";

    @TempDir
    Path dir;

    private Path file(String body) throws IOException {
        Path f = dir.resolve("targets.csv");
        Files.writeString(f, body);
        return f;
    }

    private String problemsOf(String body) throws IOException {
        Path f = file(body);
        return assertThrows(BadInputException.class, () -> Targets.read(f)).getMessage();
    }

    @Test
    void readsTheShippedCalibrationTargets() throws Exception {
        List<Target> ts = Targets.read(Path.of("src/test/resources/calibration-targets.csv"));
        assertEquals(12, ts.size());
        Target exodus = ts.get(3);
        assertEquals("exodus_weeks", exodus.id());
        assertEquals(Statistic.SUM, exodus.statistic());
        assertEquals(300000, exodus.low());
        assertTrue(Double.isNaN(exodus.high()), "an empty high is an open bound");
        assertEquals(LocalDate.of(2022, 10, 21), exodus.dateTo());
        assertTrue(ts.get(0).source().contains("300,000"), "quoted commas stay in the source");
        assertEquals(3, ts.get(1).line());
    }

    @Test
    void theShippedTargetsAreOnTheClassPath() throws Exception {
        assertEquals(
                // The data file itself, not the 12-row copy the other tests of this class read.
                Targets.read(Path.of("../scenarios/src/main/resources/data/calibration-targets.csv"))
                        .size(),
                Targets.shipped().size());
    }

    @Test
    void columnsMayComeInAnyOrder() throws Exception {
        Path f = file("metric,id,scope,statistic,date_from,date_to,value,low,high,trust,source\n"
                + "mobilized,a,all,sum,2022-09-21,2022-09-30,10,5,15,official,x\n");
        assertEquals("a", Targets.read(f).get(0).id());
    }

    @Test
    void everyBadFieldIsReportedWithLineAndColumn() throws IOException {
        String msg = problemsOf(HEADER
                + "a,mobilized,all,median,2022-09-21,2022-09-30,10,5,15,official,x\n"
                + "b,mobilized,everywhere,sum,2022-09-21,30/09/2022,ten,5,,rumour,x\n");
        assertTrue(msg.startsWith("5 problems:"), msg);
        assertTrue(msg.contains("targets.csv:2: statistic: 'median': expected one of sum, max, mean, last"), msg);
        assertTrue(msg.contains("targets.csv:3: scope: 'everywhere': expected all, region:<id>"), msg);
        assertTrue(msg.contains("targets.csv:3: date_to: '30/09/2022': expected a date YYYY-MM-DD"), msg);
        assertTrue(msg.contains("targets.csv:3: value: 'ten': expected a number"), msg);
        assertTrue(msg.contains("targets.csv:3: trust: 'rumour': expected one of official"), msg);
    }

    @Test
    void aRangeNeedsABoundAndLowNotAboveHigh() throws IOException {
        String msg = problemsOf(HEADER
                + "a,mobilized,all,sum,2022-09-21,2022-09-30,10,,,official,x\n"
                + "b,mobilized,all,sum,2022-09-21,2022-09-30,10,20,5,official,x\n"
                + "c,mobilized,all,sum,2022-09-30,2022-09-21,10,5,20,official,x\n");
        assertTrue(msg.contains(":2: low and high are both empty"), msg);
        assertTrue(msg.contains(":3: low 20 is above high 5"), msg);
        assertTrue(msg.contains(":4: date_to 2022-09-21 is before date_from 2022-09-30"), msg);
    }

    @Test
    void aWrongHeaderIsOneProblemNamingTheColumns() throws IOException {
        String msg = problemsOf("id,metric,scope,stat,date_from,date_to,value,low,high,trust,source\n");
        assertTrue(msg.contains("targets.csv:1: missing column(s) [statistic]; unknown column(s) [stat]"), msg);
    }

    @Test
    void unquotedCommasAndDuplicateIdsAreCaught() throws IOException {
        String msg = problemsOf(HEADER
                + "a,mobilized,all,sum,2022-09-21,2022-09-30,10,5,15,official,300,000 men\n"
                + "b,mobilized,all,sum,2022-09-21,2022-09-30,10,5,15,official,x\n"
                + "b,mobilized,all,sum,2022-09-21,2022-09-30,10,5,15,official,y\n");
        assertTrue(msg.contains(":2: expected 11 fields, found 12"), msg);
        assertTrue(msg.contains(":4: id: 'b' is used twice"), msg);
    }

    @Test
    void aMissingFileIsBadInput() {
        BadInputException e = assertThrows(BadInputException.class, () -> Targets.read(dir.resolve("nope.csv")));
        assertTrue(e.getMessage().endsWith("nope.csv: targets file not found"), e.getMessage());
    }

    @Test
    void anEmptyFileIsBadInput() throws IOException {
        assertTrue(problemsOf(HEADER).contains("no targets after the header"));
    }
}
