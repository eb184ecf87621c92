package org.callup.model.sim;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.callup.model.border.BorderPosts;
import org.callup.model.citizens.CitizenState;
import org.callup.model.observe.Metric;
import org.callup.model.observe.ObservationSpace;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.Channel;
import org.callup.model.params.PostMode;
import org.callup.model.recruit.Commissariats;

/**
 * Turns the day's ledger and the posts' counters into the observation array: counts of simulated citizens times the
 * scale (real persons), per region and for the whole country; border figures per post, per destination country and
 * in total. Every applicable (metric, scope) pair gets a value; the others stay NaN.
 */
final class ObservationBuilder {
    /** The scope of the whole country in the {@link ObservationSpace}. */
    private static final int ALL = 0;

    /** Metrics counted per region in the ledger (flows). */
    private static final Metric[] REGION_FLOWS = Stream.of(
                    Stream.of(
                            Metric.MOBILIZED, Metric.EMIGRANTS, Metric.RETURNED_FROM_ABROAD, Metric.SUMMONS_DELIVERED),
                    Arrays.stream(Channel.values()).map(Metric::of),
                    Stream.of(
                            Metric.SUMMONS_MISTAKEN,
                            Metric.RAID_DETENTIONS,
                            Metric.TURNED_BACK,
                            Metric.GAVE_UP_QUEUE,
                            Metric.AIR_NO_SEAT,
                            Metric.PROTESTERS,
                            Metric.PROTEST_ARRESTS,
                            Metric.PROTEST_SUMMONSES,
                            Metric.OFFICE_ATTACKS,
                            Metric.MISTAKEN_DRAFTS_RETURNED,
                            Metric.DEFERRALS_GRANTED,
                            Metric.SUMMONS_LAPSED,
                            Metric.ESCAPES,
                            Metric.CONSCRIPTED,
                            Metric.MOBILIZED_WITHOUT_SERVICE,
                            Metric.DEPLOYMENTS,
                            Metric.MISTAKEN_RETURNED_UNFIT,
                            Metric.MISTAKEN_RETURNED_OVER_AGE,
                            Metric.MISTAKEN_RETURNED_FAMILY,
                            Metric.MISTAKEN_RETURNED_OCCUPATION,
                            Metric.MISTAKEN_RETURNED_STUDENT))
            .flatMap(m -> m)
            .toArray(Metric[]::new);

    /** Metrics that the ledger counts in events, not in simulated citizens: they are not multiplied by the scale. */
    private static final Metric COUNTED_IN_EVENTS = Metric.OFFICE_ATTACKS;

    /**
     * A post's figures of the day that add up over the posts of a destination country. Those with a metric are
     * published per post and per country under it; the others only feed other figures.
     */
    private enum PostFigure {
        EMIGRANTS(Metric.EMIGRANTS),
        CROSSINGS_OUT(Metric.CROSSINGS_OUT),
        QUEUE_LENGTH(Metric.QUEUE_LENGTH),
        TURNED_BACK(Metric.TURNED_BACK),
        GAVE_UP(Metric.GAVE_UP_QUEUE),
        NO_SEAT(Metric.AIR_NO_SEAT),
        SUMMONS_SERVED(Metric.SUMMONS_DELIVERED_BORDER),
        MEN_QUEUEING(Metric.STATE_QUEUEING),
        MEN_TRAVELLING(Metric.STATE_TRAVELLING),
        /** Persons a day the post can process, 0 when closed: the denominator of a country's wait. */
        CAPACITY(null);

        private static final PostFigure[] ALL_FIGURES = values();

        /** The metric the figure is published under, or null. */
        final Metric metric;

        PostFigure(Metric metric) {
            this.metric = metric;
        }
    }

    private final ObservationSpace space;

    ObservationBuilder(ObservationSpace space) {
        this.space = space;
    }

    double[] build(
            int scale,
            Ledger totals,
            long[] mobilizedCumulative,
            Commissariats offices,
            BorderPosts posts,
            long[] travellersByPost,
            List<BorderPostSpec> specs) {
        double[] v = new double[space.size()];
        Arrays.fill(v, Double.NaN);
        int regions = totals.regions();
        for (int r = 0; r < regions; r++) {
            citizens(v, space.regionScope(r), r, r + 1, scale, totals, mobilizedCumulative, offices);
        }
        citizens(v, ALL, 0, regions, scale, totals, mobilizedCumulative, offices);
        borders(v, scale, totals, posts, travellersByPost, specs);
        return v;
    }

    /** The citizen figures of {@code scope}, summed over the regions {@code [from, to)}. */
    private void citizens(
            double[] v,
            int scope,
            int from,
            int to,
            int scale,
            Ledger totals,
            long[] mobilizedCumulative,
            Commissariats offices) {
        for (Metric m : REGION_FLOWS) {
            long n = 0;
            for (int k = from; k < to; k++) {
                n += totals.flow(k, m);
            }
            set(v, m, scope, m == COUNTED_IN_EVENTS ? n : (double) n * scale);
        }
        for (CitizenState s : CitizenState.values()) {
            long n = 0;
            for (int k = from; k < to; k++) {
                n += totals.stock(k, s);
            }
            set(v, Metric.of(s), scope, (double) n * scale);
        }
        long cum = 0;
        double quota = 0;
        double capacity = 0;
        for (int k = from; k < to; k++) {
            cum += mobilizedCumulative[k];
            quota += offices.quota(k);
            capacity += offices.capacityPersons(k);
        }
        set(v, Metric.MOBILIZED_CUMULATIVE, scope, (double) cum * scale);
        set(v, Metric.QUOTA, scope, quota);
        set(v, Metric.SUMMONS_CAPACITY, scope, capacity);
        set(v, Metric.HIDING, scope, get(v, Metric.STATE_HIDING, scope));
        set(v, Metric.NOTIFIED, scope, get(v, Metric.STATE_NOTIFIED, scope));
        set(v, Metric.ABROAD, scope, get(v, Metric.STATE_ABROAD, scope));
    }

