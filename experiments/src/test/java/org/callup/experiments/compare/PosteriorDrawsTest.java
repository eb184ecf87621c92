package org.callup.experiments.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.callup.experiments.calibration.abc.Posterior;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.results.BadInputException;
import org.callup.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Draws of a posterior are shared across the scenarios of a comparison: draw k is one pair. */
class PosteriorDrawsTest {
    private static final String VISA = "borders.visaHoldersShare";
    private static final String POLICE = "protest.policePer1000Residents";

    @TempDir
    Path dir;

    private PosteriorDraws drawsOf(int n, long seed) throws Exception {
        new Posterior(
                        List.of(VISA, POLICE),
                        List.of(new double[] {0.05, 0.004}, new double[] {0.2, 0.01}, new double[] {0.35, 0.05}),
                        new double[] {0.2, 0.5, 0.3},
                        new double[] {1, 2, 3})
                .write(dir.resolve(Posterior.FILE));
        return PosteriorDraws.draw(dir, n, seed);
    }

    @Test
    void theBaselineAndAnAlternativeGetTheSameParticleAndSeedInEachDraw() throws Exception {
        Scenario base = ScenarioLibrary.shipped().load("smoke").scenario();
        Scenario alt = ParamPaths.set(base, "borders.roadKmPerDay", 123.0);
        PosteriorDraws d = drawsOf(8, 11);
        List<Scenario> b = d.applyTo(base, base);
        List<Scenario> a = d.applyTo(alt, base);
        assertEquals(8, b.size());
        assertEquals(d.seeds(), b.stream().map(Scenario::seed).toList());
        for (int k = 0; k < 8; k++) {
            double[] particle = d.posterior().values().get(d.particles()[k]);
            assertEquals(particle[0], (double) ParamPaths.get(b.get(k), VISA));
            assertEquals(particle[0], (double) ParamPaths.get(a.get(k), VISA));
            assertEquals(particle[1], (double) ParamPaths.get(a.get(k), POLICE));
            assertEquals(b.get(k).seed(), a.get(k).seed());
            assertEquals(123.0, (double) ParamPaths.get(a.get(k), "borders.roadKmPerDay"));
        }
        assertTrue(d.seeds().stream().distinct().count() == 8, "a seed of its own per draw: " + d.seeds());
        assertTrue(
                java.util.Arrays.stream(d.particles()).distinct().count() > 1,
                "more than one particle in 8 draws of 3");
    }

    @Test
    void anAlternativeThatSetsADrawnParameterKeepsItsValue() throws Exception {
        Scenario base = ScenarioLibrary.shipped().load("smoke").scenario();
        Scenario alt = ParamPaths.set(base, VISA, 0.9);
        PosteriorDraws d = drawsOf(4, 3);
        assertEquals(List.of(VISA), d.keptBy(alt, base));
        for (Scenario s : d.applyTo(alt, base)) {
            assertEquals(0.9, (double) ParamPaths.get(s, VISA));
        }
    }

    @Test
    void theSameSeedDrawsTheSameParticles() throws Exception {
        PosteriorDraws one = drawsOf(6, 5);
        PosteriorDraws two = PosteriorDraws.draw(dir, 6, 5);
        assertTrue(java.util.Arrays.equals(one.particles(), two.particles()));
        assertEquals(one.seeds(), two.seeds());
        assertEquals(one.sha256(), Posterior.sha256(dir.resolve(Posterior.FILE)));
    }

    @Test
    void aPosteriorOfUnknownParametersIsRefusedByName() throws Exception {
        Files.writeString(dir.resolve(Posterior.FILE), "particle,weight,borders.noSuchThing,distance\n1,1,0.5,1\n");
        PosteriorDraws d = PosteriorDraws.draw(dir, 2, 1);
        Scenario base = ScenarioLibrary.shipped().load("smoke").scenario();
        BadInputException e = assertThrows(BadInputException.class, () -> d.applyTo(base, base));
        assertTrue(e.getMessage().contains("borders.noSuchThing"), e.getMessage());
    }
}
