package org.callup.scenarios;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.callup.model.observe.Metric;
import org.callup.model.observe.ObservationSpace;
import org.callup.model.observe.ScopeKind;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.Channel;
import org.callup.model.params.RegionSpec;
import org.callup.model.params.Scenario;
import org.callup.model.timeline.ClosePost;
import org.callup.model.timeline.OpenPost;
import org.callup.model.timeline.PolicyEvent;
import org.callup.model.timeline.SetAdmissionRules;
import org.callup.model.timeline.StartRaids;
import org.callup.model.timeline.StopRaids;
import org.callup.model.timeline.Trigger;

/**
 * Checks that need the whole scenario: every id an event, channel or post refers to exists, every event falls
 * within the run (an event dated before the start or after the end would never fire, which is almost always a
 * mistyped year), and every trigger names a metric and a scope the run observes.
 */
final class ScenarioChecks {
    private final Scenario scenario;
    private final YamlMap root;
    private final Problems problems;
    private final Set<String> regionIds = new HashSet<>();
    private final List<String> postIds = new ArrayList<>();

    ScenarioChecks(Scenario scenario, YamlMap root, Problems problems) {
        this.scenario = scenario;
        this.root = root;
        this.problems = problems;
        scenario.population().regions().forEach(r -> regionIds.add(r.id()));
        scenario.borders().posts().forEach(p -> postIds.add(p.id()));
    }

    void run(List<EventsReader.Read> events) {
        checkRegionsUnique();
        checkPostRegions();
        checkChannelRegions();
        ObservationSpace space = new ObservationSpace(scenario);
        for (EventsReader.Read r : events) {
            checkDate(r);
            checkReferences(r.event(), r.node());
            if (r.event().when() != null) {
                checkTrigger(r.event().when(), (YamlMap) r.node().get("when"), space);
            }
        }
    }

    private void checkRegionsUnique() {
        Set<String> seen = new HashSet<>();
        for (RegionSpec r : scenario.population().regions()) {
            if (!seen.add(r.id())) {
                problems.at(nodeOr(root, "population"), "region '" + r.id() + "' is listed twice");
            }
        }
    }

    private void checkPostRegions() {
        YamlNode posts = TreeMerger.find(root, "borders", "posts");
        for (BorderPostSpec p : scenario.borders().posts()) {
            if (!regionIds.contains(p.regionId())) {
                YamlNode at = postNode(posts, p.id());
                problems.at(at, "post '" + p.id() + "' lies in region '" + p.regionId() + "', which is not among the "
                        + "scenario's regions" + Suggest.didYouMean(p.regionId(), regionIds) + "; set its regionId");
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
        if (e.date().isBefore(scenario.startDate())) {
            problems.at(at, "the event is dated " + e.date() + ", before the run starts on " + scenario.startDate()
                    + "; it would never fire (move startDate, or remove the event)");
        } else if (e.date().isAfter(scenario.endDate())) {
            problems.at(at, "the event is dated " + e.date() + ", after the run ends on " + scenario.endDate()
                    + "; it would never fire (move endDate, or remove the event, e.g. with removeEvents)");
        }
    }

    private void checkReferences(PolicyEvent e, YamlMap node) {
        String post = e instanceof OpenPost o ? o.post() : e instanceof ClosePost c ? c.post()
                : e instanceof SetAdmissionRules s ? s.post() : null;
        if (post != null && !postIds.contains(post)) {
            problems.at(nodeOr(node, "post"), "no border post '" + post + "' in this scenario"
                    + Suggest.didYouMean(post, postIds));
        }
        if (e instanceof StartRaids sr) {
            if (sr.channels().isEmpty()) {
                problems.at(nodeOr(node, "channels"), "name at least one channel to start");
            }
            if (node.get("regions") instanceof YamlList l) {
                l.items().forEach(this::checkRegion);
            }
        }
        if (e instanceof StopRaids st && st.channels().isEmpty()) {
            problems.at(nodeOr(node, "channels"), "name at least one channel to stop");
        }
    }

    private void checkRegion(YamlNode item) {
        if (item instanceof YamlScalar s && !regionIds.contains(s.text())) {
            problems.at(item, "no region '" + s.text() + "' in this scenario" + Suggest.didYouMean(s.text(), regionIds));
        }
    }

    private void checkTrigger(Trigger t, YamlMap node, ObservationSpace space) {
        Metric m = Metric.byKey(t.metric());
        if (m == null || !m.key().equals(t.metric())) {
            OutputReader.metric(node.get("metric"), new Values(problems));
            return;
        }
        int scope = space.scopeIndex(t.scope());
        if (scope < 0) {
            problems.at(node.get("scope"), "unknown scope '" + t.scope() + "'" + Suggest.didYouMean(t.scope(),
                    space.scopes()) + " (scopes are all, region:<id>, country:<destination>, post:<id>)");
        } else if (!m.appliesTo(space.kind(scope))) {
            List<String> kinds = new ArrayList<>();
            for (ScopeKind k : ScopeKind.values()) {
                if (m.appliesTo(k)) {
                    kinds.add(k == ScopeKind.ALL ? "all" : k.prefix() + ":<id>");
                }
            }
            problems.at(node.get("scope"), "metric '" + m.key() + "' is not observed in scope '" + t.scope()
                    + "' (it is observed in " + String.join(", ", kinds) + ")");
        }
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
