package org.callup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.callup.results.RunData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path dir;

    private static void assertOneLine(String text) {
        assertEquals(1, text.strip().lines().count(), "one line expected:\n" + text);
        assertFalse(text.contains("\tat "), "no stack trace:\n" + text);
    }

    private List<String> listing(Path p) throws IOException {
        try (Stream<Path> s = Files.list(p)) {
            return s.map(x -> x.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void runsTheSmokeScenarioIntoAFolderThatReadsBack() throws Exception {
        Path out = dir.resolve("smoke");
        Cli.Result r = Cli.run("run", "smoke", "--out", out.toString(), "--seed", "3", "--threads", "1");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Wrote "), r.toString());
        assertTrue(r.err().contains("100%"), "plain progress lines when not on a terminal: " + r);
        assertFalse(r.err().contains("\u001b"), "no escape codes in a pipe");
        assertTrue(
                listing(out)
                        .containsAll(List.of(
                                "charts", "daily.csv", "events.csv", "manifest.json", "scenario.yaml", "summary.csv")),
                listing(out).toString());
        assertTrue(
                listing(out.resolve("charts")).contains("mobilization.svg"),
                listing(out.resolve("charts")).toString());
        RunData run = RunData.read(out);
        assertEquals("smoke", run.manifest().scenarioName());
        assertEquals(3, run.manifest().seed());
        assertEquals("3", run.manifest().overrides().get("seed"));
        assertTrue(run.has("all", "mobilized"));
        assertEquals(List.of("smoke"), listing(dir), "no temporary folder left beside it");
    }

    @Test
    void quietPrintsNothing() {
        Path out = dir.resolve("q");
        Cli.Result r = Cli.run("run", "smoke", "--no-charts", "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.toString());
        assertEquals("", r.out() + r.err());
        assertFalse(Files.exists(out.resolve("charts")), "--no-charts draws none");
    }

    @Test
    void neverOverwritesAnExistingRunWithoutBeingAsked() throws Exception {
        Path out = dir.resolve("run");
        assertEquals(
                0,
                Cli.run("run", "smoke", "--no-charts", "--out", out.toString(), "-q")
                        .code());
        String before = Files.readString(out.resolve("manifest.json"));

        Cli.Result again = Cli.run("run", "smoke", "--no-charts", "--out", out.toString(), "--seed", "9", "-q");
        assertEquals(2, again.code(), again.toString());
        assertOneLine(again.err());
        assertTrue(again.err().contains("--overwrite"), again.err());
        assertEquals(before, Files.readString(out.resolve("manifest.json")), "the old run is untouched");
        assertEquals(List.of("run"), listing(dir));

        Cli.Result replaced =
                Cli.run("run", "smoke", "--no-charts", "--out", out.toString(), "--seed", "9", "-q", "--overwrite");
        assertEquals(0, replaced.code(), replaced.toString());
        assertEquals(9, RunData.read(out).manifest().seed());
        assertEquals(List.of("run"), listing(dir));
    }

    @Test
    void aFolderThatIsNotARunIsRefusedWithoutSuggestingOverwrite() throws Exception {
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(b.resolve("x.txt"), "hi");
        for (String[] args : List.of(
                new String[] {"run", "smoke", "--out", b.toString()},
                new String[] {"run", "smoke", "--out", b.toString(), "--overwrite"})) {
            Cli.Result r = Cli.run(args);
            assertEquals(2, r.code(), r.toString());
            assertOneLine(r.err());
            assertTrue(r.err().contains(b + " is not a callup run folder (it has no manifest.json); "), r.err());
            assertTrue(r.err().contains("choose another --out, or move that folder away first"), r.err());
            assertFalse(r.err().contains("add --overwrite"), r.err());
        }
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Cli.Result r = Cli.run("run", "smoke", "--no-charts", "-q", "--out", empty.toString());
        assertTrue(
                r.err().contains(empty + " already exists; add --overwrite to replace it (it is empty)"), r.toString());
        assertEquals(
                0,
                Cli.run("run", "smoke", "--no-charts", "-q", "--out", empty.toString(), "--overwrite")
                        .code());
        assertEquals("hi", Files.readString(b.resolve("x.txt")));
    }

    @Test
    void overwriteReplacesOnlyARunFolder() throws Exception {
        Path p = dir.resolve("p");
        Files.createDirectories(p);
        Files.writeString(p.resolve("manifest.json"), "{}");
        Files.writeString(p.resolve("notes.txt"), "x");
        Cli.Result r = Cli.run("run", "smoke", "--no-charts", "--out", p.toString(), "--overwrite", "-q");
        assertEquals(2, r.code(), r.toString());
        assertOneLine(r.err());
        assertTrue(r.err().contains("is not a callup run folder") && r.err().contains("choose another --out"), r.err());
        assertEquals("x", Files.readString(p.resolve("notes.txt")));

        Path sweepFile = dir.resolve("tiny.yaml");
        Files.writeString(sweepFile, SweepCommandTest.SOBOL);
        Path sweep = dir.resolve("sweep");
        assertEquals(
                0,
                Cli.run("sweep", sweepFile.toString(), "--out", sweep.toString(), "-q")
                        .code());
        List<String> files = listing(sweep);
        byte[] journal = Files.readAllBytes(sweep.resolve("journal.csv"));
        Cli.Result onSweep = Cli.run("run", "smoke", "--no-charts", "--out", sweep.toString(), "--overwrite", "-q");
        assertEquals(2, onSweep.code(), onSweep.toString());
        assertTrue(onSweep.err().contains("holds a callup sweep"), onSweep.err());
        assertEquals(files, listing(sweep));
        assertTrue(java.util.Arrays.equals(journal, Files.readAllBytes(sweep.resolve("journal.csv"))));
        assertEquals(List.of("p", "sweep", "tiny.yaml"), listing(dir), "no temporary folder left");
    }

    /**
     * Runs started at once into one --out, with and without --overwrite (threads here, through the command the
     * shell calls): the first to finish takes the folder, each other keeps its results in a numbered one beside it,
     * and every message names where a run's results are.
     */
    @Test
    void runsStartedAtOnceIntoOneFolderEachKeepTheirResults() throws Exception {
        for (boolean overwrite : new boolean[] {false, true}) {
            Path out = dir.resolve(overwrite ? "replaced" : "new");
            if (overwrite) {
                assertEquals(
                        0,
                        Cli.run("run", "smoke", "--no-charts", "-q", "--seed", "99", "--out", out.toString())
                                .code());
            }
            // a first run in this JVM loads the classes, so that the three below start within moments of each other
            assertEquals(
                    0,
                    Cli.run(
                                    "run",
                                    "smoke",
                                    "--no-charts",
                                    "-q",
                                    "--out",
                                    dir.resolve("warm-" + overwrite).toString())
                            .code());
            int n = 3;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
            List<java.util.concurrent.Future<Cli.Result>> runs = new java.util.ArrayList<>();
            for (int seed = 1; seed <= n; seed++) {
                // a finer scale than the smoke's, so that every run starts before the first one ends
                List<String> args = new java.util.ArrayList<>(List.of(
                        "run",
                        "smoke",
                        "--no-charts",
                        "--threads",
                        "1",
                        "--scale",
                        "100",
                        "--seed",
                        Integer.toString(seed),
                        "--out",
                        out.toString()));
                if (overwrite) {
                    args.add("--overwrite");
                }
                runs.add(pool.submit(() -> Cli.run(args.toArray(String[]::new))));
            }
            pool.shutdown();
            java.util.Set<Long> kept = new java.util.TreeSet<>();
            java.util.Set<Long> ran = new java.util.TreeSet<>();
            for (int seed = 1; seed <= n; seed++) {
                Cli.Result r = runs.get(seed - 1).get();
                if (!overwrite && r.code() == 2) {
                    // started only once another run had finished there: refused before it ran anything
                    assertTrue(r.err().contains("already exists"), r.toString());
                    continue;
                }
                ran.add((long) seed);
                assertTrue(r.code() == 0 || r.code() == 1, r.toString());
                java.util.regex.Matcher m =
                        java.util.regex.Pattern.compile("Wrote (\\S+)").matcher(r.out());
                assertTrue(m.find(), r.toString());
                Path where = Path.of(m.group(1));
                assertEquals(seed, RunData.read(where).manifest().seed(), "the message names this run's folder: " + r);
                if (r.code() == 1) {
                    assertTrue(r.err().contains("this run's results are in " + where), r.err());
                }
                kept.add(RunData.read(where).manifest().seed());
            }
            assertEquals(ran, kept, "every run kept");
            assertTrue(ran.size() >= 2, "runs at the same time: " + ran);
            try (Stream<Path> s = Files.list(dir)) {
                assertEquals(
                        0,
                        s.filter(p -> p.getFileName().toString().startsWith("."))
                                .count(),
                        "no hidden folder left");
            }
        }
    }

    /** The same with two processes and the default folder, whose name goes down to the second only. */
    @Test
    void twoProcessesStartedAtOnceEachKeepTheirRun() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> ps = new java.util.ArrayList<>();
        for (int seed = 1; seed <= 2; seed++) {
            ps.add(new ProcessBuilder(
                            javaBin,
                            "-cp",
                            System.getProperty("java.class.path"),
                            Main.class.getName(),
                            "run",
                            "smoke",
                            "--no-charts",
                            "--threads",
                            "1",
                            "--seed",
                            Integer.toString(seed))
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("child-" + seed + ".log").toFile())
                    .start());
        }
        java.util.Set<Long> kept = new java.util.TreeSet<>();
        for (int seed = 1; seed <= 2; seed++) {
            Process p = ps.get(seed - 1);
            assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "run " + seed + " ended");
            String log = Files.readString(dir.resolve("child-" + seed + ".log"));
            assertEquals(0, p.exitValue(), log);
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("Wrote (\\S+)").matcher(log);
            assertTrue(m.find(), log);
            Path where = dir.resolve(m.group(1));
            assertTrue(where.startsWith(dir.resolve(RunCommand.DEFAULT_ROOT)), where.toString());
            assertEquals(seed, RunData.read(where).manifest().seed(), log);
            kept.add(RunData.read(where).manifest().seed());
        }
        assertEquals(java.util.Set.of(1L, 2L), kept);
        assertEquals(2, listing(dir.resolve(RunCommand.DEFAULT_ROOT)).size());
    }

    /** kill -9 leaves a hidden unfinished folder; the next run beside it removes it. */
    @Test
    void theNextRunRemovesWhatAKilledRunLeft() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        javaBin,
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "run",
                        "smoke",
                        "--scale",
                        "500",
                        "--out",
                        dir.resolve("killed").toString(),
                        "-q")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            while (listing(dir).stream().noneMatch(n -> n.startsWith(".killed.partial-"))
                    && p.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            assertTrue(p.isAlive(), Files.readString(dir.resolve("child.log")));
        } finally {
            p.destroyForcibly().waitFor();
        }
        assertTrue(
                listing(dir).stream().anyMatch(n -> n.startsWith(".killed.partial-")),
                listing(dir).toString());
        assertEquals(
                0,
                Cli.run(
                                "run",
                                "smoke",
                                "--no-charts",
                                "-q",
                                "--out",
                                dir.resolve("next").toString())
                        .code());
        assertEquals(List.of("child.log", "next"), listing(dir));
    }

    @Test
    void aMisspelledScenarioIsOneLineWithASuggestion() {
        Cli.Result r = Cli.run("run", "smok", "--out", dir.resolve("x").toString());
        assertEquals(2, r.code(), r.toString());
        assertOneLine(r.err());
        assertTrue(r.err().contains("did you mean 'smoke'"), r.err());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void badOptionValuesAreOneLineAndExitTwo() throws IOException {
        String out = dir.resolve("x").toString();
        String[][] cases = {
            {"run", "smoke", "--out", out, "--end", "2022-01-01"},
            {"run", "smoke", "--out", out, "--end", "2022-13-01"},
            {"run", "smoke", "--out", out, "--seed", "-1"},
            {"run", "smoke", "--out", out, "--scale", "0"},
            {"run", "smoke", "--out", out, "--threads", "0"},
            {"run", "smoke", "--out", out, "--replications", "-2"},
            {"run", "smoke", "--out", out, "--seed", "many"},
            {"run", "smoke", "--out", out, "--sed", "3"},
            {"run", dir.resolve("missing.yaml").toString(), "--out", out},
        };
        for (String[] args : cases) {
            Cli.Result r = Cli.run(args);
            assertEquals(2, r.code(), String.join(" ", args) + "\n" + r);
            assertOneLine(r.err());
        }
        assertEquals(List.of(), listing(dir), "nothing written for bad input");
    }

    @Test
    void messagesSayWhatWasExpected() {
        String out = dir.resolve("x").toString();
        assertTrue(Cli.run("run", "smoke", "--no-charts", "--out", out, "--end", "2022-01-01")
                .err()
                .contains("--end 2022-01-01 is before the start of scenario 'smoke' (2022-09-18)"));
        assertTrue(Cli.run("run", "smoke", "--no-charts", "--out", out, "--end", "28/10/2022")
                .err()
                .contains("expected YYYY-MM-DD"));
        assertTrue(Cli.run("run", "smoke", "--no-charts", "--out", out, "--sed", "3")
                .err()
                .contains("did you mean --seed"));
    }

    @Test
    void anOutputPathThatIsAFileIsBadInput() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "mine");
        Cli.Result r = Cli.run("run", "smoke", "--no-charts", "--out", file.toString(), "--overwrite");
        assertEquals(2, r.code(), r.toString());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void endRunsShortOfOrPastTheScenario() throws Exception {
        Path out = dir.resolve("short");
        assertEquals(
                0,
                Cli.run("run", "smoke", "--no-charts", "--out", out.toString(), "--end", "2022-09-20", "-q")
                        .code());
        assertEquals(3, RunData.read(out).days());
        Path longer = dir.resolve("long");
        assertEquals(
                0,
                Cli.run("run", "smoke", "--no-charts", "--out", longer.toString(), "--end", "2022-10-02", "-q")
                        .code());
        assertEquals(15, RunData.read(longer).days());
    }

    @Test
    void replicationsAddMeansAndIntervals() throws Exception {
        Path out = dir.resolve("reps");
        Cli.Result r = Cli.run(
                "run",
                "smoke",
                "--no-charts",
                "--out",
                out.toString(),
                "--replications",
                "3",
                "--end",
                "2022-09-23",
                "-q");
        assertEquals(0, r.code(), r.toString());
        assertEquals(
                "date,day,scope,metric,replication,value",
                Files.readAllLines(out.resolve("daily.csv")).get(0));
        RunData run = RunData.read(out);
        assertEquals(3, run.manifest().replications());
        assertTrue(run.ciLow("all", "mobilized").isPresent());
    }

    @Test
    void theSameSeedGivesTheSameNumbersOnAnyThreadCount() throws Exception {
        Path one = dir.resolve("one");
        Path four = dir.resolve("four");
        assertEquals(
                0,
                Cli.run("run", "smoke", "--no-charts", "--out", one.toString(), "--threads", "1", "-q")
                        .code());
        assertEquals(
                0,
                Cli.run("run", "smoke", "--no-charts", "--out", four.toString(), "--threads", "4", "-q")
                        .code());
        assertEquals(Files.readString(one.resolve("daily.csv")), Files.readString(four.resolve("daily.csv")));
    }

    @Test
    void debugShowsTheStackTrace() {
        Cli.Result r =
                Cli.run("run", "smok", "--debug", "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("\tat "), r.err());
    }
}
