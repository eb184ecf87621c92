package org.callup.model.citizens;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.callup.model.UnitScenarios;
import org.callup.model.params.CitizenParams;
import org.callup.model.params.EthnicStatus;
import org.callup.model.params.ParamPaths;
import org.callup.model.params.PopulationParams;
import org.callup.model.params.RegionSpec;
import org.callup.model.params.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The synthetic population: allotment of men to regions, the share of every attribute, and determinism. Shares are
 * checked against binomial bands of four standard deviations for the number of men eligible for each attribute.
 */
class PopulationBuilderTest {
    private static Scenario scenario;
    private static Population pop;

    @BeforeAll
    static void build() {
        scenario = UnitScenarios.scenario(120_000, 2, UnitScenarios.START.plusDays(1), List.of());
        pop = new PopulationBuilder(scenario).build(null, 1);
    }

    private static RegionSpec region(long population, EthnicStatus status) {
        return new RegionSpec("r" + population, "r", population, 55, 37, status, 50_000, 0.7);
    }

    @Test
    void regionAllotmentAddsUpAndIsProportional() {
        PopulationParams pp = scenario.population();
        int[] start = PopulationBuilder.regionStarts(pp);
        int n = pp.citizenCount();
        assertEquals(60_000, n);
        assertEquals(n, start[start.length - 1]);
        long total =
                pp.regions().stream().mapToLong(RegionSpec::populationTotal).sum();
        for (int r = 0; r < pp.regions().size(); r++) {
            double exact = (double) n * pp.regions().get(r).populationTotal() / total;
            int count = start[r + 1] - start[r];
            assertTrue(
                    count == Math.floor(exact) || count == Math.ceil(exact),
                    "region " + r + ": " + count + " for an exact share of " + exact);
        }
    }

    @Test
    void leftoverCitizensGoToTheLargestRemainders() {
        // exact shares 3.5, 2.1 and 1.4 of 7: floors 3, 2, 1, and the one left over goes to the largest remainder
        PopulationParams pp = new PopulationParams(
                1000,
                7000,
                18,
                50,
                0,
                List.of(region(5, EthnicStatus.NONE), region(3, EthnicStatus.NONE), region(2, EthnicStatus.NONE)));
        assertArrayEquals(new int[] {0, 4, 6, 7}, PopulationBuilder.regionStarts(pp));
        // 1.6, 2.4, 3.0 of 7: floors 1, 2, 3, remainder to the first region
        PopulationParams qq = new PopulationParams(
                1000,
                7000,
                18,
                50,
                0,
                List.of(region(16, EthnicStatus.NONE), region(24, EthnicStatus.NONE), region(30, EthnicStatus.NONE)));
        assertArrayEquals(new int[] {0, 2, 4, 7}, PopulationBuilder.regionStarts(qq));
    }

    @Test
    void agesAreUniformBetweenTheBounds() {
        int lo = scenario.population().ageMin();
        int hi = scenario.population().ageMax();
        int[] counts = new int[hi + 1];
        for (int i = 0; i < pop.size(); i++) {
            assertTrue(pop.age[i] >= lo && pop.age[i] <= hi, "age " + pop.age[i]);
            counts[pop.age[i]]++;
        }
        double p = 1.0 / (hi - lo + 1);
        for (int a = lo; a <= hi; a++) {
            assertShare(p, counts[a], pop.size(), "age " + a);
        }
    }

    @Test
    void priorServiceAndOfficersMatchTheirSharesAndNobodyUnder19HasServed() {
        CitizenParams c = scenario.citizens();
        int eligible = 0;
        int served = 0;
        int officers = 0;
        for (int i = 0; i < pop.size(); i++) {
            boolean s = pop.has(i, Traits.PRIOR_SERVICE);
            if (pop.age[i] < 19) {
                assertFalse(s, "prior service at age " + pop.age[i]);
            } else {
                eligible++;
                served += s ? 1 : 0;
            }
            if (pop.has(i, Traits.OFFICER)) {
                assertTrue(s, "an officer without prior service");
                officers++;
            }
        }
        assertShare(c.priorServiceShare(), served, eligible, "prior service among men 19 and older");
        assertShare(c.officerShareOfServed(), officers, served, "officers among reservists");
    }

