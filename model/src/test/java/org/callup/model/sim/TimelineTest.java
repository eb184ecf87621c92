package org.callup.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.callup.model.UnitScenarios;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.Metric;
import org.callup.model.observe.ObservationSpace;
import org.callup.model.params.Scenario;
import org.callup.model.timeline.ClosePost;
import org.callup.model.timeline.EndQuota;
import org.callup.model.timeline.OpenPost;
import org.callup.model.timeline.PolicyEvent;
import org.callup.model.timeline.Trigger;
import org.junit.jupiter.api.Test;

/** When events fire: on their date, on the first day if dated earlier, once, and on the day after a trigger holds. */
class TimelineTest {
    private static final LocalDate START = UnitScenarios.START;
    private final Scenario s = UnitScenarios.scenario(100_000, 10, START.plusDays(30), List.of());
    private final ObservationSpace space = new ObservationSpace(s);

    private DayObservation observed(int day, Metric m, String scope, double value) {
        double[] v = new double[space.size()];
        java.util.Arrays.fill(v, Double.NaN);
        v[space.index(m, space.scopeIndex(scope))] = value;
        return new DayObservation(space, day, START.plusDays(day), v);
    }

    @Test
    void eventsDatedBeforeTheStartFireOnTheFirstDayAndEachFiresOnce() {
        PolicyEvent early = new ClosePost(START.minusDays(30), null, "", "upper_lars");
        PolicyEvent onStart = new OpenPost(START, null, "", "kz_ozinki");
        PolicyEvent later = new EndQuota(START.plusDays(3), null, "");
        Timeline t = new Timeline(List.of(later, early, onStart));
        assertEquals(List.of(early, onStart), t.due(START, null), "in the order the scenario lists them");
        assertEquals(List.of(), t.due(START.plusDays(1), null));
        assertEquals(List.of(), t.due(START.plusDays(2), null));
        assertEquals(List.of(later), t.due(START.plusDays(3), null));
        assertEquals(List.of(), t.due(START.plusDays(4), null));
    }

    @Test
    void aConditionalEventFiresTheDayAfterItsTriggerIsExceededAndOnlyOnce() {
        PolicyEvent e = new ClosePost(START, new Trigger("queue_length", "post:upper_lars", 1000), "", "upper_lars");
        Timeline t = new Timeline(List.of(e));
        assertEquals(List.of(), t.due(START, null), "no observation yet on the first day");
        assertEquals(
                List.of(),
                t.due(START.plusDays(1), observed(0, Metric.QUEUE_LENGTH, "post:upper_lars", 1000)),
                "equal is not above");
        assertEquals(
                List.of(),
                t.due(START.plusDays(2), observed(1, Metric.QUEUE_LENGTH, "post:kz_ozinki", 5000)),
                "another scope");
        assertEquals(List.of(e), t.due(START.plusDays(3), observed(2, Metric.QUEUE_LENGTH, "post:upper_lars", 1000.5)));
        assertEquals(List.of(), t.due(START.plusDays(4), observed(3, Metric.QUEUE_LENGTH, "post:upper_lars", 9000)));
    }

    @Test
    void aConditionalEventWaitsForItsDate() {
        PolicyEvent e = new EndQuota(START.plusDays(5), new Trigger("mobilized", "all", 0), "");
        Timeline t = new Timeline(List.of(e));
        assertEquals(List.of(), t.due(START.plusDays(2), observed(1, Metric.MOBILIZED, "all", 50)));
        assertEquals(List.of(e), t.due(START.plusDays(5), observed(4, Metric.MOBILIZED, "all", 50)));
    }

    @Test
    void anUnknownMetricInATriggerIsAnError() {
        Timeline t = new Timeline(List.of(new EndQuota(START, new Trigger("no_such_metric", "all", 0), "")));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> t.due(START.plusDays(1), observed(0, Metric.MOBILIZED, "all", 1)));
        assertTrue(e.getMessage().contains("no_such_metric"));
    }
}
