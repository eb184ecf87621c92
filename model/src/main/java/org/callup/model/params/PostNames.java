package org.callup.model.params;

import java.util.Locale;

/**
 * The one name a border post is shown by, in chart legends and in the descriptions of policy events alike. The
 * names of {@code border_posts.csv} are exact but long ("Upper Lars (RU) - Dariali/Larsi (GE)"); the display
 * name is the Russian side's part, before the first bracket, dash or comma ("Upper Lars"). Air routes, whose
 * names all start "Moscow - ", are named by their destination ("Flights to Turkey").
 */
public final class PostNames {
    private PostNames() {}

    /** The display name of a post. */
    public static String display(BorderPostSpec post) {
        return post.mode() == PostMode.AIR ? "Flights to " + post.destinationCountry() : shortName(post.name());
    }

    /**
     * The display name of the post with this id in a scenario, or a name made from the id ({@code upper_lars}
     * becomes {@code Upper lars}) when the scenario has no such post.
     */
    public static String display(Scenario scenario, String postId) {
        if (scenario != null && scenario.borders() != null) {
            for (BorderPostSpec p : scenario.borders().posts()) {
                if (p.id().equals(postId)) {
                    return display(p);
                }
            }
        }
        return fromId(postId);
    }

    /** The part of a post's name before its first bracket, dash or comma. */
    public static String shortName(String name) {
        String s = name.strip();
        for (String cut : new String[] {" (", " - ", " \u2013 ", ","}) {
            int i = s.indexOf(cut);
            if (i > 0) {
                s = s.substring(0, i);
            }
        }
        return s;
    }

    /** A readable name made from an id ({@code upper_lars} becomes {@code Upper lars}). */
    public static String fromId(String id) {
        String s = id.replace('_', ' ');
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
