package org.callup.model.observe;

import org.callup.model.params.Scenario;
import org.callup.model.timeline.PolicyEvent;

/**
 * Receives what a run observes; {@code results} and {@code viz} decide what to do with it. Called on the
 * simulation thread, in day order.
 */
public interface ObservationSink {
    /** Called once before the first day. */
    default void begin(Scenario scenario, ObservationSpace space) {}

    /** Called when a policy event fires, before that day's observation. */
    default void eventFired(int day, java.time.LocalDate date, PolicyEvent event) {}

    /** Called at the end of every day. */
    void accept(DayObservation observation);

    /** Called once after the last day. */
    default void end() {}
}
