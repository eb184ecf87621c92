package org.callup.experiments.sweep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.callup.model.observe.Metric;
import org.callup.model.observe.ObservationSpace;
import org.callup.model.params.Scenario;
import org.callup.results.Statistic;
import org.callup.scenarios.OutputSpec;
import org.callup.scenarios.Suggest;
import org.callup.scenarios.yaml.StrictValues;
import org.callup.scenarios.yaml.YamlList;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlNode;

/**
 * Reads {@code outputs} (the numbers kept of every run, in the vocabulary of calibration targets: metric, scope,
 * statistic, dates) and {@code dailySeries}, and checks them against the base scenario: the metric exists, is
 * observed in the scope, and the window lies within the simulated dates.
 */
final class OutputsReader {
    static final Set<String> KEYS =
            new LinkedHashSet<>(List.of("name", "metric", "scope", "statistic", "dateFrom", "dateTo"));

    private final StrictValues in;
    private final Scenario base;
    private final ObservationSpace space;
    private final List<String> metricKeys =
            Arrays.stream(Metric.values()).map(Metric::key).toList();

    OutputsReader(StrictValues in, Scenario base) {
        this.in = in;
        this.base = base;
        this.space = new ObservationSpace(base);
    }

    /** @param taken names already in use (the parameters') */
    List<SweepOutput> outputs(YamlNode node, List<String> taken) {
        List<SweepOutput> out = new ArrayList<>();
        YamlList s = in.list(node, "a list of outputs, each with a metric, scope and statistic");
        if (s == null) {
            return out;
        }
        if (s.items().isEmpty()) {
            in.at(node, "no outputs: a sweep keeps at least one number of every run");
        }
        for (YamlNode item : s.items()) {
            YamlMap m = in.mapping(item, "a mapping with metric, scope and statistic");
            SweepOutput o = m == null ? null : output(m);
            List<String> used = new java.util.ArrayList<>(taken);
            out.forEach(x -> used.add(x.name()));
            if (o != null && !Names.unique(in, item, o.name(), used)) {
                o = null;
            }
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    private SweepOutput output(YamlMap m) {
        if (!in.keys(m, KEYS, new LinkedHashSet<>(List.of("metric", "scope", "statistic")), "an output")) {
            return null;
        }
        Metric metric = metric(m.get("metric"));
        String scope = scope(m.get("scope"), metric);
        String stat = in.choice(
                m.get("statistic"),
                Arrays.stream(Statistic.values()).map(Statistic::key).toList());
        LocalDate from = m.get("dateFrom") == null ? base.startDate() : within(m.get("dateFrom"));
        LocalDate to = m.get("dateTo") == null ? base.endDate() : within(m.get("dateTo"));
        if (from != null && to != null && to.isBefore(from)) {
            in.at(m.get("dateTo"), "dateTo " + to + " is before dateFrom " + from);
            return null;
        }
        String name = m.get("name") != null
                ? Names.identifier(in, m.get("name"))
                : metric == null || scope == null || stat == null
                        ? null
                        : ParameterReader.defaultName(metric.key() + "_" + scope + "_" + stat, false);
        if (metric == null || scope == null || stat == null || from == null || to == null || name == null) {
            return null;
        }
        return new SweepOutput(name, metric.key(), scope, Statistic.byKey(stat), from, to);
    }

    private Metric metric(YamlNode n) {
        String key = in.text(n, "a metric name such as emigrants");
        if (key == null) {
            return null;
        }
        Metric m = Metric.byKey(key);
        if (m == null) {
            in.at(
                    n,
                    "no metric '" + key + "'" + Suggest.didYouMean(key, metricKeys)
                            + " (metrics are listed in summary.csv of a run and in Metric.java)");
        }
        return m;
    }

    private String scope(YamlNode n, Metric metric) {
        String scope = in.text(n, "a scope: all, region:<id>, country:<destination> or post:<id>");
        if (scope == null) {
            return null;
        }
        int s = space.scopeIndex(scope);
        if (s < 0) {
            in.at(n, "the base scenario has no scope '" + scope + "'" + Suggest.didYouMean(scope, space.scopes()));
            return null;
        }
        if (metric != null && !space.applies(metric, s)) {
            String kinds = Arrays.stream(org.callup.model.observe.ScopeKind.values())
                    .filter(metric::appliesTo)
                    .map(k -> k == org.callup.model.observe.ScopeKind.ALL ? "all" : k.prefix() + ":<id>")
                    .collect(java.util.stream.Collectors.joining(", "));
            in.at(
                    n,
                    "metric '" + metric.key() + "' is not observed in scope '" + scope + "' (its scopes: " + kinds
                            + ")");
            return null;
        }
        return scope;
    }

    private LocalDate within(YamlNode n) {
        LocalDate d = in.date(n);
        if (d != null && (d.isBefore(base.startDate()) || d.isAfter(base.endDate()))) {
            in.at(n, d + " is outside the simulated dates " + base.startDate() + " to " + base.endDate());
            return null;
        }
        return d;
    }

    /** {@code dailySeries: {metrics: [...], scopes: [...]}}; empty or absent lists keep everything. */
    OutputSpec dailySeries(YamlNode node) {
        YamlMap m = in.mapping(node, "a mapping {metrics: [...], scopes: [...]} ({} keeps every series)");
        if (m == null || !in.keys(m, new LinkedHashSet<>(List.of("metrics", "scopes")), Set.of(), "dailySeries")) {
            return null;
        }
        List<Metric> metrics = new ArrayList<>();
        List<String> scopes = new ArrayList<>();
        boolean ok = true;
        if (m.get("metrics") != null) {
            YamlList s = in.list(m.get("metrics"), "a list of metric names");
            ok &= s != null;
            for (YamlNode item : s == null ? List.<YamlNode>of() : s.items()) {
                Metric x = metric(item);
                ok &= x != null;
                metrics.add(x);
            }
        }
        if (m.get("scopes") != null) {
            YamlList s = in.list(m.get("scopes"), "a list of scopes");
            ok &= s != null;
            for (YamlNode item : s == null ? List.<YamlNode>of() : s.items()) {
                String x = scope(item, null);
                ok &= x != null;
                scopes.add(x);
            }
        }
        return ok ? new OutputSpec(metrics, scopes) : null;
    }
}
