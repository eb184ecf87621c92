package org.callup.model.sim;

import org.callup.model.border.BorderPosts;
import org.callup.model.citizens.CitizenState;
import org.callup.model.citizens.Population;
import org.callup.model.citizens.Ties;
import org.callup.model.citizens.Traits;
import org.callup.model.params.DecisionParams;
import org.callup.model.params.PostMode;

/**
 * A citizen's choice when he reconsiders (or receives a summons): a random-utility (multinomial logit) choice
 * among staying put (ignoring a summons, if he holds one), complying (only with a summons), hiding and fleeing
 * (protest is Epstein's threshold rule, apart from this choice: {@link Activation}). Fleeing is a nest whose utility
 * is the log-sum over the destinations he can reach, each destination country a nest of the routes to it (nest scale
 * {@code destinationNestScale}; 1: every route on its own), and the route is then drawn by the nested logit's
 * probabilities. Terms (docs/ODD.md, "Decisions"):
 * <pre>
 *   U_stay    = -betaRisk ra R
 *   U_comply  = ascComply - betaAttitude aw                                  (summoned men only)
 *   U_hide    = ascHide + betaAttitude aw - betaRisk ra R h
 *   U_flee    = ascFlee + betaAttitude aw + ln sum_p exp(V_p)
 *   V_p       = -betaCost (price_p + livingCost) / income - betaWait wait_p - betaDistance dist_p - betaBorderRisk ra B_p
 *               - betaShortStay max(0, 1 - stayLimit_p / 365)
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
    /** Per destination country: the largest route utility, then the sum of exp((V - max) / nest scale). */
    private final double[] nestMax;

    private final double[] nestSum;
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
        this.nestMax = new double[PAD + this.posts + PAD];
        this.nestSum = new double[PAD + this.posts + PAD];
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
        java.util.List<org.callup.model.params.BorderPostSpec> stays =
                ctx.params.borders().posts();
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
                    || (routes.mode()[p] == PostMode.ROAD && !routes.drives(p, r, car) && !seen.footAllowed()[p])) {
                continue;
            }
            double borderRisk = flagged && seen.turnBack()[p] ? 1.0 : seen.queueSummons()[p] ? targetWeight : 0.0;
            double waitHours = air ? seatLead[p] : seen.waitHours()[p];
            route[PAD + p] = -dp.betaCostPerMonthIncome() * (price[p] + living) / income
                    - dp.betaWaitPerDay() * waitHours / 24.0
                    - dp.betaDistancePer1000Km() * routes.distance1000Km()[r][p]
                    - dp.betaBorderRisk() * ra * borderRisk
                    - dp.betaShortStay() * shortStay(stays.get(p).stayLimitDays());
            max = Math.max(max, route[PAD + p]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        if (dp.destinationNestScale() < 1) {
            return nested(routes.countryOf(), dp.destinationNestScale());
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

    /** Share of a year a destination does not let a Russian stay without a permit (0 for no limit). */
    static double shortStay(int stayLimitDays) {
        return stayLimitDays <= 0 ? 0 : Math.max(0, 1 - stayLimitDays / 365.0);
    }

    /**
     * The route choice as a nested logit (docs/ODD.md, section 7.10): a man chooses a destination country by its
     * inclusive value, U_c = lambda ln sum_{p in c} exp(V_p / lambda), then a post to it with probability
     * exp(V_p / lambda) / sum_{q in c} exp(V_q / lambda). Rewrites {@link #route} with log P(p) plus the returned
     * log-sum over countries, ln sum_c exp(U_c), which is the utility of fleeing; with lambda = 1 both are those of
     * the flat choice.
     */
    private double nested(int[] countryOf, double lambda) {
        for (int p = 0; p < posts; p++) {
            nestMax[PAD + p] = Double.NEGATIVE_INFINITY;
            nestSum[PAD + p] = 0;
        }
        for (int p = 0; p < posts; p++) {
            double v = route[PAD + p];
            int c = PAD + countryOf[p];
            nestMax[c] = Math.max(nestMax[c], v);
        }
        for (int p = 0; p < posts; p++) {
            double v = route[PAD + p];
            if (v != Double.NEGATIVE_INFINITY) {
                int c = PAD + countryOf[p];
                nestSum[c] += Math.exp((v - nestMax[c]) / lambda);
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int c = PAD; c < PAD + posts; c++) {
            if (nestMax[c] != Double.NEGATIVE_INFINITY) {
                // the country's utility U_c, kept in nestSum; its inclusive value I_c = U_c / lambda
                nestSum[c] = nestMax[c] + lambda * Math.log(nestSum[c]);
                max = Math.max(max, nestSum[c]);
            }
        }
        double sum = 0;
        for (int c = PAD; c < PAD + posts; c++) {
            if (nestMax[c] != Double.NEGATIVE_INFINITY) {
                sum += Math.exp(nestSum[c] - max);
            }
        }
        double logsum = max + Math.log(sum);
        for (int p = 0; p < posts; p++) {
            double v = route[PAD + p];
            if (v != Double.NEGATIVE_INFINITY) {
                double u = nestSum[PAD + countryOf[p]];
                route[PAD + p] = u + (v - u) / lambda;
            }
        }
        return logsum;
    }

    /**
     * Ties who hold a summons or have been taken (read within the worker's own block: see Ties). The ties are those of
     * {@link Ties#tie}; their offsets within the block are the same for every man of it, so they are worked out once
     * per block ({@link #steps}) rather than once per man, and a tie is counted without a branch ({@link #TAKEN}).
     */
    int summonedTies(DayContext ctx, int i, int from, int to) {
        int ties = ctx.params.population().tiesPerCitizen();
        int n = to - from;
        if (n <= 1) {
            return 0; // every tie of a man alone in his block is himself
        }
        if (from != stepsFrom || to != stepsTo || ties != steps.length) {
            steps(from, to, ties);
        }
        byte[] state = pop.state;
        byte[] marks = pop.marks;
        int[] step = steps;
        int at = i - from;
        int count = 0;
        for (int k = 0; k < ties; k++) {
            int pos = at + step[k];
            if (pos >= n) {
                pos -= n;
            }
            int j = from + pos;
            count += ((marks[j] >>> HOLDS_SHIFT) & 1) | TAKEN[state[j]];
        }
        return count;
    }

    /** The block whose tie offsets {@link #steps} holds. */
    private int stepsFrom = -1;

    private int stepsTo = -1;
    /** Per tie k, where the k-th tie of a man of the block lies, as an offset in [1, block size) from him. */
    private int[] steps = new int[0];

    private void steps(int from, int to, int ties) {
        // the offset of the first man's k-th tie is every man's: Ties.tie wraps around the block
        steps = new int[ties];
        for (int k = 0; k < ties; k++) {
            steps[k] = Ties.tie(from, from, to, k) - from;
        }
        stepsFrom = from;
        stepsTo = to;
    }

    /** Shift of {@link Traits#HOLDS_SUMMONS}, a single bit. */
    private static final int HOLDS_SHIFT = Integer.numberOfTrailingZeros(Traits.HOLDS_SUMMONS);

    /** Per state code, 1 if a man in that state has been taken: mobilized, deployed, detained or conscripted. */
    private static final int[] TAKEN = taken();

    private static int[] taken() {
        int[] t = new int[CitizenState.count()];
        for (CitizenState s : CitizenState.values()) {
            t[s.code] = s == CitizenState.MOBILIZED
                            || s == CitizenState.DEPLOYED
                            || s == CitizenState.DETAINED
                            || s == CitizenState.CONSCRIPTED
                    ? 1
                    : 0;
        }
        return t;
    }

    static boolean isSummoned(Population pop, int j) {
        return pop.marked(j, Traits.HOLDS_SUMMONS) || TAKEN[pop.state[j]] != 0;
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
