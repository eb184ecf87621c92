package org.callup.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** callup sweep as a user meets it: a small sweep, running it again, its shards, Slurm scripts and bad input. */
class SweepCommandTest {
    /** A Sobol' design over two parameters of the smoke scenario: 4 x 4 = 16 points, 32 runs of a tenth of a second. */
    static final String SOBOL = """
            name: tiny
            scenario: smoke
            seed: 3
            replications: 2
            design: {type: sobol, points: 4, bootstrap: 100}
            parameters:
              - {name: raid, path: recruiters.channels.raid.intensity, range: {min: 0, max: 2}}
              - name: quota
                path: timeline[announce].quotaPersons
                range: {min: 100000, max: 600000}
            outputs:
              - {name: emigrants, metric: emigrants, scope: all, statistic: sum}
              - {name: mobilized, metric: mobilized, scope: all, statistic: sum}
            """;

    @TempDir
    Path dir;

    private Path sweepFile(String yaml) throws IOException {
        Path f = dir.resolve("tiny.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    private static byte[] bytes(Path p) throws IOException {
        return Files.readAllBytes(p);
    }

    @Test
    void runsASweepAndSaysWhatItWrote() throws IOException {
        Path f = sweepFile(SOBOL);
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("sweep", f.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.toString());
        assertTrue(
                r.out()
                        .contains("Sweep tiny: sobol design, 2 parameters x 4 samples: 16 points x 2 replications "
                                + "= 32 runs"),
                r.out());
        assertTrue(r.out().contains("runs.csv, points.csv, sensitivity.csv, charts/ (32 runs)"), r.out());
        assertTrue(r.err().contains("tiny: 32/32 runs (100%), 0 failed"), "plain progress in a pipe: " + r);
        assertFalse(r.err().contains("\u001b"), "no escape codes in a pipe");
        for (String file : List.of(
                "runs.csv",
                "points.csv",
                "sensitivity.csv",
                "manifest.json",
                "sweep.yaml",
                "scenario.yaml",
                "charts/sensitivity-emigrants.png",
                "charts/sensitivity-mobilized.svg")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        assertArrayEquals(bytes(f), bytes(out.resolve("sweep.yaml")), "the sweep file is kept as it was");

        Cli.Result again = Cli.run("sweep", f.toString(), "--out", out.toString(), "--threads", "1");
        assertEquals(0, again.code(), again.toString());
        assertTrue(again.out().contains("is complete: 32 runs, 0 failed; nothing to do"), again.out());
    }

    @Test
    void overwriteIntoAFolderThatDoesNotExistYetStartsTheSweep() throws IOException {
        Path f = sweepFile(SOBOL);
        Path out = dir.resolve("not-yet");
        Cli.Result r = Cli.run("sweep", f.toString(), "--out", out.toString(), "-q", "--overwrite");
        assertEquals(0, r.code(), r.toString());
        assertTrue(Files.isRegularFile(out.resolve("runs.csv")), "runs.csv written");
    }

    @Test
    void shardsMergedOnTheCommandLineGiveTheFilesOfOneMachine() throws IOException {
        Path f = sweepFile(SOBOL);
        assertEquals(
                0,
                Cli.run("sweep", f.toString(), "--out", dir.resolve("one").toString(), "-q")
                        .code());
        for (int k = 1; k <= 2; k++) {
            Cli.Result r = Cli.run(
                    "sweep",
                    f.toString(),
                    "--shard",
                    k + "/2",
                    "--threads",
                    "1",
                    "--out",
                    dir.resolve("x/shards/" + k).toString());
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains("shard " + k + "/2 (16 runs)"), r.out());
            assertTrue(r.out().contains("Next, once every shard is done: callup sweep merge"), r.out());
        }
        Cli.Result m = Cli.run(
                "sweep",
                "merge",
                f.toString(),
                dir.resolve("x/shards/2").toString(),
                dir.resolve("x/shards/1").toString(),
                "--out",
                dir.resolve("x").toString());
        assertEquals(0, m.code(), m.toString());
        assertTrue(m.out().contains("Merged 2 shards into"), m.out());
        for (String file : List.of("runs.csv", "points.csv", "sensitivity.csv")) {
            assertArrayEquals(
                    bytes(dir.resolve("one").resolve(file)),
                    bytes(dir.resolve("x").resolve(file)),
                    file);
        }
        assertTrue(Files.isRegularFile(dir.resolve("x/charts/sensitivity-emigrants.png")));

        Cli.Result half = Cli.run(
                "sweep",
                "merge",
                f.toString(),
                dir.resolve("x/shards/1").toString(),
                "--out",
                dir.resolve("y").toString());
        assertEquals(2, half.code(), half.toString());
        assertTrue(half.err().contains("shard 2/2 missing"), half.err());
    }

    @Test
    void badInputIsReportedWithFileLineAndPathAndNothingIsWritten() throws IOException {
        Path f = sweepFile(
                SOBOL.replace("statistic: sum}\n  - {name: mobilized", "statistic: summ}\n  - {name: mobilized")
                        .replace("replications: 2", "replication: 2"));
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("sweep", f.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("2 problems in the sweep file:"), r.err());
        assertTrue(
                r.err()
                        .contains("tiny.yaml:4:1: replication: unknown key in a sweep file; did you mean "
                                + "'replications'?"),
                r.err());
        assertTrue(
                r.err()
                        .contains("outputs[0].statistic: 'summ' is not one of sum, max, mean, last; did you mean "
                                + "'sum'?"),
                r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(out), "no partial output");

        for (String[] args : List.of(
                new String[] {"sweep", dir.resolve("none.yaml").toString()},
                new String[] {"sweep", sweepFile(SOBOL).toString(), "--shard", "3/2"},
                new String[] {"sweep", sweepFile(SOBOL).toString(), "--threads", "0"})) {
            Cli.Result bad = Cli.run(args);
            assertEquals(2, bad.code(), bad.toString());
            assertEquals(1, bad.err().strip().lines().count(), bad.err());
        }
        assertFalse(Files.exists(dir.resolve(SweepCommand.DEFAULT_ROOT)), "nothing written by the bad commands");
    }

    @Test
    void aFolderOfAnotherSweepOrOfARunIsNeverTouched() throws IOException {
        Path f = sweepFile(SOBOL);
        Path out = dir.resolve("out");
        assertEquals(
                0, Cli.run("sweep", f.toString(), "--out", out.toString(), "-q").code());
        byte[] runs = bytes(out.resolve("runs.csv"));
        Files.writeString(f, SOBOL.replace("seed: 3", "seed: 4"));
        Cli.Result r = Cli.run("sweep", f.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("holds another sweep: the sweep file differs"), r.err());
        assertArrayEquals(runs, bytes(out.resolve("runs.csv")));
        assertEquals(
                0,
                Cli.run("sweep", f.toString(), "--out", out.toString(), "-q", "--overwrite")
                        .code());
        assertFalse(java.util.Arrays.equals(runs, bytes(out.resolve("runs.csv"))), "another seed, other numbers");

        Path run = dir.resolve("run");
        assertEquals(
                0,
                Cli.run("run", "smoke", "--no-charts", "-q", "--out", run.toString())
                        .code());
        Cli.Result onRun = Cli.run("sweep", f.toString(), "--out", run.toString(), "--overwrite");
        assertEquals(2, onRun.code(), onRun.toString());
        assertTrue(onRun.err().contains("holds a run, not a sweep"), onRun.err());
    }

    @Test
    void writesSlurmScriptsThatRunTheShardsAndThenTheMerge() throws IOException {
        Path f = sweepFile(SOBOL);
        Path jar = Files.writeString(dir.resolve("callup.jar"), "stands in for the jar");
        Path out = dir.resolve("cluster");
        Cli.Result r = Cli.run(
                "sweep",
                "slurm",
                f.toString(),
                "--shards",
                "3",
                "--out",
                out.toString(),
                "--jar",
                jar.toString(),
                "--cpus-per-task",
                "2",
                "--mem",
                "2G",
                "--time",
                "01:00:00",
                "--sbatch-option=--account=abc");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("submit.sh"), r.out());
        String shards = Files.readString(out.resolve("slurm/shards.sbatch"));
        assertTrue(shards.contains("#SBATCH --array=1-3\n"), shards);
        assertTrue(
                shards.contains(
                        "#SBATCH --cpus-per-task=2\n#SBATCH --output=" + out.toAbsolutePath()
                                + "/slurm/logs/shard-%a.out\n#SBATCH --mem=2G\n#SBATCH --time=01:00:00\n#SBATCH --account=abc\n"),
                shards);
        assertTrue(
                shards.contains("'java' -Xmx1536m -jar '" + out.toAbsolutePath() + "/slurm/callup.jar' sweep '"
                        + f.toAbsolutePath() + "' --shard \"$SLURM_ARRAY_TASK_ID/3\""),
                shards);
        String merge = Files.readString(out.resolve("slurm/merge.sbatch"));
        assertTrue(
                merge.contains("sweep merge '" + f.toAbsolutePath() + "' \"${shards[@]}\" --out '"
                        + out.toAbsolutePath() + "'"),
                merge);
        String submit = Files.readString(out.resolve("slurm/submit.sh"));
        assertTrue(submit.contains("--dependency=afterany:\"$array\""), submit);
        assertArrayEquals(bytes(jar), bytes(out.resolve("slurm/callup.jar")), "the jar is copied");
        assertTrue(Files.isExecutable(out.resolve("slurm/submit.sh")));

        Cli.Result tooMany = Cli.run(
                "sweep", "slurm", f.toString(), "--shards", "33", "--out", out.toString(), "--jar", jar.toString());
        assertEquals(2, tooMany.code(), tooMany.toString());
        assertTrue(tooMany.err().contains("more than the sweep's 32 runs"), tooMany.err());
        Cli.Result noJar = Cli.run("sweep", "slurm", f.toString(), "--shards", "2", "--out", out.toString());
        assertEquals(2, noJar.code(), "tests run from classes, not from the jar: " + noJar);
        assertTrue(noJar.err().contains("--jar"), noJar.err());
    }

    @Test
    void slurmHeapIsThreeQuartersOfTheJobMemory() {
        assertEquals(3072, SlurmJob.heapMegabytes("4G"));
        assertEquals(750, SlurmJob.heapMegabytes("1000M"));
        assertEquals(750, SlurmJob.heapMegabytes("1000"));
        assertEquals("'it'\\''s'", SlurmJob.q("it's"));
    }
}
