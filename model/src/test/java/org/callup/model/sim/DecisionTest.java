package org.callup.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.callup.model.UnitScenarios;
import org.callup.model.border.BorderPosts;
import org.callup.model.citizens.Population;
import org.callup.model.citizens.Traits;
import org.callup.model.params.DecisionParams;
import org.callup.model.params.PostMode;
import org.callup.model.params.ProtestParams;
import org.callup.model.params.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The citizens' multinomial logit choice. Frequencies over many identical men (each with his own random draw) are
 * compared with the logit probabilities computed here from the utilities written in docs/ODD.md, within four
 * binomial standard deviations.
 */
class DecisionTest {
    private static final int N = 40_000;
    private static final int POSTS = 3;

    private Scenario scenario;
    private DecisionParams dp;
    private ProtestParams pp;
    private Population pop;
    private DayContext ctx;
    private final double[] price = {20_000, 40_000, 9_000};
    private final PostMode[] mode = {PostMode.ROAD, PostMode.ROAD, PostMode.AIR};
    private final double[][] distance1000Km = {{1.2, 1.2, 0.5}};
    private BorderPosts.Perceived perceived;

    @BeforeEach
    void setUp() {
        scenario = UnitScenarios.scenario(100_000, 1, UnitScenarios.START.plusDays(30), List.of());
        dp = scenario.decisions();
        pp = scenario.protest();
        pop = new Population(new int[] {0, N});
        for (int i = 0; i < N; i++) {
            pop.age[i] = 30;
            pop.traits[i] = (byte) Traits.CAR;
            pop.antiWar[i] = Traits.toUnitByte(0.6);
            pop.riskAversion[i] = Traits.toUnitByte(0.5);
            pop.income[i] = Traits.incomeByte(60_000);
            pop.savings[i] = Traits.savingsByte(100_000);
        }
        ctx = new DayContext.Builder(12, 99, 1)
                .params(scenario)
                .dp(dp)
                .pp(pp)
                .rp(scenario.recruiters())
                .alarm(0.6)
                .hideRisk(0.4)
                .tieFearPerTie(dp.tieFear() / scenario.population().tiesPerCitizen())
                .callupActive(true)
                .arrestEstimate(new double[] {0.3})
                .build();
        perceive(
                new boolean[] {true, true, true},
                new boolean[POSTS],
                new boolean[] {false, false, true},
                new boolean[POSTS],
                new boolean[] {true, true, true});
    }

    private void perceive(
            boolean[] open, boolean[] turnBack, boolean[] queueSummons, boolean[] visaRefused, boolean[] foot) {
        perceived = new BorderPosts.Perceived(
                new double[] {12, 12, 0},
                open,
                turnBack,
                queueSummons,
                visaRefused,
                foot,
                new boolean[POSTS],
                new boolean[POSTS]);
        ctx = ctx.toBuilder()
                .routes(new Routes(perceived, price, new int[1][POSTS], distance1000Km, mode, new double[POSTS]))
                .build();
    }

    /** Utilities of stay, comply, hide, flee and of each route, as docs/ODD.md writes them. */
    private double[][] utilities(int i, double targetWeight, boolean summoned) {
        double aw = Traits.unit(pop.antiWar[i]);
        double ra = Traits.unit(pop.riskAversion[i]);
        double income = Traits.incomeRub(pop.income[i]);
        double means = income + Traits.savingsRub(pop.savings[i]);
        boolean flagged = summoned || pop.marked(i, Traits.TRAVEL_BAN);
        boolean otherGrounds = (pop.occupation[i] & Traits.OTHER_VISA_GROUNDS) != 0;
        boolean visa = (pop.occupation[i] & Traits.HOLDS_VISA) != 0;
        double risk = summoned ? 1 : targetWeight * Math.min(1, ctx.alarm);
        double[] route = new double[POSTS];
        double sum = 0;
        for (int p = 0; p < POSTS; p++) {
            boolean feasible = perceived.open()[p]
                    && price[p] <= means
                    && !(perceived.visaRefused()[p] && !otherGrounds)
                    && !(perceived.visaRequired()[p] && !visa)
                    && !(mode[p] == PostMode.ROAD
                            && !pop.has(i, Traits.CAR)
                            && !perceived.footAllowed()[p]);
            double b = flagged && perceived.turnBack()[p] ? 1 : perceived.queueSummons()[p] ? targetWeight : 0;
            route[p] = feasible
                    ? -dp.betaCostPerMonthIncome() * price[p] / income
                            - dp.betaWaitPerDay() * perceived.waitHours()[p] / 24
                            - dp.betaDistancePer1000Km() * distance1000Km[0][p]
                            - dp.betaBorderRisk() * ra * b
                    : Double.NEGATIVE_INFINITY;
            sum += Math.exp(route[p]);
        }
        double[] u = {
            -dp.betaRisk() * ra * risk,
            summoned ? dp.ascComply() - dp.betaAttitude() * aw : Double.NEGATIVE_INFINITY,
            dp.ascHide() + dp.betaAttitude() * aw - dp.betaRisk() * ra * risk * ctx.hideRisk,
            sum > 0 ? dp.ascFlee() + dp.betaAttitude() * aw + Math.log(sum) : Double.NEGATIVE_INFINITY
        };
        return new double[][] {u, route};
    }

