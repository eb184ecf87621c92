package org.callup.model.sim;

import org.callup.model.border.BorderPosts;
import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Population;
import org.callup.model.citizens.Traits;
import org.callup.model.params.DecisionParams;
import org.callup.model.params.PostMode;

/**
 * A citizen's choice when he reconsiders (or receives a summons): a random-utility (multinomial logit) choice
 * among staying put (ignoring a summons, if he holds one), complying (only with a summons), hiding and fleeing
 * (protest is Epstein's threshold rule, apart from this choice: {@link Activation}). Fleeing is a nest whose utility is the log-sum over the routes he can use, and the route is then
 * drawn in proportion to exp(route utility). Terms (docs/ODD.md, "Decisions"):
 * <pre>
 *   U_stay    = -betaRisk ra R
 *   U_comply  = ascComply - betaAttitude aw                                  (summoned men only)
 *   U_hide    = ascHide + betaAttitude aw - betaRisk ra R h
 *   U_flee    = ascFlee + betaAttitude aw + ln sum_p exp(V_p)
 *   V_p       = -betaCost (price_p + livingCost) / income - betaWait wait_p - betaDistance dist_p - betaBorderRisk ra B_p
 * </pre>
 * R is the perceived risk of being caught (1 with a summons, else targeting weight times alarm), h the share of
 * the hunting channels that reach hidden men, B_p the risk at the post (1 if he holds a summons or travel ban and
 * the post turns such men back, his targeting weight if the post serves summons in the queue). A route is usable
 * only if his savings and a month's income pay its fare and a month of living abroad, so that leaving weighs on the
 * poor twice: fewer can, and those who can pay more of their income; an air route only if a seat is free within
 * the booking horizon, its wait being the time to that seat.
 */
final class Decision {
    static final int STAY = 0;
    static final int COMPLY = 1;
    static final int HIDE = 2;
    static final int FLEE = 3;
    private static final int CHOICES = 4;

    /**
     * Doubles of padding before and after each scratch array: the two workers' decision makers are allocated one
     * after the other and write their scratch on every decision, which must not share a cache line.
     */
    private static final int PAD = 8;

    private final Population pop;
    private final int posts;
    private final double[] route;
    private final double[] u = new double[PAD + CHOICES + PAD];
    @SuppressWarnings("unused")
    private long p0, p1, p2, p3, p4, p5, p6, p7;
    /** Route chosen by the last decision to flee. */
    int chosenPost;

    @SuppressWarnings("unused")
    private long q0, q1, q2, q3, q4, q5, q6, q7;

    Decision(Population pop, int posts) {
        this.pop = pop;
        this.posts = Math.max(1, posts);
        this.route = new double[PAD + this.posts + PAD];
    }

    /**
     * Decides for citizen i of region r.
     *
     * @param tiesSummoned how many of his ties hold a summons or have been taken ({@link #summonedTies})
     * @param targetWeight his targeting weight including errors (for the risk he perceives)
     * @param summoned     whether he holds a summons
     */
    int choose(DayContext ctx, int i, int r, int tiesSummoned, double targetWeight, boolean summoned) {
        DecisionParams dp = ctx.dp;
        double aw = Traits.unit(pop.antiWar[i]);
        double ra = Traits.unit(pop.riskAversion[i]);
        double alarm = Math.min(1, ctx.alarm + ctx.tieFearPerTie * tiesSummoned);
        double risk = summoned ? 1.0 : targetWeight * alarm;

        u[PAD + STAY] = -dp.betaRisk() * ra * risk;
        u[PAD + COMPLY] = summoned ? dp.ascComply() - dp.betaAttitude() * aw : Double.NEGATIVE_INFINITY;
        u[PAD + HIDE] = dp.ascHide() + dp.betaAttitude() * aw - dp.betaRisk() * ra * risk * ctx.hideRisk;
        double logsum = routes(ctx, i, r, ra, targetWeight, summoned);
        u[PAD + FLEE] =
                Double.isInfinite(logsum) ? Double.NEGATIVE_INFINITY : dp.ascFlee() + dp.betaAttitude() * aw + logsum;

        int choice = pick(u, PAD, CHOICES, Rng.uniform(ctx.seed, ctx.day, i, Streams.CHOICE));
        if (choice == FLEE) {
            chosenPost = pick(route, PAD, posts, Rng.uniform(ctx.seed, ctx.day, i, Streams.ROUTE));
        }
        return choice;
    }

