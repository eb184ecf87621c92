package org.callup.model.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Traits;
import org.callup.model.observe.Metric;
import org.callup.model.params.Channel;
import org.callup.model.params.ChannelParams;
import org.callup.model.params.DecisionParams;
import org.callup.model.params.ExemptionCategory;
import org.callup.model.params.RecruiterParams;
import org.callup.model.params.Scenario;
import org.callup.model.recruit.Commissariats;

/**
 * The citizen rules of the daily sweep (docs/ODD.md, sections 7.4 to 7.8 and 7.14), one row per rule: in which
 * state it applies, what happens ({@link Kind}), its daily rate and the state it leads to. A state's rows are laid
 * end to end in the order below on [0, 1): a man's uniform of the day picks at most one of them.
 *
 * <p>Once a day per region {@link #fill} evaluates every rate and writes the widths of the rows into one flat array
 * ({@link Day}): a state's bound is min(1, sum of its rates), and when the rates of a shrinking state add up to more
 * than 1, every width of the state is divided by that sum. The sums run in row order from 0, which is the order of
 * the formulas in the ODD; the sweep adds the widths in the same order when it finds a man's row, and dispatches on
 * the row's kind.
 *
 * <p>A row may require a mark ({@link Traits}): for a man without it the row is absent, and the rows after it start
 * where it would have started (a mobilized man who was not drafted by mistake cannot be sent home, and his escape
 * interval follows his deployment interval).
 */
final class TransitionTable {
    private TransitionTable() {}

    /** What the sweep does when a man's draw falls in a row ({@code CitizenSweep.happen} switches on it). */
    enum Kind {
        /** Served a summons by the row's channel, if his exposure and targeting weight allow; then he decides. */
        SUMMONS,
        /** Reconsiders his situation (thinned to his own alarm and summoned ties) and decides. */
        CONSIDER,
        /**
         * Applies for a deferral (thinned to his own alarm and summoned ties, as {@link #CONSIDER}) and obtains it, if
         * he is one the commissariats look for and one of his grounds granted on application is in force.
         */
        DEFER_ON_APPLICATION,
        /** Caught by the row's channel while ignoring a summons, if his exposure allows. */
        PURSUIT,
        /** Obtains a deferral, if one of his grounds is in force. */
        DEFER,
        /** Reconsiders ignoring his summons and decides. */
        RECONSIDER,
        /** His summons lapses, as his region's call-up is closed: back to normal life. */
        SUMMONS_LAPSES,
        /** Found in hiding by the row's channel: caught if he holds a summons and the channel detains, else served. */
        FOUND_IN_HIDING,
        /** Gives up hiding: notified if he holds a summons, else normal. */
        COME_BACK,
        /** Comes back from abroad (counted, and removed from his post's men abroad). */
        RETURN_FROM_ABROAD,
        /** Moves to the row's outcome and counts the row's metric, if any. */
        MOVE,
        /** Deployed to the combat zone, once his training has lasted its minimum. */
        DEPLOY,
        /** Sent home as a mistaken draft. */
        MISTAKE_RETURN,
        /** Reaches his post when his travel time has passed. */
        ARRIVE,
        /** Back to normal life if none of his grounds is in force any more. */
        GROUNDS_LAPSED,
        /** Mobilized, or deferred on appeal, when his detention ends. */
        DETENTION_ENDS,
        /** Released when his arrest ends. */
        ARREST_ENDS,
        /** Looks at Epstein's rule and turns active in protest if G - R P > T (ODD 7.13). */
        ACTIVATE,
        /** An active man: gives up at the quit rate or once G - R P > T fails, else stays in the street. */
        STAY_ACTIVE
    }

    /** The daily rate of a row, for region r and (for rows of a channel) sweep channel c. */
    @FunctionalInterface
    interface Rate {
        double of(Inputs in, int r, int c);
    }

