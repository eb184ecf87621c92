package org.callup.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class DesignTest {
    @Test
    void aGridVariesTheFirstParameterSlowest() {
        GridDesign g = new GridDesign(new int[] {2, 3});
        assertEquals(6, g.size());
        Domain.Listed a = new Domain.Listed(java.util.List.of("a0", "a1"));
        Domain.Listed b = new Domain.Listed(java.util.List.of("b0", "b1", "b2"));
        StringBuilder order = new StringBuilder();
        for (int p = 0; p < g.size(); p++) {
            double[] u = g.coordinates(p);
            order.append(a.value(u[0])).append(b.value(u[1])).append(' ');
        }
        assertEquals("a0b0 a0b1 a0b2 a1b0 a1b1 a1b2 ", order.toString());
    }

    @Test
    void aLatinHypercubeUsesEveryStratumOfEveryParameterOnce() {
        int n = 50;
        LatinHypercubeDesign d = new LatinHypercubeDesign(n, 3, 42);
        for (int j = 0; j < 3; j++) {
            BitSet strata = new BitSet();
            for (int i = 0; i < n; i++) {
                double u = d.coordinates(i)[j];
                assertTrue(u >= 0 && u < 1);
                strata.set((int) (u * n));
            }
            assertEquals(n, strata.cardinality(), "dimension " + j);
        }
        assertArrayEquals(
                d.coordinates(7), new LatinHypercubeDesign(n, 3, 42).coordinates(7), "same seed, same points");
    }

    @Test
    void saltelliMatricesShareAllButOneColumn() {
        int k = 3;
        SaltelliDesign d = new SaltelliDesign(8, k);
        assertEquals(8 * (k + 2), d.size());
        for (int j = 0; j < 8; j++) {
            double[] a = d.coordinates(j * (k + 2));
            double[] b = d.coordinates(j * (k + 2) + k + 1);
            for (int i = 0; i < k; i++) {
                double[] ab = d.coordinates(j * (k + 2) + 1 + i);
                for (int c = 0; c < k; c++) {
                    assertEquals(c == i ? b[c] : a[c], ab[c], "AB_" + i + " column " + c);
                }
            }
            assertTrue(!java.util.Arrays.equals(a, b), "row " + j + " of A and B differ");
        }
    }

    @Test
    void domainsMapTheUnitIntervalOntoTheirValues() {
        Domain.Interval whole = new Domain.Interval(ValueType.WHOLE, 1, 3);
        assertEquals(1L, whole.value(0.0));
        assertEquals(2L, whole.value(0.5));
        assertEquals(3L, whole.value(0.999999));
        Domain.Interval date = new Domain.Interval(ValueType.DATE, 19000, 19001);
        assertEquals(java.time.LocalDate.ofEpochDay(19001), date.value(0.75));
        Domain.Interval real = new Domain.Interval(ValueType.REAL, -1, 1);
        assertEquals(0.0, (double) real.value(0.5), 1e-15);
    }

    @Test
    void aTruncatedNormalStaysInsideItsBoundsAndHasItsMedianInTheMiddle() {
        Domain.Distributed d = new Domain.Distributed(
                ValueType.REAL,
                new org.apache.commons.math3.distribution.NormalDistribution(null, 1, 1),
                0,
                2,
                "normal");
        assertEquals(1.0, (double) d.value(0.5), 1e-9);
        assertTrue((double) d.value(0.0) >= 0);
        assertTrue((double) d.value(Math.nextDown(1.0)) <= 2);
    }
}