    /** Log-sum of the route utilities; fills {@link #route} with them (-inf for routes he cannot use). */
    private double routes(DayContext ctx, int i, int r, double ra, double targetWeight, boolean summoned) {
        DecisionParams dp = ctx.dp;
        Routes routes = ctx.routes;
        BorderPosts.Perceived seen = routes.perceived();
        double[] price = routes.price();
        double income = Traits.incomeRub(pop.income[i]);
        double means = Traits.savingsRub(pop.savings[i]) + income;
        boolean car = pop.has(i, Traits.CAR);
        boolean otherGrounds = (pop.occupation[i] & Traits.OTHER_VISA_GROUNDS) != 0;
        boolean visa = (pop.occupation[i] & Traits.HOLDS_VISA) != 0;
        boolean flagged = summoned || pop.marked(i, Traits.TRAVEL_BAN);
        double living = ctx.params.borders().livingCostAbroadRubPerMonth();
        double[] seatLead = routes.seatLeadHours();
        double max = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < posts; p++) {
            route[PAD + p] = Double.NEGATIVE_INFINITY;
            boolean air = routes.mode()[p] == PostMode.AIR;
            if (p >= price.length
                    || !seen.open()[p]
                    || price[p] + living > means
                    || (air && Double.isInfinite(seatLead[p]))
                    || (seen.visaRefused()[p] && !otherGrounds)
                    || (seen.visaRequired()[p] && !visa)
                    || (routes.mode()[p] == PostMode.ROAD && !car && !seen.footAllowed()[p])) {
                continue;
            }
            double borderRisk = flagged && seen.turnBack()[p] ? 1.0 : seen.queueSummons()[p] ? targetWeight : 0.0;
            double waitHours = air ? seatLead[p] : seen.waitHours()[p];
            route[PAD + p] = -dp.betaCostPerMonthIncome() * (price[p] + living) / income
                    - dp.betaWaitPerDay() * waitHours / 24.0
                    - dp.betaDistancePer1000Km() * routes.distance1000Km()[r][p]
                    - dp.betaBorderRisk() * ra * borderRisk;
            max = Math.max(max, route[PAD + p]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (int p = 0; p < posts; p++) {
            double v = route[PAD + p];
            if (v != Double.NEGATIVE_INFINITY) {
                sum += Math.exp(v - max);
            }
        }
        return max + Math.log(sum);
    }

    /** Ties who hold a summons or have been taken (read within the worker's own block: see Ties). */
    int summonedTies(DayContext ctx, int i, int from, int to) {
        int ties = ctx.params.population().tiesPerCitizen();
        int n = 0;
        for (int k = 0; k < ties; k++) {
            int j = org.callup.model.citizens.Ties.tie(i, from, to, k);
            if (j != i && isSummoned(pop, j)) {
                n++;
            }
        }
        return n;
    }

    static boolean isSummoned(Population pop, int j) {
        byte s = pop.state[j];
        return pop.marked(j, Traits.HOLDS_SUMMONS)
                || s == CitizenState.MOBILIZED.code
                || s == CitizenState.DEPLOYED.code
                || s == CitizenState.DETAINED.code
                || s == CitizenState.CONSCRIPTED.code;
    }

    /** Index k in [0, len) drawn with probability proportional to exp(v[from + k]), by inversion of uniform x. */
    static int pick(double[] v, int from, int len, double x) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < len; k++) {
            max = Math.max(max, v[from + k]);
        }
        double sum = 0;
        for (int k = 0; k < len; k++) {
            double e = v[from + k];
            sum += e == Double.NEGATIVE_INFINITY ? 0 : Math.exp(e - max);
        }
        double target = x * sum;
        double acc = 0;
        int last = 0;
        for (int k = 0; k < len; k++) {
            double e = v[from + k];
            if (e == Double.NEGATIVE_INFINITY) {
                continue;
            }
            acc += Math.exp(e - max);
            last = k;
            if (target < acc) {
                return k;
            }
        }
        return last;
    }
}
