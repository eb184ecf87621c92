package org.callup.model.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.callup.model.params.AdmissionRules;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.Scenario;

/** Changes some of a post's admission rules; a {@code null} rule stays as it was. */
public record SetAdmissionRules(
        LocalDate date,
        Trigger when,
        String note,
        String post,
        Boolean touristVisaRefused,
        Boolean turnBackSummoned,
        Boolean summonsInQueue,
        Boolean footAllowed,
        Boolean visaRequired,
        Boolean nonResidentCarsBarred)
        implements PolicyEvent {

    /** The rules {@code r} with the rules this event gives replaced. */
    public AdmissionRules change(AdmissionRules r) {
        return new AdmissionRules(
                touristVisaRefused == null ? r.touristVisaRefused() : touristVisaRefused,
                turnBackSummoned == null ? r.turnBackSummoned() : turnBackSummoned,
                summonsInQueue == null ? r.summonsInQueue() : summonsInQueue,
                footAllowed == null ? r.footAllowed() : footAllowed,
                visaRequired == null ? r.visaRequired() : visaRequired,
                nonResidentCarsBarred == null ? r.nonResidentCarsBarred() : nonResidentCarsBarred);
    }

    @Override
    public List<String> postIds() {
        return post == null ? List.of() : List.of(post);
    }

    @Override
    public Scenario applyTo(Scenario params) {
        String rules = ParamEdits.post(post) + ".rules";
        return ParamPaths.set(params, rules, change((AdmissionRules) ParamPaths.get(params, rules)));
    }

    @Override
    public String describe() {
        return "rules at " + post;
    }

    @Override
    public String describe(Scenario params) {
        List<String> changes = new ArrayList<>();
        word(changes, touristVisaRefused, "tourist visas refused", "tourist visas accepted");
        word(changes, turnBackSummoned, "men with a summons turned back", "men with a summons let through");
        word(changes, summonsInQueue, "summons served in the queue", "no summons served in the queue");
        word(changes, footAllowed, "pedestrians admitted", "pedestrians refused");
        word(changes, visaRequired, "visa required", "no visa required");
        word(changes, nonResidentCarsBarred, "cars from other regions barred", "cars from other regions admitted");
        String what = changes.isEmpty() ? "rules unchanged" : String.join(", ", changes);
        return EventWording.post(params, post) + ": " + what;
    }

    private static void word(List<String> out, Boolean rule, String on, String off) {
        if (rule != null) {
            out.add(rule ? on : off);
        }
    }
}
