package org.callup.model.observe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.RegionSpec;
import org.callup.model.params.Scenario;

/**
 * The scopes of a run and the layout of a day's values: {@code all}, then {@code region:<id>} in scenario order,
 * {@code country:<destination>} in order of first appearance among posts, then {@code post:<id>}.
 * A day's values are a flat array indexed by {@link #index(Metric, int)}; pairs that do not apply are NaN.
 */
public final class ObservationSpace {
    private final List<String> scopes;
    private final List<ScopeKind> kinds;
    private final Map<String, Integer> scopeIndex = new HashMap<>();
    private final int firstRegion;
    private final int firstCountry;
    private final int firstPost;
    private final List<String> countries;

    public ObservationSpace(Scenario scenario) {
        this(
                scenario.population().regions().stream().map(RegionSpec::id).toList(),
                scenario.borders().posts());
    }

    /** The scopes of a run with these region ids and posts, in observation order. */
    public static List<String> scopes(List<String> regionIds, List<BorderPostSpec> posts) {
        return new ObservationSpace(regionIds, posts).scopes();
    }

    private ObservationSpace(List<String> regionIds, List<BorderPostSpec> posts) {
        List<String> s = new ArrayList<>();
        List<ScopeKind> k = new ArrayList<>();
        s.add("all");
        k.add(ScopeKind.ALL);
        firstRegion = s.size();
        for (String r : regionIds) {
            s.add("region:" + r);
            k.add(ScopeKind.REGION);
        }
        firstCountry = s.size();
        Set<String> cs = new LinkedHashSet<>();
        for (BorderPostSpec p : posts) {
            cs.add(p.destinationCountry());
        }
        countries = List.copyOf(cs);
        for (String c : countries) {
            s.add("country:" + c);
            k.add(ScopeKind.COUNTRY);
        }
        firstPost = s.size();
        for (BorderPostSpec p : posts) {
            s.add("post:" + p.id());
            k.add(ScopeKind.POST);
        }
        scopes = Collections.unmodifiableList(s);
        kinds = Collections.unmodifiableList(k);
        for (int i = 0; i < scopes.size(); i++) {
            scopeIndex.put(scopes.get(i), i);
        }
    }

    public List<String> scopes() {
        return scopes;
    }

    public ScopeKind kind(int scope) {
        return kinds.get(scope);
    }

    /** Index of a scope name, or -1. */
    public int scopeIndex(String scope) {
        return scopeIndex.getOrDefault(scope, -1);
    }

    public int regionScope(int region) {
        return firstRegion + region;
    }

    public int countryScope(int country) {
        return firstCountry + country;
    }

    public int postScope(int post) {
        return firstPost + post;
    }

    /** Destination countries in scope order. */
    public List<String> countries() {
        return countries;
    }

    public int scopeCount() {
        return scopes.size();
    }

    public static int metricCount() {
        return Metric.values().length;
    }

    /** Size of one day's value array. */
    public int size() {
        return metricCount() * scopes.size();
    }

    public int index(Metric m, int scope) {
        return m.ordinal() * scopes.size() + scope;
    }

    public boolean applies(Metric m, int scope) {
        return m.appliesTo(kinds.get(scope));
    }
}
