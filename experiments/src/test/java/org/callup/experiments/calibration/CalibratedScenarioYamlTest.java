package org.callup.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioException;
import org.callup.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibratedScenarioYamlTest {
    private static final LocalDate DATE = LocalDate.of(2025, 3, 1);
    private static final List<FreeParameter> PARAMS = List.of(
            FreeParameter.linear("decisions.ascFlee", -8, 0),
            FreeParameter.linear("borders.posts[upper_lars].capacityPersonsPerDay", 2000, 12000),
            FreeParameter.linear("borders.posts[fi_vaalimaa].capacityPersonsPerDay", 2000, 12000),
            FreeParameter.linear("population.regions[dagestan].avgWageRub", 10_000, 50_000),
            new FreeParameter("recruiters.detentionDays", 1, 9, false, true, Double.NaN));
    private static final double[] VALUES = {-4.25, 8120, 9000, 31_000, 3};

    @TempDir
    Path dir;

    @Test
    void extendsTheScenarioSetsOnlyTheFittedValuesAndLoadsBackToThem() throws ScenarioException, IOException {
        ResolvedScenario source = ScenarioLibrary.shipped().load("smoke");
        String yaml = CalibratedScenarioYaml.write(
                source, dir, PARAMS, VALUES, List.of("a", "b"), DATE, List.of("fit: good"));
        assertTrue(yaml.contains("\nextends: smoke\n"), yaml);
        assertTrue(yaml.contains("  ascFlee: -4.25   # calibrated with callup calibrate to a, b, 2025-03-01\n"), yaml);
        assertTrue(yaml.contains("    - id: upper_lars\n      capacityPersonsPerDay: 8120   #"), yaml);
        assertTrue(yaml.contains("  regionOverrides:\n    dagestan:\n      avgWageRub: 31000   #"), yaml);
        assertTrue(yaml.startsWith("# smoke-calibrated: smoke with its free parameters calibrated"), yaml);
        Path file = Files.writeString(dir.resolve("smoke-calibrated.yaml"), yaml);
        Scenario loaded = ScenarioLibrary.shipped().loadFile(file).scenario();
        for (int i = 0; i < PARAMS.size(); i++) {
            assertEquals(
                    VALUES[i],
                    ((Number) ParamPaths.get(loaded, PARAMS.get(i).path())).doubleValue(),
                    PARAMS.get(i).path());
        }
        Scenario s = source.scenario();
        assertEquals(s.borders().posts().size(), loaded.borders().posts().size(), "posts are merged by id");
        assertEquals(
                s.population().regions(),
                loaded.population().regions().stream()
                        .map(r -> r.id().equals("dagestan")
                                ? s.population().regions().stream()
                                        .filter(x -> x.id().equals("dagestan"))
                                        .findFirst()
                                        .orElseThrow()
                                : r)
                        .toList(),
                "only Dagestan's wage differs");
        assertEquals(s.timeline(), loaded.timeline());
        assertEquals("smoke-calibrated", loaded.name());
    }

    @Test
    void aScenarioFileIsExtendedByItsPathRelativeToTheOutput() throws ScenarioException, IOException {
        Path scenarios = Files.createDirectories(dir.resolve("my scenarios"));
        Path mine = Files.writeString(scenarios.resolve("mine.yaml"), "extends: smoke\nname: mine\n");
        ResolvedScenario source = ScenarioLibrary.shipped().loadFile(mine);
        Path out = Files.createDirectories(dir.resolve("results").resolve("calibration-mine"));
        String yaml =
                CalibratedScenarioYaml.write(source, out, PARAMS.subList(0, 1), VALUES, List.of("a"), DATE, List.of());
        assertTrue(yaml.contains("extends: \"../../my scenarios/mine.yaml\""), yaml);
        Path file = Files.writeString(out.resolve("mine-calibrated.yaml"), yaml);
        assertEquals(
                -4.25,
                ScenarioLibrary.shipped().loadFile(file).scenario().decisions().ascFlee());
    }
}
