package org.callup.experiments.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.callup.results.DailyTable;
import org.callup.results.SeriesKey;

/**
 * The daily series a comparison needs from one scenario, kept per replication as each replication finishes (the
 * full tables are on disk in the scenario's run folder; only these few series stay in memory). A series the run did
 * not record (its scenario's {@code output} dropped it) reads as absent.
 */
final class Samples implements Consumer<DailyTable> {
    private final Set<SeriesKey> wanted;
    private final Map<SeriesKey, List<double[]>> series = new LinkedHashMap<>();
    private DailyTable shape;
    private int replications;

    Samples(Set<SeriesKey> wanted) {
        this.wanted = Set.copyOf(wanted);
    }

    @Override
    public void accept(DailyTable t) {
        if (shape == null) {
            shape = t;
        }
        for (SeriesKey k : wanted) {
            if (t.has(k)) {
                series.computeIfAbsent(k, x -> new ArrayList<>()).add(t.series(k));
            }
        }
        replications++;
    }

    int replications() {
        return replications;
    }

    boolean has(SeriesKey k) {
        List<double[]> s = series.get(k);
        return s != null && s.size() == replications;
    }

    /** The daily values of series {@code k} in replication {@code r} (from 0). */
    double[] values(SeriesKey k, int r) {
        return series.get(k).get(r);
    }

    DailyTable shape() {
        return shape;
    }
}
