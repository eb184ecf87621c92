package org.callup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.callup.results.RunData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final String HEADER = "id,metric,scope,statistic,date_from,date_to,value,low,high,trust,source\n";

    @TempDir
    static Path dir;

    static Path run;
    static double mobilized;

    @BeforeAll
    static void runSmoke() throws Exception {
        run = dir.resolve("smoke");
        assertEquals(
                0,
                Cli.run("run", "smoke", "--no-charts", "--out", run.toString(), "-q")
                        .code());
        double[] m = RunData.read(run).series("all", "mobilized");
        for (double v : m) {
            mobilized += v;
        }
    }

    private static Path targets(String name, String rows) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, HEADER + rows);
        return f;
    }

    private static String total(double low, double high) {
        return "total,mobilized,all,sum,2022-09-18,2022-09-27," + mobilized + "," + low + "," + high + ",official,x\n";
    }

    @Test
    void allInsideExitsZeroAndWritesTheCsvInTheRunFolder() throws IOException {
        Cli.Result r = Cli.run(
                "validate",
                "--targets",
                targets("ok.csv", total(mobilized, mobilized)).toString(),
                run.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("1 of 1 applicable targets inside their range; table written"), r.out());
        List<String> csv = Files.readAllLines(run.resolve("validation-ok.csv"));
        assertTrue(
                csv.get(0)
                        .startsWith("id,metric,scope,statistic,date_from,date_to,simulated,value,low,high,"
                                + "applicable,inside,relative_error"),
                csv.get(0));
        assertTrue(csv.get(1).contains(",true,true,0,"), csv.get(1));
    }

    @Test
    void theTableShowsTheReportedValueBesideTheRange() throws IOException {
        // A "more than" figure: reported 1,000, accepted from 500 up; 8,090 is inside and +709% from the figure.
        Path t = targets("wide.csv", "wide,mobilized,all,sum,2022-09-18,2022-09-27,1000,500,,media,x\n");
        Cli.Result r = Cli.run(
                "validate",
                "--targets",
                t.toString(),
                "--csv",
                dir.resolve("wide-out.csv").toString(),
                run.toString());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Validating a single run: one run is one draw of a noisy process"), r.out());
        assertEquals(
                List.of("target", "window", "simulated", "reported", "range", "inside", "vs", "reported"),
                List.of(lines.get(1).trim().split(" +")),
                r.out());
        String row = lines.get(2);
        assertTrue(
                row.matches("wide +2022-09-18\\.\\.2022-09-27 +[0-9,]+ +1,000 +>= 500 +(yes|NO) +[-+][0-9.]+%"), row);
    }

    @Test
    void aTargetOutsideItsRangeOrMissingExitsOne() throws IOException {
        Path csv = dir.resolve("out.csv");
        Path t = targets(
                "miss.csv",
                total(mobilized + 1, Double.NaN).replace(",NaN,", ",,")
                        + "ghost,mobilised,all,sum,2022-09-18,2022-09-20,5,1,,media,x\n"
                        + "far,mobilized,all,sum,2024-10-01,2024-12-31,133000,120000,140000,official,x\n");
        Cli.Result r = Cli.run("validate", "--targets", t.toString(), "--csv", csv.toString(), run.toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(
                r.out()
                        .contains("0 of 2 applicable targets inside their range (1 not applicable: not within "
                                + "the run's dates)"),
                r.out());
        assertTrue(r.out().contains("ghost: the run has no metric 'mobilised'; did you mean 'mobilized'?"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("far ") && l.contains(" n/a ")), r.out());
        assertTrue(
                r.out()
                        .contains("far: not applicable: its window 2024-10-01 to 2024-12-31 is not within the "
                                + "simulated dates 2022-09-18 to 2022-09-27"),
                r.out());
        List<String> rows = Files.readAllLines(csv);
        assertEquals(4, rows.size());
        assertTrue(rows.get(1).contains(",true,false,"), rows.get(1));
        assertTrue(rows.get(2).contains(",true,false,"), rows.get(2));
        assertTrue(rows.get(3).contains(",false,NA,"), rows.get(3));
    }

    @Test
    void targetsOutsideTheRunsDatesDoNotCount() throws IOException {
        Path t = targets(
                "later.csv",
                total(mobilized, mobilized)
                        + "far,mobilized,all,sum,2024-10-01,2024-12-31,133000,120000,140000,official,x\n"
                        + "early,mobilized,all,sum,2022-09-01,2022-09-20,1,0,0,official,x\n");
        Cli.Result r = Cli.run("validate", "--targets", t.toString(), run.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("1 of 1 applicable targets inside their range (2 not applicable"), r.out());
    }

    @Test
    void noApplicableTargetExitsOneInOneLine() throws IOException {
        Path t = targets("none.csv", "far,mobilized,all,sum,2024-10-01,2024-12-31,133000,120000,140000,official,x\n");
        Cli.Result r = Cli.run("validate", "--targets", t.toString(), run.toString());
        assertEquals(1, r.code(), r.toString());
        assertEquals(
                "callup validate: no target in " + t + " lies within the run's dates 2022-09-18 to 2022-09-27; "
                        + "nothing to validate",
                r.err().strip());
        assertFalse(Files.exists(run.resolve("validation-none.csv")));
    }

    @Test
    void withoutTargetsTheShippedOnesAreUsed() {
        Cli.Result r = Cli.run("validate", run.toString());
        assertTrue(r.code() == 0 || r.code() == 1, r.toString());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "of (\\d+) applicable targets inside their range \\((\\d+) not applicable")
                .matcher(r.out());
        assertTrue(m.find(), r.out());
        assertEquals(
                36, Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)), "every shipped target: " + r.out());
        assertTrue(
                r.out().contains("draft_2024: not applicable: its window 2024-10-01 to 2024-12-31 is not within"),
                r.out());
        assertTrue(Files.exists(run.resolve("validation-calibration-targets.csv")));
    }

    @Test
    void badTargetsOrRunFolderExitTwo() throws IOException {
        Path bad = targets("bad.csv", "x,mobilized,all,median,2022-09-18,2022-09-20,5,1,,media,x\n");
        Cli.Result r = Cli.run("validate", "--targets", bad.toString(), run.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("bad.csv:2: statistic: 'median'"), r.err());
        assertFalse(Files.exists(run.resolve("validation-bad.csv")));

        Path ok = targets("fine.csv", total(0, 1e12));
        Cli.Result noRun = Cli.run(
                "validate", "--targets", ok.toString(), dir.resolve("nope").toString());
        assertEquals(2, noRun.code(), noRun.toString());
        assertEquals(1, noRun.err().strip().lines().count(), noRun.err());

        Cli.Result noRunFolder = Cli.run("validate", "--targets", ok.toString());
        assertEquals(2, noRunFolder.code());
        assertTrue(noRunFolder.err().contains("RUN_FOLDER"), noRunFolder.err());
    }

    @Test
    void drawsThePanelsAndWritesTheStylizedFactsBesideTheTable() throws IOException {
        Path out = dir.resolve("facts-out");
        Files.createDirectories(out);
        Cli.Result r = Cli.run(
                "validate",
                "--csv",
                out.resolve("v.csv").toString(),
                "--chart",
                out.resolve("panels.svg").toString(),
                run.toString());
        assertTrue(r.code() <= 1, r.toString());
        assertTrue(Files.size(out.resolve("panels.png")) > 10_000);
        assertTrue(Files.readString(out.resolve("panels.svg")).contains("Mobilization: "));
        List<String> facts = Files.readAllLines(out.resolve("stylized-facts.csv"));
        assertEquals("id,result,measured,statement,definition,source", facts.get(0));
        assertEquals(11, facts.size(), "ten facts");
        // The smoke run ends on 27 Sep: only the facts of the first days can be judged on it, and the output says so.
        assertTrue(
                facts.get(1).startsWith("protest_waves,NA,the run (2022-09-18 to 2022-09-27) does not cover"),
                facts.get(1));
        assertTrue(r.out().contains("Stylized facts of autumn 2022"), r.out());
        assertTrue(r.out().contains(" of 2 computable stylized facts hold; written to "), r.out());
        assertTrue(r.out().contains("Panels drawn: "), r.out());

        Cli.Result noChart =
                Cli.run("validate", "--csv", dir.resolve("nc.csv").toString(), "--no-chart", run.toString());
        assertTrue(noChart.code() <= 1, noChart.toString());
        assertFalse(noChart.out().contains("Panels drawn"), noChart.out());
    }

    @Test
    void byDefaultThePanelsGoIntoTheRunFolder() {
        Cli.Result r = Cli.run("validate", "-q", run.toString());
        assertTrue(r.code() <= 1, r.toString());
        assertTrue(Files.exists(run.resolve("validation.png")));
        assertTrue(Files.exists(run.resolve("validation.svg")));
        assertTrue(Files.exists(run.resolve("stylized-facts.csv")));
    }
}
