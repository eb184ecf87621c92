package org.callup.experiments.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.callup.results.BadInputException;
import org.callup.results.Target;
import org.callup.scenarios.ResolvedScenario;

/**
 * The out-of-sample check: the calibration made again with each group of targets left out in turn, and each fit
 * judged on the group it never saw ({@link OutOfSample}). A group the other groups predict is evidence that the
 * model's mechanisms hang together; a group they miss is fitted only by its own parameters. Each fit is a whole
 * calibration in its own folder ({@code leave-out-<group>}), so the check as a whole continues where it stopped:
 * a finished fit with the same setup is replayed from its journal, an unfinished one continues.
 */
public final class LeaveOneGroupOut {
    public static final String SUBFOLDER_PREFIX = "leave-out-";

    private final CalibrationSetup setup;
    private final ResolvedScenario source;
    private final List<Target> targets;
    private final String targetsLabel;
    private final ExecutorService pool;
    private final Clock clock;
    private final CalibrationProblem full;

    /**
     * @param setup the calibration with every group (its own leave-out, if any, is ignored)
     * @param pool  where the model runs execute; the caller owns it
     */
    public LeaveOneGroupOut(
            CalibrationSetup setup,
            ResolvedScenario source,
            List<Target> targets,
            String targetsLabel,
            ExecutorService pool,
            Clock clock)
            throws BadInputException {
        this.setup = setup.toBuilder().leaveOut(null).build();
        this.source = source;
        this.targets = List.copyOf(targets);
        this.targetsLabel = targetsLabel;
        this.pool = pool;
        this.clock = clock;
        this.full = CalibrationProblem.of(this.setup, source, targets, targetsLabel);
    }

    /** The problem with every group: the targets each fit is judged on. */
    public CalibrationProblem full() {
        return full;
    }

    /** The groups of the counted targets: the usual ones in their order, then any other. */
    public List<String> groups() {
        List<String> present =
                full.targets().stream().map(CalibrationTarget::group).distinct().toList();
        List<String> out = new ArrayList<>(
                TargetGroups.GROUPS.stream().filter(present::contains).toList());
        present.stream().filter(g -> !out.contains(g)).forEach(out::add);
        return out;
    }

    /** One fit of the check, and how it does on the group left out. */
    public record Fit(OutOfSample outOfSample, CalibrationResult result, Path folder) {}

    /**
     * Every fit of the check, one folder each under {@code parent}, then {@value OutOfSample#FILE} and
     * {@value OutOfSample#TABLE_FILE} in {@code parent}.
     *
     * @param progress hears of each fit's progress, by its group
     */
    public List<OutOfSample> runAll(
            Path parent, boolean overwrite, java.util.function.Function<String, CalibrationProgress> progress)
            throws IOException, BadInputException {
        Files.createDirectories(parent);
        List<OutOfSample> rows = new ArrayList<>();
        for (String group : groups()) {
            int n = (int)
                    full.targets().stream().filter(t -> t.group().equals(group)).count();
            if (n == full.targets().size()) {
                rows.add(OutOfSample.skipped(group, n, "every counted target is in this group: nothing left to fit"));
                continue;
            }
            Fit f = fitWithout(group, parent.resolve(SUBFOLDER_PREFIX + group), overwrite, progress.apply(group));
            rows.add(f.outOfSample());
        }
        OutOfSample.write(rows, parent.resolve(OutOfSample.FILE));
        OutOfSample.writeMarkdown(rows, parent.resolve(OutOfSample.TABLE_FILE));
        return rows;
    }

    /**
     * The calibration without one group, into {@code folder}, with {@value OutOfSample#FILE} beside its outputs. A
     * finished calibration of the same setup in the folder is replayed from its journal (no run is repeated).
     */
    public Fit fitWithout(String group, Path folder, boolean overwrite, CalibrationProgress progress)
            throws IOException, BadInputException {
        CalibrationSetup without = setup.toBuilder().leaveOut(group).build();
        CalibrationProblem problem = CalibrationProblem.of(without, source, targets, targetsLabel);
        Calibration calibration = new Calibration(problem, without, pool, clock, progress);
        String text = calibration.setupText();
        try (CalibrationFolder f = CalibrationFolder.open(folder, text, overwrite || finishedWith(folder, text))) {
            CalibrationResult r = calibration.run(f);
            OutOfSample row =
                    check(full, group, r.calibrated().values(), r.calibrated().loss(), pool);
            OutOfSample.write(List.of(row), f.file(OutOfSample.FILE));
            f.commit();
            return new Fit(row, r, f.target());
        }
    }

    /**
     * The check of a fit made without {@code group}: its values, and the search's starting values, run on every
     * target of {@code full} with the same seeds.
     */
    public static OutOfSample check(
            CalibrationProblem full, String group, double[] values, double fittedOnLoss, ExecutorService pool) {
        List<Evaluation> e = new Evaluator(full, pool).evaluate(List.of(full.startValues(), values), x -> {});
        return OutOfSample.of(group, full.targets(), e.get(0), e.get(1), fittedOnLoss);
    }

    private static boolean finishedWith(Path folder, String setupText) throws IOException {
        Path setupFile = folder.resolve(CalibrationFolder.SETUP_FILE);
        return CalibrationFolder.isCalibrationFolder(folder)
                && Files.readString(setupFile, StandardCharsets.UTF_8).equals(setupText);
    }
}