    @Test
    void studentsAreAtMost24AndFamilyGroundsStartAt21() {
        CitizenParams c = scenario.citizens();
        int young = 0;
        int students = 0;
        int adults = 0;
        int family = 0;
        for (int i = 0; i < pop.size(); i++) {
            if (pop.age[i] > 24) {
                assertFalse(pop.has(i, Traits.STUDENT), "student at age " + pop.age[i]);
            } else {
                young++;
                students += pop.has(i, Traits.STUDENT) ? 1 : 0;
            }
            if (pop.age[i] < 21) {
                assertFalse(pop.has(i, Traits.FAMILY), "family grounds at age " + pop.age[i]);
            } else {
                adults++;
                family += pop.has(i, Traits.FAMILY) ? 1 : 0;
            }
        }
        assertShare(c.studentShare18to24(), students, young, "students among men up to 24");
        assertShare(c.familyExemptShare(), family, adults, "family grounds among men 21 and older");
    }

    @Test
    void unfitLivingAwayAndOtherVisaGroundsMatchTheirShares() {
        CitizenParams c = scenario.citizens();
        int unfit = 0;
        int away = 0;
        int visa = 0;
        for (int i = 0; i < pop.size(); i++) {
            unfit += pop.has(i, Traits.UNFIT) ? 1 : 0;
            away += pop.has(i, Traits.LIVES_AWAY) ? 1 : 0;
            visa += (pop.occupation[i] & Traits.OTHER_VISA_GROUNDS) != 0 ? 1 : 0;
        }
        assertShare(c.unfitShare(), unfit, pop.size(), "unfit");
        assertShare(c.livesAwayShare(), away, pop.size(), "living away from the registered address");
        assertShare(scenario.borders().otherGroundsShare(), visa, pop.size(), "grounds other than a tourist visa");
    }

    @Test
    void minoritySharesFollowTheRegionsEthnicStatus() {
        CitizenParams c = scenario.citizens();
        for (int r = 0; r < pop.regionCount(); r++) {
            int m = 0;
            for (int i = pop.regionStart[r]; i < pop.regionStart[r + 1]; i++) {
                m += pop.has(i, Traits.MINORITY) ? 1 : 0;
            }
            RegionSpec spec = scenario.population().regions().get(r);
            assertShare(PopulationBuilder.minorityShare(c, spec), m, pop.regionSize(r), "minorities in " + spec.id());
        }
        assertEquals(c.minorityShareRepublic(), PopulationBuilder.minorityShare(c, region(1, EthnicStatus.REPUBLIC)));
        assertEquals(c.minorityShareMixed(), PopulationBuilder.minorityShare(c, region(1, EthnicStatus.MIXED)));
        assertEquals(c.minorityShareOther(), PopulationBuilder.minorityShare(c, region(1, EthnicStatus.NONE)));
    }

    @Test
    void occupationsMatchTheirSharesAmongNonStudentsAndStudentsHaveNone() {
        CitizenParams c = scenario.citizens();
        int[] occ = new int[8];
        int workers = 0;
        for (int i = 0; i < pop.size(); i++) {
            int o = pop.occupation[i] & Traits.OCC_MASK;
            if (pop.has(i, Traits.STUDENT)) {
                assertEquals(Traits.OCC_OTHER, o, "a student with an exempt occupation");
            } else {
                workers++;
                occ[o]++;
            }
        }
        assertShare(c.itShare(), occ[Traits.OCC_IT], workers, "IT");
        assertShare(c.financeShare(), occ[Traits.OCC_FINANCE], workers, "finance");
        assertShare(c.telecomShare(), occ[Traits.OCC_TELECOM], workers, "telecoms");
        assertShare(c.stateMediaShare(), occ[Traits.OCC_STATE_MEDIA], workers, "state media");
    }

