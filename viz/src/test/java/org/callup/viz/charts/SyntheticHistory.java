package org.callup.viz.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.callup.model.citizens.CitizenState;
import org.callup.model.observe.Metric;

/**
 * A made-up run with the shapes of 2022 (a mobilization that fills its quota in five weeks, an exodus peaking in the
 * first week, long queues at a few posts), so chart tests have something to draw without running the model.
 */
class SyntheticHistory implements RunHistory {
    static final LocalDate START = LocalDate.of(2022, 9, 21);
    private final int days;
    private final int postCount;

    SyntheticHistory(int days, int postCount) {
        this.days = days;
        this.postCount = postCount;
    }

    @Override
    public String caption() {
        return "synthetic, seed 1";
    }

    @Override
    public List<LocalDate> dates() {
        List<LocalDate> out = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            out.add(START.plusDays(d));
        }
        return out;
    }

    @Override
    public double[] series(Metric m, String scope) {
        double[] v = new double[days];
        int post = scope.startsWith("post:p") ? Integer.parseInt(scope.substring(6)) : -1;
        if (scope.startsWith("post:") && (post < 0 || post >= postCount)) {
            Arrays.fill(v, Double.NaN);
            return v;
        }
        for (int d = 0; d < days; d++) {
            double rise = 1 / (1 + Math.exp(-(d - 14) / 4.0));
            double wave = Math.exp(-Math.pow((d - 6) / 5.0, 2));
            double weight = post < 0 ? postCount / 2.0 : 1.0 / (1 + post);
            v[d] = switch (m) {
                case MOBILIZED_CUMULATIVE -> 300_000 * rise;
                case QUOTA -> 300_000;
                case ABROAD, STATE_ABROAD -> 320_000 * Math.min(1, d / 12.0);
                case CROSSINGS_OUT -> 40_000 * wave * weight;
                case QUEUE_WAIT_HOURS -> 48 * wave * weight;
                case PROTESTERS -> 5_000 * wave;
                case PROTEST_ARRESTS -> 1_200 * wave;
                case PROTEST_SUMMONSES -> 500 * wave;
                case OFFICE_ATTACKS -> d % 3 == 0 && d < 20 ? 2 + d % 2 : 0;
                case STATE_NORMAL -> 24_000_000;
                default -> m.state() != null && m.state() != CitizenState.NORMAL ? 20_000 * rise : 0;
            };
        }
        return v;
    }

    @Override
    public List<PostRef> posts() {
        List<PostRef> out = new ArrayList<>();
        for (int p = 0; p < postCount; p++) {
            out.add(new PostRef("p" + p, "Post number " + p));
        }
        return out;
    }

    @Override
    public List<MarkedEvent> events() {
        return List.of(
                new MarkedEvent(START, "Partial mobilization announced"),
                new MarkedEvent(START.plusDays(2), "IT, banking and state media exempt"),
                new MarkedEvent(START.plusDays(5), "Upper Lars opens to pedestrians"),
                new MarkedEvent(START.plusDays(9), "Finland refuses tourist visas"),
                new MarkedEvent(START.plusDays(37), "Mobilization declared complete"));
    }
}
