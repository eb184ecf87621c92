package org.callup.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.callup.model.UnitScenarios;
import org.callup.model.border.BorderPosts;
import org.callup.model.params.BorderParams;
import org.junit.jupiter.api.Test;

/** A man on his way to a road post turns round at the rate of its queue (docs/ODD.md, section 7.11). */
class TurnRoundTest {
    private static BorderPosts.Perceived news(double waitHours, boolean draftPoint) {
        return new BorderPosts.Perceived(
                new double[] {waitHours},
                new boolean[] {true},
                new boolean[] {false},
                new boolean[] {draftPoint},
                new boolean[] {false},
                new boolean[] {true},
                new boolean[] {false},
                new boolean[] {false});
    }

    private static BorderParams params(double renege, double danger) {
        return UnitScenarios.set(
                        UnitScenarios.scenario(1000, 1, UnitScenarios.START.plusDays(5), java.util.List.of()),
                        "borders.renegeRatePerDayOverTolerance",
                        renege,
                        "borders.draftPointGiveUpPerDay",
                        danger)
                .borders();
    }

    @Test
    void waitBeyondToleranceAndDraftPointAddHazards() {
        BorderParams bp = params(0.1, 0.5);
        double tol = bp.queueToleranceHours();
        assertEquals(0, BorderCrossing.turnRoundChance(news(tol, false), 0, bp), 1e-12);
        assertEquals(1 - Math.exp(-0.1 * 2), BorderCrossing.turnRoundChance(news(tol + 48, false), 0, bp), 1e-12);
        assertEquals(1 - Math.exp(-0.5), BorderCrossing.turnRoundChance(news(0, true), 0, bp), 1e-12);
        assertEquals(1 - Math.exp(-0.1 - 0.5), BorderCrossing.turnRoundChance(news(tol + 24, true), 0, bp), 1e-12);
    }
}