    /** One post's figure of the day. */
    private static double figure(
            PostFigure f, BorderPosts posts, int p, BorderPostSpec spec, int scale, long[] travellersByPost) {
        return switch (f) {
            case EMIGRANTS -> posts.emigrants(p);
            case CROSSINGS_OUT -> posts.crossingsOut(p);
            case QUEUE_LENGTH -> posts.queuePersons(p);
            case TURNED_BACK -> posts.turnedBack(p);
            case GAVE_UP -> posts.gaveUp(p);
            case NO_SEAT -> posts.noSeat(p);
            case SUMMONS_SERVED -> posts.summonsServed(p);
            case MEN_QUEUEING -> posts.queue(p).menCount() * (double) scale;
            case MEN_TRAVELLING -> travellersByPost[p] * (double) scale;
            case CAPACITY -> spec.open() ? spec.capacityPersonsPerDay() : 0;
        };
    }

    private void borders(
            double[] v,
            int scale,
            Ledger totals,
            BorderPosts posts,
            long[] travellersByPost,
            List<BorderPostSpec> specs) {
        int countries = space.countries().size();
        double[][] byCountry = new double[countries][PostFigure.ALL_FIGURES.length];
        double queueAll = 0;
        double capacityAll = 0;
        double fareSum = 0;
        int fares = 0;
        for (int p = 0; p < posts.count(); p++) {
            int scope = space.postScope(p);
            BorderPostSpec spec = specs.get(p);
            double[] row = new double[PostFigure.ALL_FIGURES.length];
            double[] country = byCountry[posts.countryOf(p)];
            for (PostFigure f : PostFigure.ALL_FIGURES) {
                row[f.ordinal()] = figure(f, posts, p, spec, scale, travellersByPost);
                if (f.metric != null) {
                    set(v, f.metric, scope, row[f.ordinal()]);
                }
                country[f.ordinal()] += row[f.ordinal()];
            }
            set(v, Metric.QUEUE_WAIT_HOURS, scope, posts.waitHours(p));
            set(v, Metric.AIR_PRICE_RUB, scope, posts.price(p));
            queueAll += row[PostFigure.QUEUE_LENGTH.ordinal()];
            capacityAll += row[PostFigure.CAPACITY.ordinal()];
            if (spec.mode() == PostMode.AIR && spec.open()) {
                fareSum += posts.price(p);
                fares++;
            }
        }
        double[] abroad = new double[countries];
        double[] returned = new double[countries];
        for (int p = 0; p < posts.count(); p++) {
            abroad[posts.countryOf(p)] += posts.abroad(p) * (double) scale;
            returned[posts.countryOf(p)] += totals.returnsVia(p) * (double) scale;
        }
        double crossingsAll = 0;
        for (int k = 0; k < countries; k++) {
            int scope = space.countryScope(k);
            double[] country = byCountry[k];
            for (PostFigure f : PostFigure.ALL_FIGURES) {
                if (f.metric != null) {
                    set(v, f.metric, scope, country[f.ordinal()]);
                }
            }
            set(
                    v,
                    Metric.QUEUE_WAIT_HOURS,
                    scope,
                    waitHours(country[PostFigure.QUEUE_LENGTH.ordinal()], country[PostFigure.CAPACITY.ordinal()]));
            set(v, Metric.ABROAD, scope, abroad[k]);
            set(v, Metric.STATE_ABROAD, scope, abroad[k]);
            set(v, Metric.RETURNED_FROM_ABROAD, scope, returned[k]);
            crossingsAll += country[PostFigure.CROSSINGS_OUT.ordinal()];
        }
        set(v, Metric.CROSSINGS_OUT, ALL, crossingsAll);
        set(v, Metric.QUEUE_LENGTH, ALL, queueAll);
        set(v, Metric.QUEUE_WAIT_HOURS, ALL, waitHours(queueAll, capacityAll));
        set(v, Metric.AIR_PRICE_RUB, ALL, fares > 0 ? fareSum / fares : 0);
    }

    /** The wait of a queue at a steady state: queue over daily capacity, in hours; 0 without capacity. */
    private static double waitHours(double queuePersons, double capacityPersonsPerDay) {
        return capacityPersonsPerDay > 0 ? queuePersons / capacityPersonsPerDay * 24 : 0;
    }

    private void set(double[] v, Metric m, int scope, double value) {
        if (space.applies(m, scope)) {
            v[space.index(m, scope)] = value;
        }
    }

    private double get(double[] v, Metric m, int scope) {
        return v[space.index(m, scope)];
    }
}
