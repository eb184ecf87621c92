package org.callup.scenarios;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.callup.model.observe.Metric;
import org.callup.model.observe.ScopeKind;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.Channel;
import org.callup.model.params.PostMode;
import org.callup.model.timeline.ClosePosts;
import org.callup.model.timeline.OpenPosts;
import org.callup.model.timeline.PolicyEvent;
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
            checkCapitalRegions();
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
                problems.at(
                        at,
                        "post '" + p.id() + "' lies in region '" + p.regionId() + "', which is not among the "
                                + "scenario's regions" + Suggest.didYouMean(p.regionId(), facts.regionIds())
                                + "; set its regionId");
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

    /** The protest's capitals must be regions of the scenario (a misspelt id would silently have no capital). */
    private void checkCapitalRegions() {
        if (TreeMerger.find(root, "protest", "capitalRegions") instanceof YamlList l) {
            l.items().forEach(this::checkRegion);
        }
    }

    private void checkDate(EventsReader.Read r) {
        PolicyEvent e = r.event();
        YamlNode at = nodeOr(r.node(), "date");
        if (facts.startDate() != null && e.date().isBefore(facts.startDate())) {
            problems.at(
                    at,
                    "the event is dated " + e.date() + ", before the run starts on " + facts.startDate()
                            + "; it would never fire as dated (set the starting state in the parameters, move startDate, or "
                            + "remove the event)");
        } else if (facts.endDate() != null && e.date().isAfter(facts.endDate())) {
            problems.at(
                    at,
                    "the event is dated " + e.date() + ", after the run ends on " + facts.endDate()
                            + "; it would never fire (move endDate, or remove the event, e.g. with removeEvents)");
        }
    }

    /** Every post and region the event declares (see {@link PolicyEvent#postIds}) must be in the scenario. */
    private void checkReferences(PolicyEvent e, YamlMap node) {
        List<String> postIds = facts.postIds();
        if (postIds != null) {
            forEachUnknown(
                    e,
                    node,
                    e.postIds(),
                    postIds,
                    (at, post) -> problems.at(
                            at, "no border post '" + post + "' in this scenario" + Suggest.didYouMean(post, postIds)));
        }
        Set<String> regionIds = facts.regionIds();
        if (regionIds != null) {
            forEachUnknown(
                    e,
                    node,
                    e.regionIds(),
                    regionIds,
                    (at, region) -> problems.at(
                            at, "no region '" + region + "' in this scenario" + Suggest.didYouMean(region, regionIds)));
        }
        if (e instanceof ClosePosts c) {
            checkPostGroup(c.country(), c.mode(), node);
        } else if (e instanceof OpenPosts o) {
            checkPostGroup(o.country(), o.mode(), node);
        }
    }

    /**
     * Passes each id among {@code declared} that is not in {@code known} to {@code report}, with the YAML node that
     * gives it: the value of the event's component holding it, or its item in that component's list.
     */
    private static void forEachUnknown(
            PolicyEvent e,
            YamlMap node,
            List<String> declared,
            Collection<String> known,
            BiConsumer<YamlNode, String> report) {
        Set<YamlNode> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String id : declared) {
            if (!known.contains(id)) {
                YamlNode at = referenceNode(e, node, id, taken);
                taken.add(at);
                report.accept(at, id);
            }
        }
    }

    /** The first node giving {@code id} in the event's mapping that is not {@code taken}; else the mapping. */
    private static YamlNode referenceNode(PolicyEvent e, YamlMap node, String id, Set<YamlNode> taken) {
        for (RecordComponent rc : e.getClass().getRecordComponents()) {
            Object value = valueOf(rc, e);
            YamlNode given = node.get(rc.getName());
            if (id.equals(value) && given != null && !taken.contains(given)) {
                return given;
            }
            if (value instanceof List<?> values && given instanceof YamlList items) {
                for (int i = 0; i < values.size() && i < items.items().size(); i++) {
                    if (id.equals(values.get(i))
                            && !taken.contains(items.items().get(i))) {
                        return items.items().get(i);
                    }
                }
            }
        }
        return node;
    }

    private static Object valueOf(RecordComponent rc, PolicyEvent e) {
        try {
            return rc.getAccessor().invoke(e);
        } catch (ReflectiveOperationException x) {
            throw new IllegalStateException("cannot read " + rc.getName() + " of " + e, x);
        }
    }

    /** A country or mode that selects no post would make the event do nothing: a typo, almost always. */
    private void checkPostGroup(String country, PostMode mode, YamlMap node) {
        if (facts.postCountries() == null) {
            return;
        }
        Set<String> countries =
                new java.util.LinkedHashSet<>(facts.postCountries().values());
        if (country != null && !countries.contains(country)) {
            problems.at(
                    nodeOr(node, "country"),
                    "no border post to '" + country + "' in this scenario" + Suggest.didYouMean(country, countries)
                            + " (countries: " + String.join(", ", countries) + ")");
            return;
        }
        if (mode != null
                && facts.posts() != null
                && facts.posts().stream()
                        .noneMatch(
                                p -> p.mode() == mode && (country == null || country.equals(p.destinationCountry())))) {
            problems.at(
                    nodeOr(node, "mode"),
                    "no " + mode.name().toLowerCase(java.util.Locale.ROOT) + " post"
                            + (country == null ? "" : " to " + country) + " in this scenario");
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
            problems.at(
                    node.get("scope"),
                    "unknown scope '" + t.scope() + "'" + Suggest.didYouMean(t.scope(), scopes)
                            + " (scopes are all, region:<id>, country:<destination>, post:<id>)");
        } else if (!m.appliesTo(kindOf(t.scope()))) {
            List<String> kinds = new ArrayList<>();
            for (ScopeKind k : ScopeKind.values()) {
                if (m.appliesTo(k)) {
                    kinds.add(
                            k == ScopeKind.ALL
                                    ? "all"
                                    : k == ScopeKind.COUNTRY ? "country:<destination>" : k.prefix() + ":<id>");
                }
            }
            problems.at(
                    node.get("scope"),
                    "metric '" + m.key() + "' is not observed in scope '" + t.scope() + "' (it is observed in "
                            + String.join(", ", kinds) + ")");
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
