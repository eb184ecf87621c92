package org.callup.experiments.calibration.abc;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import org.callup.experiments.calibration.CalibrationFolder;
import org.callup.experiments.calibration.CalibrationProblem;
import org.callup.experiments.calibration.CalibrationProgress;
import org.callup.experiments.calibration.CalibrationSetup;
import org.callup.experiments.calibration.LeaveOneGroupOut;
import org.callup.results.BadInputException;
import org.callup.results.CsvValues;
import org.callup.results.Target;
import org.callup.scenarios.ResolvedScenario;

/**
 * Coverage on held-out data: the ABC calibration made again with each group of targets left out in turn (the groups
 * of {@link LeaveOneGroupOut}), and each posterior's predictive intervals judged on the group it never saw: the
 * share of left-out targets whose reported value lies inside the 50%, 80% and 95% intervals. Well-calibrated
 * intervals cover about 50%, 80% and 95%; much less says the model or its posterior is overconfident. Each fit is
 * a calibration folder of its own ({@code leave-out-<group>}), resumed like any other.
 */
public final class HeldOutCoverage {
    public static final String FILE = "coverage.csv";
    public static final String FULL_PREDICTIVE_JOURNAL = "predictive-all-targets-journal.csv";
    public static final List<String> HEADER =
            List.of("group", "targets", "in_50", "in_80", "in_95", "share_50", "share_80", "share_95");

    /** One group's coverage, or the total over groups ({@code group} "all"). */
    public record Row(String group, int targets, int in50, int in80, int in95) {
        double share(int n) {
            return targets == 0 ? Double.NaN : (double) n / targets;
        }
    }

    private final LeaveOneGroupOut groups;
    private final CalibrationSetup setup;
    private final ResolvedScenario source;
    private final List<Target> targets;
    private final String targetsLabel;
    private final AbcSettings settings;
    private final ExecutorService pool;

    public HeldOutCoverage(
            CalibrationSetup setup,
            ResolvedScenario source,
            List<Target> targets,
            String targetsLabel,
            AbcSettings settings,
            ExecutorService pool)
            throws BadInputException {
        this.groups = new LeaveOneGroupOut(setup, source, targets, targetsLabel, pool, java.time.Clock.systemUTC());
        this.setup = setup.toBuilder().leaveOut(null).build();
        this.source = source;
        this.targets = List.copyOf(targets);
        this.targetsLabel = targetsLabel;
        this.settings = settings;
        this.pool = pool;
    }

    public List<String> groups() {
        return groups.groups();
    }

    /** Every fit, one folder each under {@code parent}, then {@value #FILE} in {@code parent}. */
    public List<Row> runAll(Path parent, boolean overwrite, Function<String, CalibrationProgress> progress)
            throws IOException, BadInputException {
        Files.createDirectories(parent);
        CalibrationProblem full = groups.full();
        List<Row> rows = new ArrayList<>();
        for (String group : groups()) {
            List<Integer> left = new ArrayList<>();
            for (int t = 0; t < full.targets().size(); t++) {
                if (full.targets().get(t).group().equals(group)) {
                    left.add(t);
                }
            }
            if (left.size() == full.targets().size()) {
                continue;
            }
            CalibrationSetup without = setup.toBuilder().leaveOut(group).build();
            CalibrationProblem problem = CalibrationProblem.of(without, source, targets, targetsLabel);
            AbcCalibration abc = new AbcCalibration(problem, settings, pool, progress.apply(group));
            Path folder = parent.resolve(LeaveOneGroupOut.SUBFOLDER_PREFIX + group);
            boolean again = overwrite || CalibrationFolder.isComplete(folder, abc.setupText(), abc.settingsText());
            PosteriorPredictive p;
            try (CalibrationFolder f = CalibrationFolder.open(folder, abc.setupText(), abc.settingsText(), again)) {
                AbcCalibration.Result r = abc.run(f);
                p = PosteriorPredictive.run(
                        full,
                        r.posterior(),
                        Math.max(settings.predictiveDraws(), 1),
                        settings.seed(),
                        pool,
                        f.file(FULL_PREDICTIVE_JOURNAL),
                        e -> {});
                f.commit();
            }
            int in50 = 0;
            int in80 = 0;
            int in95 = 0;
            for (int t : left) {
                in50 += p.covers(t, 0.5) ? 1 : 0;
                in80 += p.covers(t, 0.8) ? 1 : 0;
                in95 += p.covers(t, 0.95) ? 1 : 0;
            }
            rows.add(new Row(group, left.size(), in50, in80, in95));
        }
        rows.add(new Row(
                "all",
                rows.stream().mapToInt(Row::targets).sum(),
                rows.stream().mapToInt(Row::in50).sum(),
                rows.stream().mapToInt(Row::in80).sum(),
                rows.stream().mapToInt(Row::in95).sum()));
        write(rows, parent.resolve(FILE));
        return rows;
    }

    public static void write(List<Row> rows, Path file) throws IOException {
        try (CsvWriter csv = CsvValues.writer(file)) {
            csv.writeRecord(HEADER);
            for (Row r : rows) {
                csv.writeRecord(
                        CsvValues.text(r.group()),
                        Integer.toString(r.targets()),
                        Integer.toString(r.in50()),
                        Integer.toString(r.in80()),
                        Integer.toString(r.in95()),
                        CsvValues.format(r.share(r.in50())),
                        CsvValues.format(r.share(r.in80())),
                        CsvValues.format(r.share(r.in95())));
            }
        }
    }
}
