package org.callup.experiments.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.function.IntFunction;

/**
 * The files a complete sweep derives from its runs.csv: points.csv, sensitivity.csv for a Sobol design, and the
 * joined daily.csv when daily series were kept. The same for a sweep run on one machine and for merged shards, so
 * that both give the same bytes.
 */
final class SweepAnalysis {
    private SweepAnalysis() {}

    /**
     * @param failed   runs whose row has an error (they have no daily series)
     * @param dailyDir the folder holding each run's daily series file
     */
    static void write(Sweep sweep, Path dir, BitSet failed, IntFunction<Path> dailyDir) throws IOException {
        SweepSpec spec = sweep.spec();
        double[][] means = PointsCsv.write(
                dir.resolve(SweepFolder.RUNS_FILE),
                dir.resolve(SweepFolder.POINTS_FILE),
                sweep.points(),
                spec.parameterNames(),
                spec.outputNames());
        if (sweep.sobol()) {
            SensitivityCsv.write(
                    dir.resolve(SweepFolder.SENSITIVITY_FILE),
                    means,
                    spec.parameterNames(),
                    spec.outputNames(),
                    spec.bootstrap(),
                    spec.seed());
        }
        if (spec.dailySeries() != null) {
            Path daily = dir.resolve(SweepFolder.DAILY_FILE);
            // daily.csv appears only complete (it is renamed into place), so if it is there the join was done
            // and only the per-run files may be left to remove.
            if (!Files.exists(daily)) {
                int runs = sweep.plan(Shard.ALL).runs();
                DailySeriesFiles.join(daily, runs, r -> !failed.get(r), dailyDir);
            }
        }
    }
}
