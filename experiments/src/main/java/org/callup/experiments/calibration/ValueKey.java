package org.callup.experiments.calibration;

import java.util.Arrays;

/**
 * Identity of a candidate: its parameter values, bit for bit. Runs are deterministic given the values and the
 * seeds, so two evaluations with equal keys are the same evaluation; the journal and the search use this to
 * reuse them.
 */
public final class ValueKey {
    private final double[] values;

    public ValueKey(double[] values) {
        this.values = values.clone();
        for (int i = 0; i < this.values.length; i++) {
            this.values[i] += 0.0; // -0.0 and 0.0 are the same value of a parameter
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValueKey k && Arrays.equals(values, k.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
