package org.callup.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.callup.model.observe.Metric;
import org.callup.model.observe.ScopeKind;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.Channel;
import org.callup.model.params.PostMode;
import org.callup.model.timeline.ClosePost;
import org.callup.model.timeline.ClosePosts;
import org.callup.model.timeline.OpenPost;
import org.callup.model.timeline.OpenPosts;
import org.callup.model.timeline.PolicyEvent;
import org.callup.model.timeline.SetAdmissionRules;
import org.callup.model.timeline.StartRaids;
import org.callup.model.timeline.StopRaids;
import org.callup.model.timeline.Trigger;
import org.callup.scenarios.yaml.StrictValues;
import org.callup.scenarios.yaml.YamlList;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlNode;
import org.callup.scenarios.yaml.YamlScalar;

/**
 * Checks that need more than one part of the scenario: every id an event, channel or post refers to exists, every
 * event falls within the run (an event dated before the start or after the end would never fire, which is almost
 * always a mistyped year), and every trigger names a metric and a scope the run observes. They run on
 * {@link Facts}, so they are reported even when other parts of the file have problems.
 */
final class ScenarioChecks {
    private final Facts facts;
    private final YamlMap root;
    private final Problems problems;

    ScenarioChecks(Facts facts, YamlMap root, Problems problems) {
        this.facts = facts;
        this.root = root;
        this.problems = problems;
    }

    void run(List<EventsReader.Read> events) {
        if (facts.regionIds() != null) {
            checkPostRegions();
            checkChannelRegions();
        }
        for (EventsReader.Read r : events) {
            checkDate(r);
            checkReferences(r.event(), r.node());
            if (r.event().when() != null) {
                checkTrigger(r.event().when(), (YamlMap) r.node().get("when"));
            }
        }
    }

    private void checkPostRegions() {
        YamlNode posts = TreeMerger.find(root, "borders", "posts");
        for (BorderPostSpec p : facts.posts()) {
            if (!facts.regionIds().contains(p.regionId())) {
                YamlNode at = postNode(posts, p.id());
                problems.at(at, "post '" + p.id() + "' lies in region '" + p.regionId() + "', which is not among the "
                        + "scenario's regions" + Suggest.didYouMean(p.regionId(), facts.regionIds()) + "; set its regionId");
            }
        }
    }

    private void checkChannelRegions() {
        for (Channel c : Channel.values()) {
            YamlNode list = TreeMerger.find(root, "recruiters", "channels", c.key(), "regions");
            if (list instanceof YamlList l) {
                l.items().forEach(this::checkRegion);
            }
        }
    }

    private void checkDate(EventsReader.Read r) {
        PolicyEvent e = r.event();
        YamlNode at = nodeOr(r.node(), "date");
        if (facts.startDate() != null && e.date().isBefore(facts.startDate())) {
            problems.at(at, "the event is dated " + e.date() + ", before the run starts on " + facts.startDate()
                    + "; it would never fire as dated (set the starting state in the parameters, move startDate, or "
                    + "remove the event)");
        } else if (facts.endDate() != null && e.date().isAfter(facts.endDate())) {
            problems.at(at, "the event is dated " + e.date() + ", after the run ends on " + facts.endDate()
                    + "; it would never fire (move endDate, or remove the event, e.g. with removeEvents)");
        }
    }

    private void checkReferences(PolicyEvent e, YamlMap node) {
        String post = e instanceof OpenPost o ? o.post() : e instanceof ClosePost c ? c.post()
                : e instanceof SetAdmissionRules s ? s.post() : null;
        List<String> postIds = facts.postIds();
        if (post != null && postIds != null && !postIds.contains(post)) {
            problems.at(nodeOr(node, "post"), "no border post '" + post + "' in this scenario"
                    + Suggest.didYouMean(post, postIds));
        }
        if (e instanceof ClosePosts c) {
            checkPostGroup(c.country(), c.mode(), node);
        } else if (e instanceof OpenPosts o) {
            checkPostGroup(o.country(), o.mode(), node);
        }
        if (e instanceof StartRaids sr) {
            if (sr.channels().isEmpty()) {
                problems.at(nodeOr(node, "channels"), "name at least one channel to start");
            }
            if (node.get("regions") instanceof YamlList l && facts.regionIds() != null) {
                l.items().forEach(this::checkRegion);
            }
        }
        if (e instanceof StopRaids st && st.channels().isEmpty()) {
            problems.at(nodeOr(node, "channels"), "name at least one channel to stop");
        }
    }

    /** A country or mode that selects no post would make the event do nothing: a typo, almost always. */
    private void checkPostGroup(String country, PostMode mode, YamlMap node) {
        if (facts.postCountries() == null) {
            return;
        }
        Set<String> countries = new java.util.LinkedHashSet<>(facts.postCountries().values());
        if (country != null && !countries.contains(country)) {
            problems.at(nodeOr(node, "country"), "no border post to '" + country + "' in this scenario"
                    + Suggest.didYouMean(country, countries) + " (countries: " + String.join(", ", countries) + ")");
            return;
        }
        if (mode != null && facts.posts() != null && facts.posts().stream().noneMatch(p -> p.mode() == mode
                && (country == null || country.equals(p.destinationCountry())))) {
            problems.at(nodeOr(node, "mode"), "no " + mode.name().toLowerCase(java.util.Locale.ROOT)
                    + " post" + (country == null ? "" : " to " + country) + " in this scenario");
        }
    }

    private void checkRegion(YamlNode item) {
        Set<String> ids = facts.regionIds();
        if (item instanceof YamlScalar s && !ids.contains(s.text())) {
            problems.at(item, "no region '" + s.text() + "' in this scenario" + Suggest.didYouMean(s.text(), ids));
        }
    }

    private void checkTrigger(Trigger t, YamlMap node) {
        Metric m = OutputReader.metric(node.get("metric"), new StrictValues(problems));
        List<String> scopes = facts.scopes();
        if (m == null || scopes == null) {
            return;
        }
        if (!scopes.contains(t.scope())) {
            problems.at(node.get("scope"), "unknown scope '" + t.scope() + "'" + Suggest.didYouMean(t.scope(), scopes)
                    + " (scopes are all, region:<id>, country:<destination>, post:<id>)");
        } else if (!m.appliesTo(kindOf(t.scope()))) {
            List<String> kinds = new ArrayList<>();
            for (ScopeKind k : ScopeKind.values()) {
                if (m.appliesTo(k)) {
                    kinds.add(k == ScopeKind.ALL ? "all" : k == ScopeKind.COUNTRY ? "country:<destination>" : k.prefix() + ":<id>");
                }
            }
            problems.at(node.get("scope"), "metric '" + m.key() + "' is not observed in scope '" + t.scope()
                    + "' (it is observed in " + String.join(", ", kinds) + ")");
        }
    }

    static ScopeKind kindOf(String scope) {
        for (ScopeKind k : ScopeKind.values()) {
            if (scope.equals(k.prefix()) || scope.startsWith(k.prefix() + ":")) {
                return k;
            }
        }
        throw new IllegalArgumentException("not a scope: " + scope);
    }

    private static YamlNode postNode(YamlNode posts, String id) {
        if (posts instanceof YamlList l) {
            for (YamlNode item : l.items()) {
                if (id.equals(TreeMerger.idOf(item))) {
                    return item;
                }
            }
        }
        return posts;
    }

    private static YamlNode nodeOr(YamlMap map, String key) {
        YamlNode n = map.get(key);
        return n == null ? map : n;
    }
}