    /**
     * One rule.
     *
     * @param channel   sweep channel index, or -1
     * @param requires  marks the man must hold for the row to exist for him ({@link Traits}), or 0
     * @param outcome   the state the rule leads to, or null where the man's choice or his marks decide
     * @param counts    the flow a {@link Kind#MOVE} counts, or null
     */
    record Row(
            CitizenState state, Kind kind, int channel, int requires, CitizenState outcome, Metric counts, Rate rate) {}

    /**
     * Whether a state's widths are divided by the sum of its rates when that exceeds 1. Not for the mobilized
     * (competing hazards), nor for the deferred and conscripts, whose first row takes every man on the day it applies
     * (lapsed grounds, a mistaken draft's release).
     */
    private static boolean shrinks(CitizenState s) {
        return s != CitizenState.MOBILIZED && s != CitizenState.DEFERRED && s != CitizenState.CONSCRIPTED;
    }

    private static final Channel[] SWEEP = Channel.sweepChannels();
    private static final List<Row> ROWS = rows();

    /** The rows of state s, in order. */
    static List<Row> rows(CitizenState s) {
        return ROWS.subList(FIRST[s.ordinal()], END[s.ordinal()]);
    }

    private static List<Row> rows() {
        List<Row> t = new ArrayList<>();
        // living normally (ODD 7.4, 7.9, 7.7): B = sum_c acceptance reach + consider + deferral
        for (int c = 0; c < SWEEP.length; c++) {
            t.add(row(
                    CitizenState.NORMAL,
                    Kind.SUMMONS,
                    c,
                    CitizenState.NOTIFIED,
                    (in, r, ch) -> in.acceptance(r, ch) * in.reach(ch)));
        }
        t.add(row(
                CitizenState.NORMAL,
                Kind.CONSIDER,
                -1,
                null,
                (in, r, c) -> in.dp().considerRatePerDay() * Math.min(1, in.alarm() + in.tieFear(r))));
        t.add(row(
                CitizenState.NORMAL,
                Kind.DEFER_ON_APPLICATION,
                -1,
                CitizenState.DEFERRED,
                (in, r, c) ->
                        in.onApplicationInForce() ? in.deferralRate(r) * Math.min(1, in.alarm() + in.tieFear(r)) : 0));
        // holding a summons (ODD 7.2, 7.6, 7.7, 7.9): in a closed call-up the summons lapses; in an open one
        // B = sum_c pursuit reach + deferral + reconsideration
        t.add(row(
                CitizenState.NOTIFIED,
                Kind.SUMMONS_LAPSES,
                -1,
                CitizenState.NORMAL,
                (in, r, c) -> in.offices().closed(r) ? 1 : 0));
        for (int c = 0; c < SWEEP.length; c++) {
            t.add(row(
                    CitizenState.NOTIFIED,
                    Kind.PURSUIT,
                    c,
                    CitizenState.DETAINED,
                    (in, r, ch) -> in.pursuit(r, ch) * in.reach(ch)));
        }
        t.add(row(CitizenState.NOTIFIED, Kind.DEFER, -1, CitizenState.DEFERRED, (in, r, c) -> in.deferralRate(r)));
        t.add(row(
                CitizenState.NOTIFIED,
                Kind.RECONSIDER,
                -1,
                null,
                (in, r, c) -> in.offices().closed(r) ? 0 : in.dp().notifiedReconsiderRatePerDay()));
        // hiding (ODD 7.4, 7.6, 7.14): B = sum_c acceptance reach reachHiding + hideReturn
        for (int c = 0; c < SWEEP.length; c++) {
            t.add(row(
                    CitizenState.HIDING,
                    Kind.FOUND_IN_HIDING,
                    c,
                    null,
                    (in, r, ch) -> in.acceptance(r, ch) * in.reach(ch) * in.reachHiding(ch)));
        }
        t.add(row(
                CitizenState.HIDING,
                Kind.COME_BACK,
                -1,
                null,
                (in, r, c) -> Math.min(1, in.dp().hideReturnRatePerDay() * in.returnBoost())));
        // travelling (ODD 7.11): looked at every day until his travel time has passed
        t.add(row(CitizenState.TRAVELLING, Kind.ARRIVE, -1, CitizenState.QUEUEING, (in, r, c) -> 1));
        // abroad (ODD 7.14)
        t.add(row(
                CitizenState.ABROAD,
                Kind.RETURN_FROM_ABROAD,
                -1,
                null,
                (in, r, c) -> Returns.bound(in.dp(), in.params().borders(), in.returnBoost())));
        // mobilized (ODD 7.8): competing daily hazards, not shrunk; deployment only after the minimum training
        t.add(new Row(
                CitizenState.MOBILIZED,
                Kind.DEPLOY,
                -1,
                0,
                CitizenState.DEPLOYED,
                Metric.DEPLOYMENTS,
                (in, r, c) ->
                        1.0 / Math.max(1, in.rp().trainingMeanDays() - in.rp().trainingMinDays())));
        t.add(new Row(
                CitizenState.MOBILIZED,
                Kind.MISTAKE_RETURN,
                -1,
                Traits.MISTAKEN,
                CitizenState.RETURNED,
                null,
                (in, r, c) -> in.rp().mistakeReturnShare() / in.rp().mistakeReturnMeanDays()));
        t.add(new Row(
                CitizenState.MOBILIZED,
                Kind.MOVE,
                -1,
                0,
                CitizenState.HIDING,
                Metric.ESCAPES,
                (in, r, c) -> in.rp().escapeRatePerDay()));
        // deferred (ODD 7.7): every man looked at on a day an exemption is removed; otherwise he reconsiders like a
        // man living normally, at the lower risk of a man whose grounds are in force
        t.add(row(
                CitizenState.DEFERRED,
                Kind.GROUNDS_LAPSED,
                -1,
                CitizenState.NORMAL,
                (in, r, c) -> in.removedMask() != 0 ? 1 : 0));
        t.add(row(
                CitizenState.DEFERRED,
                Kind.CONSIDER,
                -1,
                null,
                (in, r, c) -> in.dp().considerRatePerDay() * Math.min(1, in.alarm() + in.tieFear(r))));
        // conscripts (ODD 7.8): serve out the run; one drafted by mistake may be sent home
        t.add(new Row(
                CitizenState.CONSCRIPTED,
                Kind.MISTAKE_RETURN,
                -1,
                Traits.MISTAKEN,
                CitizenState.RETURNED,
                null,
                (in, r, c) -> in.rp().mistakeReturnShare() / in.rp().mistakeReturnMeanDays()));
        // detained and arrested (ODD 7.6, 7.13): looked at every day until the term ends
        t.add(row(CitizenState.DETAINED, Kind.DETENTION_ENDS, -1, CitizenState.MOBILIZED, (in, r, c) -> 1));
        t.add(row(CitizenState.ARRESTED, Kind.ARREST_ENDS, -1, null, (in, r, c) -> 1));
        // protest (ODD 7.13): men living normally, holding a summons or deferred look at Epstein's rule, thinned to
        // their attention as they reconsider (national alarm and the fear of summoned ties); an active man is looked
        // at every day
        for (CitizenState s : List.of(CitizenState.NORMAL, CitizenState.NOTIFIED, CitizenState.DEFERRED)) {
            t.add(row(
                    s,
                    Kind.ACTIVATE,
                    -1,
                    CitizenState.ACTIVE,
                    (in, r, c) ->
                            in.params().protest().activationRatePerDay() * Math.min(1, in.alarm() + in.tieFear(r))));
        }
        t.add(row(CitizenState.ACTIVE, Kind.STAY_ACTIVE, -1, null, (in, r, c) -> 1));
        t.sort((a, b) -> Integer.compare(a.state().ordinal(), b.state().ordinal()));
        return Collections.unmodifiableList(t);
    }

