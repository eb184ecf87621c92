package org.callup.model.timeline;

import java.util.ArrayList;
import java.util.List;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.Channel;
import org.callup.model.params.ChannelParams;
import org.callup.model.params.Channels;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.RecruiterParams;
import org.callup.model.params.Scenario;

/**
 * What each policy event does to the parameters: a pure function from the parameters in force and an event to the
 * new parameters. (Effects that are not parameters, such as the start of a new wave's plan and the alarm it
 * raises, are applied by the engine.)
 */
public final class PolicyChanges {
    private PolicyChanges() {
    }

    public static Scenario apply(Scenario s, PolicyEvent e) {
        if (e instanceof SetParameter sp) {
            return ParamPaths.set(s, sp.path(), sp.value());
        } else if (e instanceof OpenPost op) {
            return withPost(s, op.post(), p -> p.withOpen(true));
        } else if (e instanceof ClosePost cp) {
            return withPost(s, cp.post(), p -> p.withOpen(false));
        } else if (e instanceof SetAdmissionRules ar) {
            return withPost(s, ar.post(), p -> p.withRules(ar.applyTo(p.rules())));
        } else if (e instanceof AddExemption ae) {
            return ParamPaths.set(s, "recruiters.exemptions." + key(ae.category()), true);
        } else if (e instanceof RemoveExemption re) {
            return ParamPaths.set(s, "recruiters.exemptions." + key(re.category()), false);
        } else if (e instanceof StartRaids sr) {
            return withChannels(s, sr.channels(), c -> c.withIntensity(sr.intensity(), sr.regions()));
        } else if (e instanceof StopRaids st) {
            return withChannels(s, st.channels(), c -> c.withIntensity(0, List.of()));
        } else if (e instanceof SetQuota sq) {
            return withQuota(s, sq.persons(), sq.planDays());
        } else if (e instanceof AnnounceWave aw) {
            Scenario q = withQuota(s, aw.quotaPersons(), aw.planDays());
            double legitimacy = Math.max(0, q.protest().legitimacy() - aw.legitimacyDrop());
            return ParamPaths.set(q, "protest.legitimacy", legitimacy);
        }
        return s; // EndQuota and ReviewDrafts change no parameter
    }

    private static String key(org.callup.model.params.ExemptionCategory c) {
        return switch (c) {
            case STUDENTS -> "students";
            case IT -> "it";
            case FINANCE -> "finance";
            case TELECOM -> "telecom";
            case STATE_MEDIA -> "stateMedia";
            case MEDICAL -> "medical";
            case FAMILY -> "family";
        };
    }

    private static Scenario withQuota(Scenario s, long persons, int planDays) {
        Scenario a = ParamPaths.set(s, "recruiters.nationalQuotaPersons", persons);
        return ParamPaths.set(a, "recruiters.planDays", planDays);
    }

    private static Scenario withPost(Scenario s, String id, java.util.function.UnaryOperator<BorderPostSpec> f) {
        List<BorderPostSpec> posts = new ArrayList<>(s.borders().posts());
        for (int k = 0; k < posts.size(); k++) {
            if (posts.get(k).id().equals(id)) {
                posts.set(k, f.apply(posts.get(k)));
                return s.withBorders(s.borders().withPosts(posts));
            }
        }
        throw new IllegalArgumentException("no border post '" + id + "'");
    }

    private static Scenario withChannels(Scenario s, List<Channel> channels,
                                         java.util.function.UnaryOperator<ChannelParams> f) {
        RecruiterParams rp = s.recruiters();
        Channels ch = rp.channels();
        for (Channel c : channels) {
            ch = ch.with(c, f.apply(ch.get(c)));
        }
        return ParamPaths.set(s, "recruiters.channels", ch);
    }
}
