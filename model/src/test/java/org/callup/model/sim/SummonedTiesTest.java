package org.callup.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.callup.model.UnitScenarios;
import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Population;
import org.callup.model.citizens.Ties;
import org.callup.model.citizens.Traits;
import org.callup.model.params.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A man's summoned ties, counted with the tie offsets of his block worked out once: the same count as walking
 * {@link Ties#tie} and asking {@link Decision#isSummoned} of each tie, in blocks of every size, for men at the
 * edges of their block, and when one decision maker goes from block to block.
 */
class SummonedTiesTest {
    private static final int N = 3_000;

    @Test
    void countsTheTiesThatHoldASummonsOrHaveBeenTaken() {
        Scenario scenario = UnitScenarios.scenario(100_000, 1, UnitScenarios.START.plusDays(30), List.of());
        Population pop = new Population(new int[] {0, N});
        CitizenState[] states = CitizenState.values();
        for (int i = 0; i < N; i++) {
            pop.state[i] = states[(int) (Rng.uniform(7, 1, i, Streams.CHOICE) * states.length)].code;
            if (Rng.uniform(7, 2, i, Streams.CHOICE) < 0.3) {
                pop.mark(i, Traits.HOLDS_SUMMONS);
            }
            if (Rng.uniform(7, 3, i, Streams.CHOICE) < 0.3) {
                pop.mark(i, Traits.MISTAKEN | Traits.TRAVEL_BAN);
            }
        }
        DayContext ctx = new DayContext.Builder(12, 99, 1).params(scenario).build();
        int ties = scenario.population().tiesPerCitizen();
        Decision d = new Decision(pop, 1);
        int[][] blocks = {{0, 1}, {5, 7}, {10, 13}, {0, 1000}, {1000, 2999}, {17, 18}, {0, N}, {100, 117}, {0, 1000}};
        int[] seen = new int[ties + 1];
        for (int[] b : blocks) {
            for (int i = b[0]; i < b[1]; i++) {
                int expected = 0;
                for (int k = 0; k < ties; k++) {
                    int j = Ties.tie(i, b[0], b[1], k);
                    if (j != i && Decision.isSummoned(pop, j)) {
                        expected++;
                    }
                }
                assertEquals(
                        expected, d.summonedTies(ctx, i, b[0], b[1]), "man " + i + " of block " + b[0] + "-" + b[1]);
                seen[expected]++;
            }
        }
        for (int t = 0; t <= ties; t++) {
            // the population is mixed enough that every count occurs
            assertEquals(true, seen[t] > 0, t + " summoned ties never occurred");
        }
    }
}
