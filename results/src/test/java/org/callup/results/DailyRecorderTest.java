package org.callup.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.Metric;
import org.callup.model.observe.ObservationSpace;
import org.callup.model.params.Scenario;
import org.junit.jupiter.api.Test;

class DailyRecorderTest {
    private final Scenario scenario = TinyScenario.of(3);
    private final ObservationSpace space = new ObservationSpace(scenario);

    private DayObservation day(int d, double fill) {
        double[] v = new double[space.size()];
        Arrays.fill(v, fill + d);
        return new DayObservation(space, d, scenario.startDate().plusDays(d), v);
    }

    @Test
    void keepsExactlyTheApplicablePairsWithTheirValues() {
        DailyRecorder r = new DailyRecorder();
        r.begin(scenario, space);
        r.accept(day(0, 10));
        r.accept(day(1, 10));
        DailyTable t = r.table();
        long applicable = 0;
        for (int s = 0; s < space.scopeCount(); s++) {
            for (Metric m : Metric.values()) {
                applicable += space.applies(m, s) ? 1 : 0;
            }
        }
        assertEquals(applicable, t.keys().size());
        assertEquals(2, t.days());
        assertEquals(11, t.series(new SeriesKey("post:fi_vaalimaa", "queue_wait_hours"))[1]);
    }

    @Test
    void refusesDaysOutOfOrder() {
        DailyRecorder r = new DailyRecorder();
        r.begin(scenario, space);
        r.accept(day(0, 0));
        assertThrows(IllegalStateException.class, () -> r.accept(day(2, 0)));
    }
}
