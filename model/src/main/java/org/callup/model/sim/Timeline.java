package org.callup.model.sim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.callup.model.observe.DayObservation;
import org.callup.model.observe.Metric;
import org.callup.model.timeline.PolicyEvent;
import org.callup.model.timeline.Trigger;

/**
 * Decides which events fire on a day: an unconditional event fires on its date (events dated before the start fire
 * on the first day); a conditional one on the first day from its date on when its trigger held on the previous
 * day. Each event fires once, in the order the scenario lists them.
 */
final class Timeline {
    private final List<PolicyEvent> events;
    private final boolean[] fired;

    Timeline(List<PolicyEvent> events) {
        this.events = List.copyOf(events);
        this.fired = new boolean[events.size()];
    }

    List<PolicyEvent> due(LocalDate today, DayObservation yesterday) {
        List<PolicyEvent> out = new ArrayList<>();
        for (int k = 0; k < events.size(); k++) {
            PolicyEvent e = events.get(k);
            if (fired[k] || e.date().isAfter(today)) {
                continue;
            }
            if (e.when() == null || holds(e.when(), yesterday)) {
                fired[k] = true;
                out.add(e);
            }
        }
        return out;
    }

    private static boolean holds(Trigger t, DayObservation obs) {
        if (obs == null) {
            return false;
        }
        Metric m = Metric.byKey(t.metric());
        if (m == null) {
            throw new IllegalArgumentException("unknown metric in trigger: " + t.metric());
        }
        double v = obs.get(m, t.scope());
        return !Double.isNaN(v) && v > t.above();
    }
}
