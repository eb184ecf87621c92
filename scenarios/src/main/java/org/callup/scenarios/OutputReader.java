package org.callup.scenarios;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.callup.model.observe.Metric;
import org.callup.model.observe.ScopeKind;
import org.callup.scenarios.yaml.StrictValues;
import org.callup.scenarios.yaml.YamlList;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlNode;

/** Reads the {@code output} section; scopes are checked against the scopes of the built scenario. */
final class OutputReader {
    static final String KEY = "output";

    private final RecordBinder binder;
    private final Problems problems;

    OutputReader(RecordBinder binder) {
        this.binder = binder;
        this.problems = binder.problems();
    }

    OutputSpec read(YamlMap root, Facts facts) {
        YamlNode node = root.get(KEY);
        if (node == null) {
            return OutputSpec.ALL;
        }
        if (!(node instanceof YamlMap map)) {
            problems.at(node, "expected a mapping with metrics and scopes, got " + node.describe());
            return null;
        }
        binder.checkKeys(map, Set.of("metrics", "scopes"));
        List<Metric> metrics = new ArrayList<>();
        for (YamlNode item : items(map.get("metrics"))) {
            Metric m = metric(item, binder.values());
            if (m != null) {
                metrics.add(m);
            }
        }
        List<String> scopes = new ArrayList<>();
        List<String> valid = facts.scopes();
        for (YamlNode item : items(map.get("scopes"))) {
            String s = binder.values().text(item);
            if (s != null && valid != null && !valid.contains(s)) {
                problems.at(
                        item,
                        "unknown scope '" + s + "'" + Suggest.didYouMean(s, valid)
                                + " (scopes are all, region:<id>, country:<destination>, post:<id>)");
            } else if (s != null) {
                scopes.add(s);
            }
        }
        if (!anyPairKept(metrics, scopes, facts)) {
            problems.at(
                    node,
                    "the output keeps nothing: none of the metrics listed is observed in any of the scopes "
                            + "listed ("
                            + metrics.stream()
                                    .map(m -> m.key() + " in " + kinds(m))
                                    .toList() + "); add a scope "
                            + "or a metric that goes with it");
        }
        return new OutputSpec(metrics, scopes);
    }

    /** Whether some metric applies to some scope; an empty list keeps them all. */
    private static boolean anyPairKept(List<Metric> metrics, List<String> scopes, Facts facts) {
        List<Metric> ms = metrics.isEmpty() ? Arrays.asList(Metric.values()) : metrics;
        List<String> ss = scopes.isEmpty() ? facts.scopes() : scopes;
        if (ss == null) {
            return true; // the scenario's scopes are unknown after other problems
        }
        return ms.stream().anyMatch(m -> ss.stream().anyMatch(sc -> m.appliesTo(kindOf(sc))));
    }

    private static ScopeKind kindOf(String scope) {
        int colon = scope.indexOf(':');
        String prefix = colon < 0 ? scope : scope.substring(0, colon);
        return Arrays.stream(ScopeKind.values())
                .filter(k -> k.prefix().equals(prefix))
                .findFirst()
                .orElse(ScopeKind.ALL);
    }

    private static String kinds(Metric m) {
        return String.join(
                ", ",
                Arrays.stream(ScopeKind.values())
                        .filter(m::appliesTo)
                        .map(k -> k == ScopeKind.ALL ? "all" : k.prefix() + ":<id>")
                        .toList());
    }

    private List<YamlNode> items(YamlNode node) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof YamlList l) {
            return l.items();
        }
        problems.at(node, "expected a list, got " + node.describe());
        return List.of();
    }

    /** The metric named by a node, with a did-you-mean for a misspelt name; null (reported) if unknown. */
    static Metric metric(YamlNode item, StrictValues values) {
        String key = values.text(item);
        if (key == null) {
            return null;
        }
        Metric m = Metric.byKey(key);
        if (m == null || !m.key().equals(key)) {
            List<String> keys = Arrays.stream(Metric.values()).map(Metric::key).toList();
            values.at(item, "unknown metric '" + key + "'" + Suggest.didYouMean(key, keys));
            return null;
        }
        return m;
    }
}
