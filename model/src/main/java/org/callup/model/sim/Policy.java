package org.callup.model.sim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.callup.model.observe.DayObservation;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.ReviewParams;
import org.callup.model.params.Scenario;
import org.callup.model.recruit.Commissariats;
import org.callup.model.timeline.PolicyEvent;
import org.callup.model.timeline.RunEffects;

/**
 * The policy in force: the parameters of today (after the timeline's events and changes asked for from outside,
 * such as a GUI slider) and the national alarm, which an announcement raises and which halves every
 * {@code alarmHalfLifeDays}.
 */
final class Policy {
    /** A parameter change asked for during the run, applied at the start of the next day. */
    private record Change(String path, Object value) {}

    private final Timeline timeline;
    private final List<Change> pending = new ArrayList<>();
    private Scenario params;
    private double alarm;

    Policy(Scenario scenario) {
        this.params = scenario;
        this.timeline = new Timeline(scenario.timeline());
    }

    Scenario params() {
        return params;
    }

    double alarm() {
        return alarm;
    }

    /** Validates a change now (throws IllegalArgumentException) and queues it for the start of the next day. */
    void request(String path, Object value) {
        ParamPaths.set(params, path, value);
        synchronized (pending) {
            pending.add(new Change(path, value));
        }
    }

    /**
     * Starts day {@code day}: applies queued changes, lets alarm decay, and fires the events due today (which may
     * start or end a wave at the commissariats). Returns the events fired, in order.
     */
    List<PolicyEvent> startDay(int day, LocalDate date, DayObservation yesterday, Commissariats offices) {
        synchronized (pending) {
            for (Change change : pending) {
                params = ParamPaths.set(params, change.path(), change.value());
            }
            pending.clear();
        }
        if (day > 0) {
            alarm *= Math.pow(0.5, 1.0 / params.decisions().alarmHalfLifeDays());
        }
        List<PolicyEvent> fired = timeline.due(date, yesterday);
        if (fired.isEmpty()) {
            return fired;
        }
        RunEffects effects = new Effects(day, offices);
        for (PolicyEvent e : fired) {
            params = e.applyTo(params);
            e.enact(effects, params);
        }
        return fired;
    }

    /** The effects of today's events on the alarm and the commissariats. */
    private final class Effects implements RunEffects {
        private final int day;
        private final Commissariats offices;

        Effects(int day, Commissariats offices) {
            this.day = day;
            this.offices = offices;
        }

        @Override
        public void raiseAlarm(double level) {
            alarm = Math.max(alarm, level);
        }

        @Override
        public void startWave() {
            offices.startWave(day);
        }

        @Override
        public void endQuota() {
            offices.end();
        }

        @Override
        public void startReview(ReviewParams review) {
            offices.startReview(day, review);
        }
    }
}
