package org.callup.model.timeline;

import java.time.LocalDate;
import java.util.List;
import org.callup.model.params.Channel;
import org.callup.model.params.Scenario;

/**
 * A dated change of policy from a scenario's timeline. An event fires at the start of its date, or, when it has a
 * {@link Trigger}, on the first day from its date on when the trigger holds (evaluated on the previous day's
 * observations). Each event fires at most once.
 *
 * <p>Each event type says what it does: {@link #applyTo} to the parameters, {@link #enact} to the run. A new type
 * is a record that implements both, named in {@code permits} (and registered with the scenario reader).
 *
 * <p>Each event type also declares what it names in the scenario ({@link #postIds}, {@link #regionIds},
 * {@link #channels}), so that a scenario reader can check every reference without knowing the types; a type with
 * a post, region or channel component overrides the matching method.
 */
public sealed interface PolicyEvent
        permits SetParameter,
                OpenPost,
                ClosePost,
                OpenPosts,
                ClosePosts,
                SetAdmissionRules,
                AddExemption,
                RemoveExemption,
                StartRaids,
                StopRaids,
                SetQuota,
                EndQuota,
                AnnounceWave,
                ReviewDrafts {

    /** First day on which the event may fire. */
    LocalDate date();

    /** Condition that must also hold, or {@code null} for an unconditional event. */
    Trigger when();

    /** Short label for charts and logs; may be empty. */
    String note();

    /** The label to show: the note, or a description generated from the event. */
    default String label() {
        return note() == null || note().isBlank() ? describe() : note();
    }

    /** Ids of the border posts the event names; each must be a post of the scenario. */
    default List<String> postIds() {
        return List.of();
    }

    /** Ids of the regions the event names; each must be a region of the scenario. */
    default List<String> regionIds() {
        return List.of();
    }

    /** The summons channels the event acts on. */
    default List<Channel> channels() {
        return List.of();
    }

    /**
     * The label to show, with posts by their display names and parameters by their labels: the note, or
     * {@link #describe(Scenario)}.
     */
    default String label(Scenario params) {
        return note() == null || note().isBlank() ? describe(params) : note();
    }

    /** A one-line description of what the event does, in the terms of its own fields (ids and paths). */
    String describe();

    /**
     * A one-line description of what the event does, in words a reader of a chart knows: posts by their display
     * names, parameters by the labels of their docs. Events that name neither describe themselves as
     * {@link #describe()} does.
     */
    default String describe(Scenario params) {
        return describe();
    }

    /**
     * The parameters in force once the event has fired, given those in force before (a pure function; throws
     * IllegalArgumentException if the event names something the scenario does not have).
     */
    Scenario applyTo(Scenario params);

    /**
     * What the event does to the run besides its parameters, called right after {@link #applyTo} with the
     * parameters it returned. Most events change parameters only.
     */
    default void enact(RunEffects run, Scenario params) {}
}
