package org.callup.scenarios;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.callup.model.observe.Metric;
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
                problems.at(item, "unknown scope '" + s + "'" + Suggest.didYouMean(s, valid)
                        + " (scopes are all, region:<id>, country:<destination>, post:<id>)");
            } else if (s != null) {
                scopes.add(s);
            }
        }
        return new OutputSpec(metrics, scopes);
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
