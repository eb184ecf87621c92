package org.callup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.callup.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped default scenario is calibrated: callup calibrate, started from deliberately wrong values, finds its
 * way back to a fit at least as good as the shipped values give, within its budget. A reduced setting keeps this
 * to seconds: three of the free parameters (police, Schengen visa holders, arson), a coarser scale (200), two
 * replications and the first seventeen days, in which the arrests, arson, Upper Lars and Finland targets fall.
 * The shipped values are read from the shipped scenario, so the test follows a recalibration.
 */
class DefaultScenarioCalibrationTest {
    private static final String[][] PARAMS = {
        {"protest.policePer1000Residents", "0.05", "2", "log"},
        {"borders.visaHoldersShare", "0.02", "0.4", "linear"},
        {"protest.attackChancePerDay", "0.000001", "0.0001", "log"},
    };
    /** Candidates the search may evaluate: at most about fifteen seconds on two cores (it stops at a loss of 0). */
    private static final int BUDGET = 300;
    /** How far from the shipped values the search starts, parameter by parameter. */
    private static final double[] PERTURBATION = {3, 0.4, 0.2};

    /**
     * Targets the shipped default scenario is known to miss, on four replications or on a single run (a ratchet: a
     * change that brings one inside removes it here; one that pushes another outside fails). Why each one fails is in
     * docs/CALIBRATION.md.
     */
    private static final List<String> KNOWN_OUTSIDE = List.of(
            // Georgia on the decree day itself: since the route choice nests posts by destination and weighs the
            // permitted stay, men of the North Caucasus reach Upper Lars the same day (ODD §7.10, §9)
            "ge_sep21",
            // Finland on the decree day: a few simulated men at scale 100; the mean of four is just inside (4,130
            // against 4,100-5,548), a single run (seed 1) just outside
            "fi_sep21",
            // protest: Dagestan's police on protest duty arrest fewer than c C (about 57 persons) a day whatever the
            // crowd, below the range's 60 (ODD 7.13); a single run also has too many attacks in the first days
            "arrests_dagestan_sep25",
            // a single run (seed 1) arrests slightly fewer than 1,200 on 21 Sep since the police reach only part of a
            // crowd (arrestReachShare, ODD 7.13); the mean of four is inside (1,225)
            "arrests_day_one",
            "arson_first_week",
            "arson_sep23");

    @TempDir
    Path dir;

    private static List<String> args(Path out, int budget) {
        List<String> a = new ArrayList<>(List.of(
                "calibrate",
                "partial-mobilization-2022",
                "--scale",
                "200",
                "--end",
                "2022-09-30",
                "--replications",
                "2",
                "--budget",
                Integer.toString(budget),
                "--identifiability-points",
                "0",
                "--no-chart",
                "-q",
                "--out",
                out.toString()));
        for (String[] p : PARAMS) {
            a.addAll(List.of("--param", p[0] + "=" + p[1] + ":" + p[2] + ":" + p[3]));
        }
        return a;
    }

    /** The loss of the calibrated values: the sum of the targets' shares in fit.csv. */
    private static double loss(Path folder) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("fit.csv"));
        int col = List.of(lines.get(0).split(",")).indexOf("loss_share");
        double sum = 0;
        for (String line : lines.subList(1, lines.size())) {
            // Only the last field (the reason) can hold a comma, so splitting is safe up to loss_share.
            String share = line.split(",", -1)[col];
            sum += share.equals("NA") ? 0 : Double.parseDouble(share);
        }
        return sum;
    }

    @Test
    void recalibratesFromPerturbedStartingValuesToAFitAtLeastAsGoodAsTheShippedOne() throws Exception {
        Scenario shipped =
                ScenarioLibrary.shipped().load(ScenarioLibrary.DEFAULT).scenario();
        Path reference = dir.resolve("reference");
        Cli.Result r = Cli.run(args(reference, 1).toArray(String[]::new));
        assertTrue(r.code() <= 1, r.toString());
        double shippedLoss = loss(reference);

        List<String> perturbed = args(dir.resolve("perturbed"), BUDGET);
        for (int i = 0; i < PARAMS.length; i++) {
            double v = ((Number) ParamPaths.get(shipped, PARAMS[i][0])).doubleValue() * PERTURBATION[i];
            double clamped = Math.max(Double.parseDouble(PARAMS[i][1]), Math.min(Double.parseDouble(PARAMS[i][2]), v));
            perturbed.addAll(List.of("--start", PARAMS[i][0] + "=" + String.format(Locale.ROOT, "%.6g", clamped)));
        }
        Cli.Result p = Cli.run(perturbed.toArray(String[]::new));
        assertTrue(p.code() <= 1, p.toString());
        List<String> trace = Files.readAllLines(dir.resolve("perturbed").resolve("trace.csv"));
        double startLoss = Double.parseDouble(trace.get(1).split(",")[2]);
        double calibratedLoss = loss(dir.resolve("perturbed"));
        assertTrue(startLoss > shippedLoss, "the perturbed start fits worse: " + startLoss + " vs " + shippedLoss);
        assertTrue(
                calibratedLoss <= shippedLoss,
                "calibrated " + calibratedLoss + ", shipped " + shippedLoss + ", started from " + startLoss);
        assertTrue(trace.size() - 1 <= BUDGET, "within the budget");
    }

    /**
     * The default scenario passes validate against the shipped targets, every 2022 target inside its range but the
     * known failures (the 2024 draft is not applicable to it): run as the calibration ran it (four replications from its seed; validate takes
     * the mean), and as a single run, the way a user first runs it.
     */
    @ParameterizedTest
    @ValueSource(ints = {4, 1})
    void theShippedDefaultScenarioPassesValidateAgainstItsCalibrationTargets(int replications) throws Exception {
        Path run = dir.resolve("run");
        assertEquals(
                0,
                Cli.run(
                                "run",
                                "--replications",
                                Integer.toString(replications),
                                "--no-charts",
                                "-q",
                                "--out",
                                run.toString())
                        .code());
        Path csv = dir.resolve("validation.csv");
        Cli.Result v = Cli.run("validate", run.toString(), "--csv", csv.toString());
        assertTrue(
                v.out()
                        .startsWith(
                                replications > 1
                                        ? "Validating the mean of 4 replications (daily-mean.csv)."
                                        : "Validating a single run"),
                v.out());
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).split(","));
        List<String> notApplicable = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            // Only the last field (the reason) can hold a comma, so splitting is safe up to inside.
            String[] f = line.split(",", -1);
            if (f[header.indexOf("applicable")].equals("false")) {
                notApplicable.add(f[0]);
            } else if (!f[header.indexOf("inside")].equals("true")) {
                outside.add(f[0]);
            }
        }
        assertEquals(List.of("draft_2024"), notApplicable, "every 2022 target applies, and only those\n" + v);
        List<String> newlyOutside = new ArrayList<>(outside);
        newlyOutside.removeAll(KNOWN_OUTSIDE);
        assertEquals(List.of(), newlyOutside, "every target inside its range but the known failures\n" + v);
        assertEquals(outside.isEmpty() ? 0 : 1, v.code(), v.toString());
    }
}
