package org.callup.viz.charts;

import java.util.Locale;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.PostMode;

/**
 * Short names of border posts for legends. The scenario's names are exact but long ("Verkhny Lars (RU) -
 * Dariali/Larsi (GE)"); a legend needs the Russian side's name only.
 */
public final class PostLabels {
    private static final int MAX = 24;

    private PostLabels() {
    }

    /** A post's legend label: its short name, or "Flights to ..." for an air route (their names all start "Moscow"). */
    public static String of(BorderPostSpec post) {
        return post.mode() == PostMode.AIR ? "Flights to " + post.destinationCountry() : shortName(post.name());
    }

    /** The part of a post's name before its first bracket or dash, at most {@value #MAX} characters. */
    public static String shortName(String name) {
        String s = name.strip();
        for (String cut : new String[] {" (", " - ", " \u2013 ", ","}) {
            int i = s.indexOf(cut);
            if (i > 0) {
                s = s.substring(0, i);
            }
        }
        return s.length() > MAX ? s.substring(0, MAX - 1).strip() + "\u2026" : s;
    }

    /** A readable name made from an id ({@code upper_lars} becomes {@code Upper lars}) when no name is known. */
    public static String fromId(String id) {
        String s = id.replace('_', ' ');
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
