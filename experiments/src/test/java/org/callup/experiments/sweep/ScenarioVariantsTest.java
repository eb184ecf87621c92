package org.callup.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.model.timeline.AnnounceWave;
import org.callup.model.timeline.PolicyEvent;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioVariantsTest {
    @TempDir
    Path dir;

    @Test
    void anUneditedTreeLoadsToTheVeryScenarioItCameFrom() throws Exception {
        for (String name : List.of("smoke", "partial-mobilization-2022", "autumn-draft-2024")) {
            ResolvedScenario base = ScenarioLibrary.shipped().load(name);
            ResolvedScenario again = new ScenarioVariants(base, List.of()).build(List.of(), new Object[0], name);
            assertEquals(base.sha256(), again.sha256(), name);
        }
    }

    @Test
    void pointValuesReachTheScenarioFieldsTheyName() throws Exception {
        Sweep s = SweepFiles.load(dir, """
                scenario: smoke
                design: {type: grid}
                set: {population.scale: 4000}
                parameters:
                  - {name: lars, path: "borders.posts[upper_lars].open", values: [false]}
                  - {name: quota, path: "timeline[announce].quotaPersons", values: [450000]}
                  - {name: day, path: "timeline[announce].date", values: [2022-09-25]}
                  - {name: exempt, multiply: [citizens.itShare, citizens.financeShare], values: [2.5]}
                  - {name: ages, path: recruiters.targetAgeMax, values: [30]}
                outputs: [{metric: emigrants, scope: all, statistic: sum}]
                """);
        Scenario base = s.base().scenario();
        Scenario v = s.scenario(1).scenario();
        assertEquals(4000, v.population().scale());
        assertEquals(false, ParamPaths.get(v, "borders.posts[upper_lars].open"));
        assertEquals(true, ParamPaths.get(base, "borders.posts[upper_lars].open"));
        assertEquals(30, v.recruiters().targetAgeMax());
        assertEquals(base.citizens().itShare() * 2.5, v.citizens().itShare(), 1e-15);
        assertEquals(base.citizens().financeShare() * 2.5, v.citizens().financeShare(), 1e-15);
        assertEquals(base.citizens().telecomShare(), v.citizens().telecomShare());
        AnnounceWave wave = v.timeline().stream()
                .filter(e -> e instanceof AnnounceWave)
                .map(e -> (AnnounceWave) e)
                .findFirst()
                .orElseThrow();
        assertEquals(450000, wave.quotaPersons());
        assertEquals(LocalDate.of(2022, 9, 25), wave.date());
        assertEquals(base.timeline().size(), v.timeline().size());
        List<PolicyEvent> others =
                v.timeline().stream().filter(e -> !(e instanceof AnnounceWave)).toList();
        assertEquals(
                base.timeline().stream()
                        .filter(e -> !(e instanceof AnnounceWave))
                        .toList(),
                others,
                "only the named event changes");
    }

    @Test
    void aCombinationThatBreaksARuleFailsWhenItsPointIsBuilt() throws Exception {
        Sweep s = SweepFiles.load(dir, """
                scenario: smoke
                design: {type: grid}
                parameters:
                  - {name: lo, path: recruiters.targetAgeMin, values: [18, 34]}
                  - {name: hi, path: recruiters.targetAgeMax, values: [20, 35]}
                outputs: [{metric: emigrants, scope: all, statistic: sum}]
                """);
        s.scenario(1);
        s.scenario(4);
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(
                org.callup.scenarios.ScenarioException.class, () -> s.scenario(3));
        assertTrue(e.getMessage().contains("targetAge"), e.getMessage());
    }
}