    private static Row row(CitizenState s, Kind kind, int channel, CitizenState outcome, Rate rate) {
        return new Row(s, kind, channel, 0, outcome, null, rate);
    }

    /** How many rows; a region's widths take this many slots of {@link Day#width}. */
    static final int COUNT = ROWS.size();
    /** Rows [FIRST[s], END[s]) are those of state s. */
    static final int[] FIRST = new int[CitizenState.count()];

    static final int[] END = new int[CitizenState.count()];
    /** Columns of the rows as arrays, for the sweep. */
    static final Kind[] KIND = new Kind[COUNT];

    static final int[] CHANNEL = new int[COUNT];
    static final int[] REQUIRES = new int[COUNT];
    static final CitizenState[] OUTCOME = new CitizenState[COUNT];
    static final Metric[] COUNTS = new Metric[COUNT];

    static {
        java.util.Arrays.fill(FIRST, COUNT);
        for (int k = COUNT - 1; k >= 0; k--) {
            Row row = ROWS.get(k);
            int s = row.state().ordinal();
            FIRST[s] = k;
            END[s] = Math.max(END[s], k + 1);
            KIND[k] = row.kind();
            CHANNEL[k] = row.channel();
            REQUIRES[k] = row.requires();
            OUTCOME[k] = row.outcome();
            COUNTS[k] = row.counts();
        }
        for (int s = 0; s < FIRST.length; s++) {
            END[s] = Math.max(END[s], FIRST[s]);
        }
    }

