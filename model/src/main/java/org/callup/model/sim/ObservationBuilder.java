package org.callup.model.sim;

import java.util.Arrays;
import java.util.List;
import org.callup.model.border.BorderPosts;
import org.callup.model.citizens.CitizenState;
import org.callup.model.observe.Metric;
import org.callup.model.observe.ObservationSpace;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.PostMode;
import org.callup.model.recruit.Commissariats;

/**
 * Turns the day's ledger and the posts' counters into the observation array: counts of simulated citizens times the
 * scale (real persons), per region and for the whole country; border figures per post, per destination country and
 * in total. Every applicable (metric, scope) pair gets a value; the others stay NaN.
 */
final class ObservationBuilder {
    /** Metrics counted per region in the ledger (flows). */
    private static final Metric[] REGION_FLOWS = {
        Metric.MOBILIZED, Metric.EMIGRANTS, Metric.RETURNED_FROM_ABROAD, Metric.SUMMONS_DELIVERED,
        Metric.SUMMONS_DELIVERED_ADDRESS, Metric.SUMMONS_DELIVERED_WORKPLACE, Metric.SUMMONS_DELIVERED_RAID,
        Metric.SUMMONS_DELIVERED_FACIAL, Metric.SUMMONS_DELIVERED_ELECTRONIC, Metric.SUMMONS_DELIVERED_BORDER,
        Metric.SUMMONS_MISTAKEN, Metric.RAID_DETENTIONS, Metric.TURNED_BACK, Metric.PROTESTERS, Metric.PROTEST_ARRESTS,
        Metric.OFFICE_ATTACKS, Metric.MISTAKEN_DRAFTS_RETURNED, Metric.DEFERRALS_GRANTED, Metric.ESCAPES};

    private final ObservationSpace space;

    ObservationBuilder(ObservationSpace space) {
        this.space = space;
    }

    double[] build(int scale, Ledger totals, long[] mobilizedCumulative, Commissariats offices, BorderPosts posts,
                   long[] travellersByPost, List<BorderPostSpec> specs) {
        double[] v = new double[space.size()];
        Arrays.fill(v, Double.NaN);
        int regions = totals.regions();
        for (int r = 0; r <= regions; r++) {
            int scope = r < regions ? space.regionScope(r) : 0;
            for (Metric m : REGION_FLOWS) {
                long n = 0;
                for (int k = r < regions ? r : 0; k < (r < regions ? r + 1 : regions); k++) {
                    n += totals.flow(k, m);
                }
                set(v, m, scope, m == Metric.OFFICE_ATTACKS ? n : (double) n * scale);
            }
            for (CitizenState s : CitizenState.values()) {
                long n = 0;
                for (int k = r < regions ? r : 0; k < (r < regions ? r + 1 : regions); k++) {
                    n += totals.stock(k, s);
                }
                set(v, Metric.of(s), scope, (double) n * scale);
            }
            long cum = 0;
            double quota = 0;
            double capacity = 0;
            for (int k = r < regions ? r : 0; k < (r < regions ? r + 1 : regions); k++) {
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
        borders(v, scale, totals, posts, travellersByPost, specs);
        return v;
    }

    private void borders(double[] v, int scale, Ledger totals, BorderPosts posts, long[] travellersByPost,
                         List<BorderPostSpec> specs) {
        int countries = space.countries().size();
        double[][] c = new double[countries][8];
        double queueAll = 0;
        double capacityAll = 0;
        double fareSum = 0;
        int fares = 0;
        for (int p = 0; p < posts.count(); p++) {
            int scope = space.postScope(p);
            BorderPostSpec spec = specs.get(p);
            double queuedMen = posts.queues[p].menCount() * (double) scale;
            double[] row = {posts.emigrants[p], posts.crossingsOut[p], posts.queuePersons[p], posts.turnedBack[p],
                posts.summonsServed[p], queuedMen, travellersByPost[p] * (double) scale,
                spec.open() ? spec.capacityPersonsPerDay() : 0};
            set(v, Metric.EMIGRANTS, scope, row[0]);
            set(v, Metric.CROSSINGS_OUT, scope, row[1]);
            set(v, Metric.QUEUE_LENGTH, scope, row[2]);
            set(v, Metric.QUEUE_WAIT_HOURS, scope, posts.waitHours[p]);
            set(v, Metric.TURNED_BACK, scope, row[3]);
            set(v, Metric.SUMMONS_DELIVERED_BORDER, scope, row[4]);
            set(v, Metric.STATE_QUEUEING, scope, row[5]);
            set(v, Metric.STATE_TRAVELLING, scope, row[6]);
            set(v, Metric.AIR_PRICE_RUB, scope, posts.price[p]);
            int k = posts.countryOf[p];
            for (int j = 0; j < row.length; j++) {
                c[k][j] += row[j];
            }
            queueAll += row[2];
            capacityAll += row[7];
            if (spec.mode() == PostMode.AIR && spec.open()) {
                fareSum += posts.price[p];
                fares++;
            }
        }
        double[] abroad = new double[countries];
        double[] returned = new double[countries];
        for (int p = 0; p < posts.count(); p++) {
            abroad[posts.countryOf[p]] += posts.abroad[p] * (double) scale;
            returned[posts.countryOf[p]] += totals.returnsVia(p) * (double) scale;
        }
        double crossingsAll = 0;
        for (int k = 0; k < countries; k++) {
            int scope = space.countryScope(k);
            set(v, Metric.EMIGRANTS, scope, c[k][0]);
            set(v, Metric.CROSSINGS_OUT, scope, c[k][1]);
            set(v, Metric.QUEUE_LENGTH, scope, c[k][2]);
            set(v, Metric.QUEUE_WAIT_HOURS, scope, c[k][7] > 0 ? c[k][2] / c[k][7] * 24 : 0);
            set(v, Metric.TURNED_BACK, scope, c[k][3]);
            set(v, Metric.SUMMONS_DELIVERED_BORDER, scope, c[k][4]);
            set(v, Metric.STATE_QUEUEING, scope, c[k][5]);
            set(v, Metric.STATE_TRAVELLING, scope, c[k][6]);
            set(v, Metric.ABROAD, scope, abroad[k]);
            set(v, Metric.STATE_ABROAD, scope, abroad[k]);
            set(v, Metric.RETURNED_FROM_ABROAD, scope, returned[k]);
            crossingsAll += c[k][1];
        }
        set(v, Metric.CROSSINGS_OUT, 0, crossingsAll);
        set(v, Metric.QUEUE_LENGTH, 0, queueAll);
        set(v, Metric.QUEUE_WAIT_HOURS, 0, capacityAll > 0 ? queueAll / capacityAll * 24 : 0);
        set(v, Metric.AIR_PRICE_RUB, 0, fares > 0 ? fareSum / fares : 0);
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
