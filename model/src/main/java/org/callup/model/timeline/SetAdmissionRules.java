package org.callup.model.timeline;

import java.time.LocalDate;
import org.callup.model.params.AdmissionRules;

/** Changes some of a post's admission rules; a {@code null} rule stays as it was. */
public record SetAdmissionRules(LocalDate date, Trigger when, String note, String post, Boolean touristVisaRefused,
                                Boolean turnBackSummoned, Boolean summonsInQueue, Boolean footAllowed,
                                Boolean visaRequired)
        implements PolicyEvent {

    public AdmissionRules applyTo(AdmissionRules r) {
        return new AdmissionRules(
                touristVisaRefused == null ? r.touristVisaRefused() : touristVisaRefused,
                turnBackSummoned == null ? r.turnBackSummoned() : turnBackSummoned,
                summonsInQueue == null ? r.summonsInQueue() : summonsInQueue,
                footAllowed == null ? r.footAllowed() : footAllowed,
                visaRequired == null ? r.visaRequired() : visaRequired);
    }

    @Override
    public String describe() {
        return "rules at " + post;
    }
}
