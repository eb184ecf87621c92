package org.callup.experiments.compare;

import java.util.List;

/**
 * What a comparison measures: the windows, the headlines (metric, statistic, window) and the scopes. Every scope is
 * one the baseline observes, and every headline's metric is observed in at least one of them.
 */
public record ComparePlan(List<Window> windows, List<Headline> headlines, List<String> scopes) {
    public ComparePlan {
        windows = List.copyOf(windows);
        headlines = List.copyOf(headlines);
        scopes = List.copyOf(scopes);
        if (windows.isEmpty() || headlines.isEmpty() || scopes.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one window, headline and scope");
        }
    }
}
