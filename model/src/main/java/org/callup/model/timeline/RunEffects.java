package org.callup.model.timeline;

import org.callup.model.params.ReviewParams;

/**
 * What a policy event may do to a run besides changing its parameters: the national alarm an announcement raises
 * and the plan the commissariats work to. The engine implements it for the day on which the event fires.
 */
public interface RunEffects {
    /** Raises the national alarm to at least {@code level} (0-1). */
    void raiseAlarm(double level);

    /** Starts a new plan at the commissariats, with the quota and plan days now in force. */
    void startWave();

    /** Declares the call-up complete: commissariats stop delivering summons. */
    void endQuota();

    /** Orders the commissariats to review drafts under {@code review}. */
    void startReview(ReviewParams review);
}
