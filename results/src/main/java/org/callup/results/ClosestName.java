package org.callup.results;

import java.util.Collection;

/** Finds the name a user most likely meant, for "did you mean" hints (Levenshtein distance). */
public final class ClosestName {
    private ClosestName() {
    }

    /** The closest candidate within a third of the name's length (at least 2 edits), or null. */
    public static String to(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Math.max(2, name.length() / 3) + 1;
        for (String c : candidates) {
            int d = distance(name, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** "; did you mean 'x'?" or nothing. */
    public static String hint(String name, Collection<String> candidates) {
        String c = to(name, candidates);
        return c == null ? "" : "; did you mean '" + c + "'?";
    }
}
