package org.callup.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The estimators on the Ishigami function, f = sin x1 + a sin^2 x2 + b x3^4 sin x1 with x uniform on [-pi, pi],
 * a = 7, b = 0.1, whose indices are known in closed form (Ishigami and Homma 1990; Saltelli et al. 2010 use it
 * to compare the estimators): S = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437).
 */
class SobolIndicesTest {
    static final double[] FIRST = {0.3139, 0.4424, 0.0};
    static final double[] TOTAL = {0.5576, 0.4424, 0.2437};

    static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + 7 * Math.pow(Math.sin(x2), 2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    private static double[] outputs(int n) {
        SaltelliDesign d = new SaltelliDesign(n, 3);
        double[] y = new double[d.size()];
        for (int p = 0; p < y.length; p++) {
            y[p] = ishigami(d.coordinates(p));
        }
        return y;
    }

    @Test
    void estimatesTheKnownIndicesOfTheIshigamiFunction() {
        SobolIndices.Result r = SobolIndices.of(outputs(8192), 3, 200, 1, 0.95);
        assertEquals(8192, r.samples());
        for (int i = 0; i < 3; i++) {
            // With 8192 Sobol' samples the estimates are within a few hundredths (Saltelli et al. 2010, fig. 2).
            assertEquals(FIRST[i], r.first()[i].estimate(), 0.03, "S" + (i + 1));
            assertEquals(TOTAL[i], r.total()[i].estimate(), 0.03, "ST" + (i + 1));
        }
    }

    @Test
    void bootstrapIntervalsCoverTheTruthAndNarrowWithMoreSamples() {
        SobolIndices.Result small = SobolIndices.of(outputs(512), 3, 500, 7, 0.95);
        SobolIndices.Result large = SobolIndices.of(outputs(4096), 3, 500, 7, 0.95);
        for (int i = 0; i < 3; i++) {
            SobolIndices.Index t = large.total()[i];
            assertTrue(t.low() <= TOTAL[i] && TOTAL[i] <= t.high(), "ST" + (i + 1) + " " + t);
            double wSmall = small.total()[i].high() - small.total()[i].low();
            double wLarge = t.high() - t.low();
            assertTrue(wLarge < wSmall, "ST" + (i + 1) + ": " + wLarge + " vs " + wSmall);
        }
        SobolIndices.Result again = SobolIndices.of(outputs(512), 3, 500, 7, 0.95);
        assertEquals(small.first()[0], again.first()[0], "a fixed seed gives the same intervals");
    }

    @Test
    void samplesWithAMissingOutputAreLeftOut() {
        double[] y = outputs(256);
        y[5 * 5 + 2] = Double.NaN;
        SobolIndices.Result r = SobolIndices.of(y, 3, 0, 1, 0.95);
        assertEquals(255, r.samples());
        assertTrue(Double.isNaN(r.first()[0].low()), "no resamples, no interval");
        double[] flat = new double[5 * 10];
        SobolIndices.Result none = SobolIndices.of(flat, 3, 10, 1, 0.95);
        assertTrue(Double.isNaN(none.first()[0].estimate()), "an output that never varies has no indices");
    }
}
