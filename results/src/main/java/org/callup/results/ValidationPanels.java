package org.callup.results;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the {@link ValidationPanel} of every target of a validation. For a replicated run the curve of each
 * replication is taken first (a running total per replication) and the mean and its 95% interval across
 * replications after, so the band of a cumulative curve is the interval of the total, not a sum of daily
 * intervals.
 */
public final class ValidationPanels {
    /** Days shown before and after a target's window. */
    static final int CONTEXT_DAYS = 7;

    private static final ConfidenceInterval CI = new ConfidenceInterval(0.95);

    private ValidationPanels() {}

    public static List<ValidationPanel> of(RunData run, List<ValidationResult> results)
            throws BadInputException, IOException {
        Set<SeriesKey> keys = new HashSet<>();
        for (ValidationResult r : results) {
            if (drawable(run, r)) {
                keys.add(key(r.target()));
            }
        }
        Map<SeriesKey, double[][]> reps = run.replicated() ? ReplicationSeries.read(run, keys) : Map.of();
        List<ValidationPanel> out = new ArrayList<>();
        for (ValidationResult r : results) {
            if (!drawable(run, r)) {
                out.add(new ValidationPanel(r, ValidationPanel.Curve.DAILY, List.of(), new double[0], null, null));
                continue;
            }
            Target t = r.target();
            double[][] perRep = reps.get(key(t));
            if (perRep == null) {
                perRep = new double[][] {run.series(t.scope(), t.metric())};
            }
            out.add(panel(run, r, perRep));
        }
        return out;
    }

    private static boolean drawable(RunData run, ValidationResult r) {
        return r.applicable() && run.has(r.target().scope(), r.target().metric());
    }

    private static SeriesKey key(Target t) {
        return new SeriesKey(t.scope(), t.metric());
    }

    static ValidationPanel panel(RunData run, ValidationResult r, double[][] perRep) {
        Target t = r.target();
        boolean cumulative = t.statistic() == Statistic.SUM && !t.dateFrom().equals(t.dateTo());
        int from = Math.max(0, run.table().dayOf(t.dateFrom()) - CONTEXT_DAYS);
        int to = Math.min(run.days() - 1, run.table().dayOf(t.dateTo()) + CONTEXT_DAYS);
        int windowStart = run.table().dayOf(t.dateFrom());
        int n = to - from + 1;
        int reps = perRep.length;
        double[][] curves = new double[reps][n];
        for (int k = 0; k < reps; k++) {
            double acc = 0;
            for (int i = 0; i < n; i++) {
                int d = from + i;
                double v = perRep[k][d];
                if (!cumulative) {
                    curves[k][i] = v;
                } else if (d < windowStart) {
                    curves[k][i] = Double.NaN;
                } else {
                    acc += v;
                    curves[k][i] = acc;
                }
            }
        }
        RunningMoments m = new RunningMoments(n);
        for (double[] c : curves) {
            m.add(c);
        }
        double[] mean = new double[n];
        double[] low = reps > 1 ? new double[n] : null;
        double[] high = reps > 1 ? new double[n] : null;
        for (int i = 0; i < n; i++) {
            // A day some replication lacks is left out rather than averaged over fewer runs.
            mean[i] = m.count(i) == reps ? m.mean(i) : Double.NaN;
            if (low != null) {
                double h = CI.halfWidth(m.sd(i), m.count(i));
                low[i] = mean[i] - h;
                high[i] = mean[i] + h;
            }
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int d = from; d <= to; d++) {
            dates.add(run.table().date(d));
        }
        return new ValidationPanel(
                r, cumulative ? ValidationPanel.Curve.CUMULATIVE : ValidationPanel.Curve.DAILY, dates, mean, low, high);
    }
}
