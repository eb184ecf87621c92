package org.callup.experiments.sweep;

import java.util.LinkedHashMap;
import java.util.Map;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioException;

/**
 * The scenarios of the points being run, kept for the few points in progress at once: a point's replications run
 * close together and share one scenario, which saves loading it again for each. Bounded, so memory stays flat.
 */
final class PointScenarios {
    private final Sweep sweep;
    private final Map<Integer, Object> recent;

    PointScenarios(Sweep sweep, int capacity) {
        this.sweep = sweep;
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The scenario of a point; a point whose values break a scenario rule throws each time it is asked for. */
    ResolvedScenario get(int point) throws ScenarioException {
        Object cached;
        synchronized (recent) {
            cached = recent.get(point);
        }
        if (cached == null) {
            // Built outside the lock: two threads may both build a point, which costs time but not correctness.
            try {
                cached = sweep.scenario(point);
            } catch (ScenarioException e) {
                cached = e;
            }
            synchronized (recent) {
                recent.put(point, cached);
            }
        }
        if (cached instanceof ScenarioException e) {
            throw e;
        }
        return (ResolvedScenario) cached;
    }
}
