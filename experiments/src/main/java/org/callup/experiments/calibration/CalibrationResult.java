package org.callup.experiments.calibration;

import java.nio.file.Path;
import java.util.List;

/**
 * What a calibration found.
 *
 * @param start          the evaluation of the starting values
 * @param best           the best candidate the search evaluated
 * @param calibrated     the evaluation of the values written to the calibrated scenario (the best, rounded to the
 *                       fewest significant digits that fit as well)
 * @param identifiability null when it was not asked for
 * @param scenarioFile   the calibrated scenario, in the work folder
 * @param evaluations    candidates the search asked for
 */
public record CalibrationResult(
        CalibrationProblem problem,
        Evaluation start,
        Evaluation best,
        Evaluation calibrated,
        FitReport fit,
        Identifiability identifiability,
        Path scenarioFile,
        int evaluations,
        List<String> targetIds) {}
