package org.callup.scenarios;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean" hints: the valid name closest to a misspelt one by edit distance (Levenshtein, ignoring case), for
 * every file and name the program reads (scenarios, sweep and calibration files, targets tables, command lines).
 */
public final class Suggest {
    private Suggest() {}

    /** {@code "; did you mean 'x'?"} when a candidate is close enough to be the intended name, else "". */
    public static String didYouMean(String given, Collection<String> candidates) {
        String best = closest(given, candidates);
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

    /** The closest candidate, or null when none is within a third of the given name's length (at least 2 edits). */
    public static String closest(String given, Collection<String> candidates) {
        if (given == null) {
            return null;
        }
        String g = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(g, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        if (best == null) {
            return null;
        }
        int allowed = Math.max(2, g.length() / 3);
        return bestDistance <= allowed ? best : null;
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
                int substitute = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(substitute, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