    private static double[] softmax(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += Math.exp(x);
        }
        double[] p = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            p[k] = Math.exp(v[k]) / sum;
        }
        return p;
    }

    /** Runs the choice for men [from, to) and counts choices (0-3) and routes (5-7). */
    private int[] choose(int from, int to, double weight, boolean summoned) {
        Decision d = new Decision(pop, POSTS);
        int[] counts = new int[5 + POSTS];
        for (int i = from; i < to; i++) {
            int c = d.choose(ctx, i, 0, d.summonedTies(ctx, i, 0, N), weight, summoned);
            counts[c]++;
            if (c == Decision.FLEE) {
                counts[5 + d.chosenPost]++;
            }
        }
        return counts;
    }

    private static void assertFrequency(double p, int count, int n, String what) {
        assertEquals(n * p, count, Math.max(4 * Math.sqrt(n * p * (1 - p)), 1e-9), what + ": " + count + " of " + n);
    }

    @Test
    void pickDrawsEachIndexWithItsSoftmaxProbability() {
        double[] v = {0.3, -1.2, Double.NEGATIVE_INFINITY, 1.0, 0.0};
        double[] p = softmax(v);
        int n = 200_000;
        int[] counts = new int[v.length];
        for (int i = 0; i < n; i++) {
            counts[Decision.pick(v, 0, v.length, Rng.uniform(3, 0, i, Streams.CHOICE))]++;
        }
        for (int k = 0; k < v.length; k++) {
            assertFrequency(p[k], counts[k], n, "index " + k);
        }
        assertEquals(0, counts[2], "an option of utility -infinity is never picked");
        // utilities far from zero do not overflow
        assertEquals(1, Decision.pick(new double[] {-1000, 800, Double.NEGATIVE_INFINITY}, 0, 3, 0.999));
        assertEquals(1, Decision.pick(new double[] {Double.NEGATIVE_INFINITY, 5}, 0, 2, 0.0));
    }

    @Test
    void aSummonedMansChoicesFollowTheLogitProbabilitiesOfTheDocumentedUtilities() {
        double weight = 0.8;
        int[] counts = choose(0, N, weight, true);
        double[][] u = utilities(0, weight, true);
        double[] p = softmax(u[0]);
        String[] names = {"stay", "comply", "hide", "flee"};
        for (int k = 0; k < 4; k++) {
            assertFrequency(p[k], counts[k], N, names[k]);
        }
        double[] routes = softmax(u[1]);
        int fled = counts[Decision.FLEE];
        for (int r = 0; r < POSTS; r++) {
            assertFrequency(routes[r], counts[5 + r], fled, "route " + r + " among men who flee");
        }
    }

    @Test
    void aManWithoutSummonsCannotComplyAndWeighsRiskByWeightAndAlarm() {
        double weight = 0.25;
        int[] counts = choose(0, N, weight, false);
        assertEquals(0, counts[Decision.COMPLY]);
        double[] p = softmax(utilities(0, weight, false)[0]);
        for (int k = 0; k < 4; k++) {
            assertFrequency(p[k], counts[k], N, "option " + k);
        }
    }

    @Test
    void routesToOneCountryShareItsNestAndAShortStayCountsAgainstARoute() {
        // the two road posts lead to one country (0), the air route to another (1)
        double lambda = 0.4;
        double shortStay = 1.5;
        Scenario nested = UnitScenarios.with(scenario, "decisions.destinationNestScale", lambda);
        nested = UnitScenarios.with(nested, "decisions.betaShortStay", shortStay);
        nested = UnitScenarios.with(
                nested, "borders.posts[" + scenario.borders().posts().get(2).id() + "].stayLimitDays", 73);
        ctx = ctx.toBuilder()
                .params(nested)
                .routes(new Routes(
                        perceived, price, new int[1][POSTS], distance1000Km, mode, new double[POSTS], new int[] {0, 0, 1
                        }))
                .build();
        dp = nested.decisions();
        double weight = 0.8;
        int[] counts = choose(0, N, weight, true);
        double[][] u = utilities(0, weight, true);
        double[] v = u[1];
        v[2] -= shortStay * (1 - 73 / 365.0);
        for (int p = 0; p < 2; p++) {
            v[p] -= shortStay
                    * Decision.shortStay(scenario.borders().posts().get(p).stayLimitDays());
        }
        // nested logit: U_c = lambda ln sum exp(V / lambda); P(p) = P(c) exp(V_p / lambda) / sum_{q in c} exp(V_q /
        // lambda)
        double roads = Math.exp(v[0] / lambda) + Math.exp(v[1] / lambda);
        double[] countries = {lambda * Math.log(roads), v[2]};
        double[] pc = softmax(countries);
        double[] expected = {pc[0] * Math.exp(v[0] / lambda) / roads, pc[0] * Math.exp(v[1] / lambda) / roads, pc[1]};
        int fled = counts[Decision.FLEE];
        for (int r = 0; r < POSTS; r++) {
            assertFrequency(expected[r], counts[5 + r], fled, "route " + r + " among men who flee");
        }
        // the flat choice would send more to the country with two posts than the nested one does
        double[] flat = softmax(v);
        assertTrue(flat[0] + flat[1] > expected[0] + expected[1], "nesting gives the country with two posts less");
        // the utility of fleeing is the log-sum over countries
        double[] uu = u[0];
        uu[Decision.FLEE] = dp.ascFlee()
                + dp.betaAttitude() * Traits.unit(pop.antiWar[0])
                + Math.log(Math.exp(countries[0]) + Math.exp(countries[1]));
        assertFrequency(softmax(uu)[Decision.FLEE], fled, N, "flee");
    }

    @Test
    void aPricierRouteIsChosenLess() {
        int[] counts = choose(0, N, 0.8, true);
        int cheap = counts[5];
        int dear = counts[6];
        // the two road posts differ only in price (20,000 and 40,000 RUB)
        double ratio = Math.exp(dp.betaCostPerMonthIncome() * 20_000 / Traits.incomeRub(pop.income[0]));
        assertTrue(cheap > dear, cheap + " chose the cheaper post, " + dear + " the dearer one");
        double share = ratio / (1 + ratio);
        assertFrequency(share, cheap, cheap + dear, "cheaper of the two road posts");
    }

    @Test
    void routesHeCannotUseAreNeverChosen() {
        // the dear post costs more than he has; the air route is closed; the cheap road post refuses tourist visas
        price[1] = 1e7;
        perceive(
                new boolean[] {true, true, false},
                new boolean[POSTS],
                new boolean[POSTS],
                new boolean[] {true, false, false},
                new boolean[] {true, true, true});
        int[] counts = choose(0, N / 4, 0.8, true);
        assertEquals(0, counts[Decision.FLEE], "no usable route: nobody flees");
        // with other grounds for a visa the cheap post is open to him again
        for (int i = 0; i < N / 4; i++) {
            pop.occupation[i] |= Traits.OTHER_VISA_GROUNDS;
        }
        counts = choose(0, N / 4, 0.8, true);
        assertTrue(counts[Decision.FLEE] > 0);
        assertEquals(counts[Decision.FLEE], counts[5], "only the cheap post");
        // without a car a road post that admits no pedestrians is closed to him
        for (int i = 0; i < N / 4; i++) {
            pop.traits[i] = 0;
        }
        perceive(
                new boolean[] {true, true, false},
                new boolean[POSTS],
                new boolean[POSTS],
                new boolean[] {true, false, false},
                new boolean[] {false, true, true});
        counts = choose(0, N / 4, 0.8, true);
        assertEquals(0, counts[Decision.FLEE]);
    }

    @Test
    void antiWarConvictionRaisesTheChanceToFleeOrHide() {
        int half = N / 2;
        for (int i = 0; i < N; i++) {
            pop.antiWar[i] = Traits.toUnitByte(i < half ? 0.1 : 0.9);
        }
        int[] low = choose(0, half, 0.8, true);
        int[] high = choose(half, N, 0.8, true);
        double pLow = (low[Decision.FLEE] + low[Decision.HIDE]) / (double) half;
        double pHigh = (high[Decision.FLEE] + high[Decision.HIDE]) / (double) half;
        double se = Math.sqrt(pLow * (1 - pLow) / half + pHigh * (1 - pHigh) / half);
        assertTrue(pHigh - pLow > 4 * se, "flee or hide: " + pLow + " at conviction 0.1, " + pHigh + " at 0.9");
        assertTrue(high[Decision.COMPLY] < low[Decision.COMPLY]);
        for (int[] c : List.of(low, high)) {
            double[] p = softmax(utilities(c == low ? 0 : half, 0.8, true)[0]);
            assertFrequency(
                    p[Decision.FLEE] + p[Decision.HIDE], c[Decision.FLEE] + c[Decision.HIDE], half, "flee or hide");
        }
    }

    @Test
    void aPostThatRequiresAVisaIsOpenOnlyToMenHoldingOne() {
        perceived = new BorderPosts.Perceived(
                new double[] {12, 12, 0},
                new boolean[] {true, false, false},
                new boolean[POSTS],
                new boolean[POSTS],
                new boolean[POSTS],
                new boolean[] {true, true, true},
                new boolean[] {true, false, false},
                new boolean[POSTS]);
        ctx = ctx.toBuilder()
                .routes(new Routes(perceived, price, new int[1][POSTS], distance1000Km, mode, new double[POSTS]))
                .build();
        int[] counts = choose(0, N / 4, 0.8, true);
        assertEquals(0, counts[Decision.FLEE], "the only open post requires a visa he does not hold");
        for (int i = 0; i < N / 4; i++) {
            pop.occupation[i] |= Traits.HOLDS_VISA;
        }
        counts = choose(0, N / 4, 0.8, true);
        assertTrue(counts[Decision.FLEE] > 0);
        assertEquals(counts[Decision.FLEE], counts[5]);
    }

    @Test
    void aManWhoKnowsHisCarIsBarredCanUseTheRoadPostOnlyWherePedestriansPass() {
        // only the first post is open; every man owns a car
        boolean[] barred = {true, false, false};
        boolean[] noFoot = new boolean[POSTS];
        noFoot[2] = true;
        perceived = new BorderPosts.Perceived(
                new double[] {12, 12, 0},
                new boolean[] {true, false, false},
                new boolean[POSTS],
                new boolean[POSTS],
                new boolean[POSTS],
                noFoot,
                new boolean[POSTS],
                barred);
        Routes elsewhere = new Routes(
                perceived,
                price,
                new int[1][POSTS],
                distance1000Km,
                mode,
                new double[POSTS],
                new int[] {0, 1, 2},
                new int[] {-1, -1, -1});
        ctx = ctx.toBuilder().routes(elsewhere).build();
        assertEquals(0, choose(0, N / 4, 0.8, true)[Decision.FLEE], "a non-resident may not drive, nor walk");
        assertFalse(elsewhere.drives(0, 0, true));

        Routes resident = new Routes(
                perceived,
                price,
                new int[1][POSTS],
                distance1000Km,
                mode,
                new double[POSTS],
                new int[] {0, 1, 2},
                new int[] {0, -1, -1});
        ctx = ctx.toBuilder().routes(resident).build();
        assertTrue(choose(0, N / 4, 0.8, true)[Decision.FLEE] > 0, "a resident of the post's region still drives");
        assertTrue(resident.drives(0, 0, true));
        assertFalse(resident.drives(0, 0, false), "without a car no one drives");

        boolean[] foot = {true, true, true};
        perceived = new BorderPosts.Perceived(
                new double[] {12, 12, 0},
                new boolean[] {true, false, false},
                new boolean[POSTS],
                new boolean[POSTS],
                new boolean[POSTS],
                foot,
                new boolean[POSTS],
                barred);
        ctx = ctx.toBuilder()
                .routes(new Routes(
                        perceived,
                        price,
                        new int[1][POSTS],
                        distance1000Km,
                        mode,
                        new double[POSTS],
                        new int[] {0, 1, 2},
                        new int[] {-1, -1, -1}))
                .build();
        assertTrue(choose(0, N / 4, 0.8, true)[Decision.FLEE] > 0, "where pedestrians pass he leaves the car behind");
        assertFalse(ctx.routes.drives(0, 0, true));
    }
}