    @Test
    void incomeAveragesTheRegionalWageAndCarOwnershipRisesWithIncome() {
        // Moscow, non-students: income is lognormal with mean equal to the regional wage
        int r = 0;
        double wage = scenario.population().regions().get(r).avgWageRub();
        double sd = scenario.citizens().incomeLogSd();
        int n = 0;
        double sum = 0;
        int[] idx = new int[pop.regionSize(r)];
        for (int i = pop.regionStart[r]; i < pop.regionStart[r + 1]; i++) {
            if (!pop.has(i, Traits.STUDENT)) {
                idx[n++] = i;
                sum += Traits.incomeRub(pop.income[i]);
            }
        }
        // standard error of a lognormal mean: wage sqrt(exp(sd^2) - 1) / sqrt(n); quantisation to 1/24 of a
        // doubling biases the mean by less than 1e-4
        double se = wage * Math.sqrt(Math.exp(sd * sd) - 1) / Math.sqrt(n);
        assertEquals(wage, sum / n, 4 * se + 1e-4 * wage, "mean income of Moscow non-students");

        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = idx[k];
        }
        Arrays.sort(order, (a, b) -> Integer.compare(pop.income[a] & 0xff, pop.income[b] & 0xff));
        int quarter = n / 4;
        int carsLow = 0;
        int carsHigh = 0;
        for (int k = 0; k < quarter; k++) {
            carsLow += pop.has(order[k], Traits.CAR) ? 1 : 0;
            carsHigh += pop.has(order[n - 1 - k], Traits.CAR) ? 1 : 0;
        }
        double pLow = carsLow / (double) quarter;
        double pHigh = carsHigh / (double) quarter;
        double seDiff = Math.sqrt(pLow * (1 - pLow) / quarter + pHigh * (1 - pHigh) / quarter);
        assertTrue(
                pHigh - pLow > 4 * seDiff, "cars: " + pLow + " in the poorest quarter, " + pHigh + " in the richest");
    }

    @Test
    void antiWarConvictionHasTheMeanOfItsLogitNormalDistribution() {
        CitizenParams c = scenario.citizens();
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < pop.size(); i++) {
            double a = Traits.unit(pop.antiWar[i]);
            sum += a;
            sumSq += a * a;
        }
        int n = pop.size();
        double mean = sum / n;
        double sd = Math.sqrt(sumSq / n - mean * mean);
        double expected = logitNormalMean(c.antiWarMean(), c.antiWarConcentration());
        // quantisation to 1/255 is unbiased to within half a step
        assertEquals(expected, mean, 4 * sd / Math.sqrt(n) + 0.5 / 255, "mean anti-war conviction");
    }

    /** Mean of the logit-normal draw of PopulationBuilder.logitNormal, by quadrature over the normal density. */
    static double logitNormalMean(double mean, double concentration) {
        double s = 0;
        double w = 0;
        for (double z = -8; z <= 8; z += 1e-3) {
            double phi = Math.exp(-z * z / 2);
            s += phi * PopulationBuilder.logitNormal(mean, concentration, z);
            w += phi;
        }
        return s / w;
    }

    @Test
    void theSameSeedGivesTheSamePopulationOnAnyNumberOfThreads() throws Exception {
        Population again = new PopulationBuilder(scenario).build(null, 1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        Population threaded;
        try {
            threaded = new PopulationBuilder(scenario).build(pool, 3);
        } finally {
            pool.shutdownNow();
        }
        for (Population p : List.of(again, threaded)) {
            assertArrayEquals(pop.age, p.age);
            assertArrayEquals(pop.traits, p.traits);
            assertArrayEquals(pop.occupation, p.occupation);
            assertArrayEquals(pop.income, p.income);
            assertArrayEquals(pop.savings, p.savings);
            assertArrayEquals(pop.antiWar, p.antiWar);
            assertArrayEquals(pop.riskAversion, p.riskAversion);
            assertArrayEquals(pop.visibility, p.visibility);
        }
        Population other = new PopulationBuilder(ParamPaths.set(scenario, "seed", scenario.seed() + 1)).build(null, 1);
        assertFalse(Arrays.equals(pop.age, other.age), "another seed should give another population");
    }

    /** Observed count within four binomial standard deviations of its expectation. */
    static void assertShare(double p, int count, int n, String what) {
        double sd = Math.sqrt(n * p * (1 - p));
        assertEquals(n * p, count, Math.max(4 * sd, 1e-9), what + ": " + count + " of " + n);
    }
}
