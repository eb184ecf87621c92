package org.callup.experiments.sweep;

import java.util.List;
import org.callup.scenarios.OutputSpec;

/**
 * A sweep file, read and checked against its base scenario.
 *
 * @param scenario            the base scenario as written: a library name or a path relative to the sweep file
 * @param seed                seed from which every run's seed is derived
 * @param commonRandomNumbers whether replication r of every point uses the same seed (less noise between points)
 * @param points              for Latin hypercube and Sobol designs, the number of points (Sobol: base samples)
 * @param bootstrap           resamples for the confidence intervals of sensitivity indices
 * @param dailySeries         which daily series of every run to keep in daily.csv, or null for none
 */
record SweepSpec(
        String name,
        String description,
        String scenario,
        long seed,
        int replications,
        boolean commonRandomNumbers,
        DesignKind design,
        int points,
        int bootstrap,
        List<FixedSetting> set,
        List<SweepParameter> parameters,
        List<SweepOutput> outputs,
        OutputSpec dailySeries) {
    SweepSpec {
        set = List.copyOf(set);
        parameters = List.copyOf(parameters);
        outputs = List.copyOf(outputs);
    }

    List<String> parameterNames() {
        return parameters.stream().map(SweepParameter::name).toList();
    }

    List<String> outputNames() {
        return outputs.stream().map(SweepOutput::name).toList();
    }
}
