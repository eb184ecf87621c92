package org.callup.viz.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.callup.model.observe.Metric;
import org.callup.viz.charts.RunHistory.PostRef;

/**
 * Which border posts a chart names, and in which colour. A score of twenty posts is unreadable as twenty lines, so
 * charts show the busiest few and sum the rest. A post keeps its colour (chosen by its place in the scenario) while
 * the busiest change during a live run.
 */
final class PostSelection {
    static final Color OTHERS = new Color(0x99, 0x99, 0x99);
    private static final Color[] PALETTE = {
        new Color(0x1F77B4), new Color(0xD62728), new Color(0x2CA02C), new Color(0xFF7F0E), new Color(0x9467BD),
        new Color(0x8C564B), new Color(0xE377C2), new Color(0x17BECF), new Color(0xBCBD22), new Color(0x393B79),
        new Color(0xAD494A), new Color(0x637939), new Color(0x8C6D31), new Color(0x7B4173), new Color(0x3182BD),
        new Color(0xE6550D), new Color(0x31A354), new Color(0x756BB1), new Color(0x636363), new Color(0xD6616B),
        new Color(0x6B6ECF),
    };

    private PostSelection() {}

    /** The {@code k} posts with the most crossings so far (ties: the longest wait, then scenario order). */
    static List<PostRef> busiest(RunHistory h, int k) {
        List<PostRef> posts = h.posts();
        List<Integer> order = new ArrayList<>();
        double[] crossings = new double[posts.size()];
        double[] wait = new double[posts.size()];
        for (int i = 0; i < posts.size(); i++) {
            order.add(i);
            crossings[i] = sum(h.series(Metric.CROSSINGS_OUT, posts.get(i).scope()));
            wait[i] = max(h.series(Metric.QUEUE_WAIT_HOURS, posts.get(i).scope()));
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -crossings[i])
                .thenComparingDouble(i -> -wait[i])
                .thenComparingInt(i -> i));
        List<PostRef> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, order.size()); i++) {
            out.add(posts.get(order.get(i)));
        }
        return out;
    }

    static Color colour(RunHistory h, PostRef post) {
        int i = h.posts().indexOf(post);
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                s += x;
            }
        }
        return s;
    }

    static double max(double[] v) {
        double m = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                m = Math.max(m, x);
            }
        }
        return m;
    }
}
