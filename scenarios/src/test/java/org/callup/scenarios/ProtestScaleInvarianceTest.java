package org.callup.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.callup.model.MobilizationModel;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.Metric;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Protest size and arrests do not depend on the population's scale (docs/ODD.md 7.13): the default scenario to
 * 10 October at scales 50, 100 and 200 (two seeds each) gives protester-days (the sum over days of
 * {@code state_active}, real persons) and protest arrests within noise of each other.
 *
 * <p>The tolerance is 25% of the scale-50 figure: at scale 200 the arrests of two runs are about 60 simulated
 * citizens each (some 12,000 persons), a count whose relative Poisson error is about 9%; the difference of two such
 * figures has an error of about 11%, and 25% is a little over two of those standard errors. Protester-days are
 * larger counts but each active man counts on one to two days, which inflates their error about as much.
 */
class ProtestScaleInvarianceTest {
    private static final double TOLERANCE = 0.25;

    /** Protester-days and arrests, the mean of two seeds, at the given scale. */
    private static double[] run(int scale) throws ScenarioException {
        Scenario s = ScenarioLibrary.shipped().load(ScenarioLibrary.DEFAULT).scenario();
        s = ParamPaths.set(s, "endDate", LocalDate.of(2022, 10, 10));
        s = ParamPaths.set(s, "population.scale", scale);
        double[] out = new double[2];
        for (long seed : new long[] {1, 2}) {
            List<DayObservation> days = new ArrayList<>();
            MobilizationModel m = new MobilizationModel(ParamPaths.set(s, "seed", seed), 2);
            m.addSink(days::add);
            m.runToEnd();
            out[0] += days.stream().mapToDouble(d -> d.all(Metric.STATE_ACTIVE)).sum() / 2;
            out[1] += days.stream()
                            .mapToDouble(d -> d.all(Metric.PROTEST_ARRESTS))
                            .sum()
                    / 2;
        }
        return out;
    }

    @Test
    void protestAndArrestsDoNotChangeWithTheScale() throws ScenarioException {
        double[] at50 = run(50);
        assertTrue(at50[0] > 10_000 && at50[1] > 1_000, "the default scenario protests: " + at50[0] + ", " + at50[1]);
        for (int scale : new int[] {100, 200}) {
            double[] other = run(scale);
            assertEquals(at50[0], other[0], TOLERANCE * at50[0], "protester-days at scale " + scale + " against 50");
            assertEquals(at50[1], other[1], TOLERANCE * at50[1], "arrests at scale " + scale + " against 50");
        }
    }
}
