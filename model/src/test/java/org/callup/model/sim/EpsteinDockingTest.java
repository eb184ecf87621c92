package org.callup.model.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Traits;
import org.junit.jupiter.api.Test;

/**
 * Docking with Epstein's civil violence model (Epstein 2002, PNAS 99:7243): the protest rules of the model, run on
 * a small synthetic region (Epstein's uniformly drawn hardship and risk aversion, constant hardship, no call-up, no
 * other choices), reproduce his two qualitative results (docs/ODD.md 7.13):
 * <ol>
 *   <li>with constant parameters, outbursts of activity separated by quiet periods (punctuated equilibrium): an
 *       outburst fills the jails, the most aggrieved are held, the region falls quiet; once they are released the
 *       next outburst starts;
 *   <li>a large cut in legitimacy made gradually gives no outburst (the police take the few who turn active one by
 *       one, and the estimated arrest risk never falls), while a smaller cut made at once does.
 * </ol>
 * The region is the harness's: 20,000 men in a city of 13 million, with 400 police on protest duty (k C = 100).
 */
class EpsteinDockingTest {
    private static final int MEN = 20_000;
    private static final double POLICE = 400;

    /** A region of MEN men with uniform anti-war conviction (hardship) and risk aversion, as in Epstein's model. */
    private static SweepHarness region(double legitimacy) {
        SweepHarness h = new SweepHarness(MEN);
        for (int i = 0; i < MEN; i++) {
            h.pop.antiWar[i] = Traits.toUnitByte(Rng.uniform(17, 0, i, Streams.ANTI_WAR));
            h.pop.riskAversion[i] = Traits.toUnitByte(Rng.uniform(17, 0, i, Streams.RISK));
        }
        h.alarm = 1;
        h.set("decisions.considerRatePerDay", 0.0);
        h.set("protest.hardshipBase", 1.0);
        h.set("protest.legitimacy", legitimacy);
        h.set("protest.threshold", 0.1);
        h.set("protest.activationRatePerDay", 1.0);
        h.set("protest.activeQuitRatePerDay", 0.0);
        h.set("protest.arrestConstantK", 0.25);
        h.set("protest.arrestConstantC", 0.5);
        h.set("protest.arrestReachShare", 1.0);
        h.set("protest.arrestDays", 30);
        h.set("protest.attackChancePerDay", 0.0);
        h.set(
                "protest.policePer1000Residents",
                POLICE / (h.scenario.population().regions().get(0).populationTotal() / 1000.0));
        return h;
    }

    /** Runs {@code days} days with legitimacy {@code legitimacy.applyAsDouble(day)}; returns the actives of each day. */
    static double[] run(SweepHarness h, int days, IntToDoubleFunction legitimacy) {
        ProtestRepression protest =
                new ProtestRepression(h.pop, h.scenario.population().regions(), 1);
        double[] est = new double[1];
        double[] hardship = new double[1];
        double[] actives = new double[days];
        for (int d = 0; d < days; d++) {
            h.set("protest.legitimacy", legitimacy.applyAsDouble(d));
            protest.estimates(h.scenario.protest(), est, hardship);
            h.arrestEstimate = est[0];
            h.regionHardship = hardship[0];
            h.sweep(d);
            protest.run(h.ctx, List.of(h.out), h.worker.ledger, h.offices);
            actives[d] = h.count(CitizenState.ACTIVE);
        }
        return actives;
    }

    /** Runs of days with actives at least {@code high}; between two of them, the longest stretch at most {@code low}. */
    private static List<int[]> outbursts(double[] a, double high) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int d = 0; d <= a.length; d++) {
            boolean on = d < a.length && a[d] >= high;
            if (on && start < 0) {
                start = d;
            } else if (!on && start >= 0) {
                runs.add(new int[] {start, d});
                start = -1;
            }
        }
        return runs;
    }

    private static int longestQuiet(double[] a, int from, int to, double low) {
        int best = 0;
        int run = 0;
        for (int d = from; d < to; d++) {
            run = a[d] <= low ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    private static double max(double[] a, int from) {
        double m = 0;
        for (int d = from; d < a.length; d++) {
            m = Math.max(m, a[d]);
        }
        return m;
    }

    private static String show(double[] a) {
        StringBuilder s = new StringBuilder();
        for (int d = 0; d < a.length; d++) {
            s.append(d % 20 == 0 ? "\n" + d + ":" : "").append(' ').append((long) a[d]);
        }
        return s.toString();
    }

    @Test
    void withConstantParametersOutburstsAreSeparatedByQuietPeriods() {
        double[] a = run(region(0.82), 240, d -> 0.82);
        double peak = max(a, 0);
        List<int[]> bursts = outbursts(a, 0.25 * peak);
        String series = show(a);
        assertTrue(peak > 0.2 * MEN, "an outburst takes in a fifth of the men or more: " + series);
        assertTrue(bursts.size() >= 2, "two outbursts or more at constant parameters: " + series);
        for (int k = 1; k < bursts.size(); k++) {
            int quiet = longestQuiet(a, bursts.get(k - 1)[1], bursts.get(k)[0], 0.01 * peak);
            assertTrue(quiet >= 20, "twenty quiet days or more before outburst " + k + ": " + series);
        }
    }

    /** Epstein's Run 3: legitimacy falls by more in small steps, and nothing happens; by less at once, and it erupts. */
    @Test
    void aLargeGradualLegitimacyCutGivesNoOutburstWhileASmallerAbruptOneDoes() {
        double from = 0.95;
        // gradual: 0.95 to 0.80 over 150 days, then held; abrupt: 0.95 to 0.84 on day 20
        double[] gradual = run(region(from), 200, d -> Math.max(0.80, from - 0.15 * d / 150.0));
        double[] abrupt = run(region(from), 200, d -> d < 20 ? from : 0.84);
        double gradualPeak = max(gradual, 0);
        double abruptPeak = max(abrupt, 0);
        assertTrue(
                abruptPeak > 0.05 * MEN && abruptPeak > 10 * gradualPeak,
                "abrupt cut peak " + abruptPeak + ", gradual cut peak " + gradualPeak + "\nabrupt" + show(abrupt)
                        + "\ngradual" + show(gradual));
    }
}
