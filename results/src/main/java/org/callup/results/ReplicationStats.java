package org.callup.results;

import java.util.ArrayList;
import java.util.List;

/**
 * Mean, standard deviation and confidence interval of every daily value, and of every series' total, across the
 * replications of a run. Replications are added one at a time, so only the running moments are kept in memory.
 */
public final class ReplicationStats {
    private final ConfidenceInterval ci;
    private DailyTable shape;
    private List<RunningMoments> daily;
    private RunningMoments totals;
    private int replications;

    public ReplicationStats(ConfidenceInterval ci) {
        this.ci = ci;
    }

    /** Adds one replication; all must have the same series and dates. */
    public void add(DailyTable t) {
        if (shape == null) {
            shape = t;
            daily = new ArrayList<>();
            for (int d = 0; d < t.days(); d++) {
                daily.add(new RunningMoments(t.keys().size()));
            }
            totals = new RunningMoments(t.keys().size());
        } else if (!shape.keys().equals(t.keys())
                || shape.days() != t.days()
                || !shape.startDate().equals(t.startDate())) {
            throw new IllegalArgumentException(
                    "replication " + (replications + 1) + " has other series or dates than replication 1");
        }
        for (int d = 0; d < t.days(); d++) {
            daily.get(d).add(t.row(d));
        }
        totals.add(totalsOf(t));
        replications++;
    }

    private static double[] totalsOf(DailyTable t) {
        double[] sum = new double[t.keys().size()];
        for (int d = 0; d < t.days(); d++) {
            double[] row = t.row(d);
            for (int k = 0; k < sum.length; k++) {
                sum[k] += row[k];
            }
        }
        return sum;
    }

    public int replications() {
        return replications;
    }

    public ReplicatedDaily result() {
        if (shape == null) {
            throw new IllegalStateException("no replication added");
        }
        int keys = shape.keys().size();
        List<double[]> mean = new ArrayList<>();
        List<double[]> sd = new ArrayList<>();
        List<double[]> low = new ArrayList<>();
        List<double[]> high = new ArrayList<>();
        List<double[]> n = new ArrayList<>();
        for (RunningMoments day : daily) {
            double[][] r = new double[5][keys];
            for (int k = 0; k < keys; k++) {
                double h = ci.halfWidth(day.sd(k), day.count(k));
                r[0][k] = day.mean(k);
                r[1][k] = day.sd(k);
                r[2][k] = r[0][k] - h;
                r[3][k] = r[0][k] + h;
                r[4][k] = day.count(k);
            }
            mean.add(r[0]);
            sd.add(r[1]);
            low.add(r[2]);
            high.add(r[3]);
            n.add(r[4]);
        }
        return new ReplicatedDaily(
                table(mean), table(sd), table(low), table(high), table(n), totalIntervals(), ci.level());
    }

    private double[][] totalIntervals() {
        int keys = shape.keys().size();
        double[][] out = new double[2][keys];
        for (int k = 0; k < keys; k++) {
            double h = ci.halfWidth(totals.sd(k), totals.count(k));
            out[0][k] = totals.mean(k) - h;
            out[1][k] = totals.mean(k) + h;
        }
        return out;
    }

    private DailyTable table(List<double[]> rows) {
        return new DailyTable(shape.startDate(), shape.keys(), rows);
    }

    /**
     * The statistics across replications: daily tables of means, standard deviations, interval bounds and counts,
     * and for each series (in key order) the interval of its total over the whole run.
     */
    public record ReplicatedDaily(
            DailyTable mean,
            DailyTable sd,
            DailyTable ciLow,
            DailyTable ciHigh,
            DailyTable count,
            double[][] totalCi,
            double level) {
        public double totalCiLow(int column) {
            return totalCi[0][column];
        }

        public double totalCiHigh(int column) {
            return totalCi[1][column];
        }
    }
}
