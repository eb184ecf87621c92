package org.callup.model.citizens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.callup.model.sim.Parallel;
import org.junit.jupiter.api.Test;

/** Implicit ties: inside the block, symmetric, never to oneself in a block of more than one. */
class TiesTest {
    private static final int MAX_TIES = 8;

    @Test
    void tiesStayInsideTheBlockAreSymmetricAndNeverSelf() {
        int[] sizes = {2, 3, 4, 5, 7, 10, 13, 100, 997, Parallel.CHUNK};
        for (int n : sizes) {
            int from = 1000;
            int to = from + n;
            for (int i = from; i < to; i++) {
                for (int k = 0; k < MAX_TIES; k++) {
                    int j = Ties.tie(i, from, to, k);
                    assertTrue(
                            j >= from && j < to,
                            "tie " + k + " of " + i + " leaves the block [" + from + ", " + to + ")");
                    assertNotEquals(i, j, "tie " + k + " of " + i + " in a block of " + n + " is himself");
                    // tie 2m goes forward by d_m and tie 2m+1 back by d_m: each undoes the other
                    assertEquals(i, Ties.tie(j, from, to, k ^ 1), "tie " + k + " of " + i + " is not returned by " + j);
                }
            }
        }
    }

    @Test
    void theFirstPairIsTheNextAndPreviousNeighbourWrappingAround() {
        assertEquals(11, Ties.tie(10, 10, 20, 0));
        assertEquals(19, Ties.tie(10, 10, 20, 1));
        assertEquals(10, Ties.tie(19, 10, 20, 0));
    }

    @Test
    void aBlockOfOneHasOnlyHimself() {
        for (int k = 0; k < MAX_TIES; k++) {
            assertEquals(5, Ties.tie(5, 5, 6, k));
        }
    }
}