    /**
     * What the rates read: today's parameters, the commissariats' lotteries, national alarm, where summons have been
     * served, and the exemption masks in force today and removed since yesterday.
     */
    record Inputs(
            Scenario params,
            Commissariats offices,
            double alarm,
            boolean[] summonsInRegion,
            int activeMask,
            int removedMask) {
        RecruiterParams rp() {
            return params.recruiters();
        }

        DecisionParams dp() {
            return params.decisions();
        }

        ChannelParams channel(int c) {
            return rp().channels().get(SWEEP[c]);
        }

        double acceptance(int r, int c) {
            return offices.acceptance(r, c);
        }

        double pursuit(int r, int c) {
            return offices.pursuit(r, c);
        }

        double reach(int c) {
            return channel(c).reach();
        }

        double reachHiding(int c) {
            return channel(c).reachHiding();
        }

        /** tieFear once any man of the region has been summoned, else 0 (the bound for every man's ties). */
        double tieFear(int r) {
            return summonsInRegion[r] ? dp().tieFear() : 0;
        }

        /** deferralRatePerDay while region r's call-up is open, else 0. */
        double deferralRate(int r) {
            return offices.closed(r) ? 0 : rp().deferralRatePerDay();
        }

        /** Whether a category granted on application is in force (lists from employers and universities). */
        boolean onApplicationInForce() {
            return (activeMask & ExemptionCategory.ON_APPLICATION_MASK) != 0;
        }

        /** returnBoostAfterEnd while no mobilization is in force ({@link Returns#boost}), else 1. */
        double returnBoost() {
            return Returns.boost(offices, params);
        }
    }

    /**
     * The table evaluated for one day: per region and state the bound and the shrink factor
     * ({@code [region * states + state]}), and per region and row the width ({@code [region * COUNT + row]}).
     */
    static final class Day {
        final double[] bound;
        final double[] shrink;
        final double[] width;

        private Day(int regions) {
            bound = new double[regions * CitizenState.count()];
            shrink = new double[regions * CitizenState.count()];
            width = new double[regions * COUNT];
        }
    }

    /** Evaluates every row's rate for every region. */
    static Day fill(Inputs in, int regions) {
        Day d = new Day(regions);
        int states = CitizenState.count();
        double[] rate = new double[COUNT];
        for (int r = 0; r < regions; r++) {
            for (int s = 0; s < states; s++) {
                double sum = 0;
                for (int k = FIRST[s]; k < END[s]; k++) {
                    rate[k] = ROWS.get(k).rate().of(in, r, CHANNEL[k]);
                    sum += rate[k];
                }
                double shrink = shrinks(CitizenState.values()[s]) && sum > 1 ? 1 / sum : 1;
                d.bound[r * states + s] = Math.min(1, sum);
                d.shrink[r * states + s] = shrink;
                for (int k = FIRST[s]; k < END[s]; k++) {
                    d.width[r * COUNT + k] = rate[k] * shrink;
                }
            }
        }
        return d;
    }
}
