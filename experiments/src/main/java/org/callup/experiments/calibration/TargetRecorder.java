package org.callup.experiments.calibration;

import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.Metric;
import org.callup.model.observe.ObservationSink;
import org.callup.model.observe.ObservationSpace;
import org.callup.model.params.Scenario;

/**
 * Keeps, of one run, only the days of each target's window of its series, and reduces them to the target's
 * statistic at the end: a calibration runs the model thousands of times and needs a dozen numbers from each.
 */
public final class TargetRecorder implements ObservationSink {
    private final List<CalibrationTarget> targets;
    private final double[][] windows;
    private final int[] firstDay;
    private final Metric[] metrics;
    private final int[] scopes;

    public TargetRecorder(List<CalibrationTarget> targets) {
        this.targets = targets;
        this.windows = new double[targets.size()][];
        this.firstDay = new int[targets.size()];
        this.metrics = new Metric[targets.size()];
        this.scopes = new int[targets.size()];
    }

    @Override
    public void begin(Scenario scenario, ObservationSpace space) {
        for (int t = 0; t < targets.size(); t++) {
            var target = targets.get(t).target();
            metrics[t] = Metric.byKey(target.metric());
            scopes[t] = space.scopeIndex(target.scope());
            if (metrics[t] == null || scopes[t] < 0) {
                throw new IllegalStateException(
                        target.id() + ": the run has no " + target.metric() + " in " + target.scope());
            }
            firstDay[t] = (int) ChronoUnit.DAYS.between(scenario.startDate(), target.dateFrom());
            windows[t] = new double[(int) ChronoUnit.DAYS.between(target.dateFrom(), target.dateTo()) + 1];
            Arrays.fill(windows[t], Double.NaN);
        }
    }

    @Override
    public void accept(DayObservation observation) {
        for (int t = 0; t < windows.length; t++) {
            int i = observation.day() - firstDay[t];
            if (i >= 0 && i < windows[t].length) {
                windows[t][i] = observation.get(metrics[t], scopes[t]);
            }
        }
    }

    /** Each target's statistic over its window; NaN where a day of the window had no value. */
    public double[] statistics() {
        double[] out = new double[windows.length];
        for (int t = 0; t < out.length; t++) {
            out[t] = targets.get(t).target().statistic().over(windows[t], 0, windows[t].length - 1);
        }
        return out;
    }
}
