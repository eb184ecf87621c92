package org.callup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.callup.results.RunData;
import org.callup.results.facts.FactResult;
import org.callup.results.facts.StylizedFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stylized facts of autumn 2022 on the shipped default scenario, as calibration runs it (the mean of four
 * replications). The model is being reworked towards them: this test prints each verdict, so a change that makes one
 * hold or fail shows in the build log, asserts that every fact can be computed from the default scenario's outputs (a
 * renamed metric or scope would make one silently uncheckable), and asserts that the facts that hold keep holding
 * ({@link #HOLDING}, a ratchet like the calibration test's).
 */
class DefaultScenarioStylizedFactsTest {
    /** Facts the default scenario shows; one that stops holding fails the test. */
    private static final List<String> HOLDING = List.of(
            "protest_waves",
            "protest_capitals_first",
            "protest_periphery_later",
            "attacks_continue",
            "exodus_first_week",
            "queues_clear",
            "returns",
            "burden_ethnic_regions",
            "emigration_by_income",
            "moscow_completes_early");

    @TempDir
    Path dir;

    @Test
    void everyStylizedFactIsComputableOnTheDefaultScenario() throws Exception {
        Path run = dir.resolve("run");
        Cli.Result r = Cli.run("run", "--replications", "4", "--no-charts", "-q", "--out", run.toString());
        assertEquals(0, r.code(), r.toString());
        List<FactResult> facts = StylizedFacts.evaluate(RunData.read(run).table());
        System.out.println("Stylized facts of the default scenario (mean of 4 replications):");
        for (FactResult f : facts) {
            System.out.println("  " + f.fact().id() + ": " + f.outcome().label() + ": " + f.measured());
        }
        assertEquals(StylizedFacts.all().size(), facts.size());
        for (FactResult f : facts) {
            assertTrue(f.computable(), f.fact().id() + ": " + f.measured());
            assertTrue(!f.measured().isBlank() && !f.measured().contains("NaN"), f.measured());
            if (HOLDING.contains(f.fact().id())) {
                assertEquals("holds", f.outcome().label(), f.fact().id() + ": " + f.measured());
            }
        }
    }
}
