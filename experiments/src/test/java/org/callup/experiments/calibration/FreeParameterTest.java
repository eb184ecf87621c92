package org.callup.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FreeParameterTest {
    @Test
    void linearPositionsSpreadEvenly() {
        FreeParameter p = FreeParameter.linear("decisions.ascFlee", -8, 0);
        assertEquals(-4, p.fromUnit(0.5), 1e-12);
        assertEquals(0.25, p.toUnit(-6), 1e-12);
    }

    @Test
    void logPositionsSpreadEvenlyInTheLogarithm() {
        FreeParameter p = new FreeParameter("decisions.considerRatePerDay", 0.001, 0.1, true, false, Double.NaN);
        assertEquals(0.01, p.fromUnit(0.5), 1e-15);
        assertEquals(0.5, p.toUnit(0.01), 1e-12);
    }

    @Test
    void theBoundsAreReachedExactly() {
        FreeParameter p = new FreeParameter("protest.policePer1000Residents", 0.002, 0.1, true, false, Double.NaN);
        assertEquals(0.002, p.fromUnit(0));
        assertEquals(0.1, p.fromUnit(1));
        assertEquals(0.1, p.fromUnit(7), "positions outside the cube are clamped");
        assertEquals(0.0, p.toUnit(0.0001));
    }

    @Test
    void wholeNumbersRoundInsideTheBounds() {
        FreeParameter p = new FreeParameter("recruiters.planDays", 10.5, 20.5, false, true, Double.NaN);
        assertEquals(11, p.fromUnit(0));
        assertEquals(20, p.fromUnit(1));
        assertEquals(16, p.fromUnit(0.52));
        for (double u = 0; u <= 1; u += 0.01) {
            double v = p.fromUnit(u);
            assertTrue(v == Math.rint(v) && v >= 11 && v <= 20, "at " + u + ": " + v);
        }
    }

    @Test
    void inconsistentBoundsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> FreeParameter.linear("a.b", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> FreeParameter.linear("a.b", 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new FreeParameter("a.b", 0, 1, true, false, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new FreeParameter("a.b", 0, 1, false, false, 1.5));
    }
}
