package org.callup.model.citizens;

import static org.callup.model.sim.Streams.*;

import java.util.List;
import java.util.concurrent.ExecutorService;
import org.callup.model.params.CitizenParams;
import org.callup.model.params.PopulationParams;
import org.callup.model.params.RegionSpec;
import org.callup.model.params.Scenario;
import org.callup.model.sim.Parallel;
import org.callup.model.sim.Rng;

/**
 * Builds the synthetic population deterministically from the scenario's seed and the regions of
 * {@code regions.csv}: every attribute of citizen i is a function of (seed, i) only, so the population is the same
 * on any number of threads. Men are allotted to regions in proportion to their total population (largest
 * remainder). See docs/ODD.md, "Initialisation", for each distribution and its source.
 *
 * <p>The build reads the seed, {@code population}, {@code citizens}, {@code borders.otherGroundsShare} and
 * {@code borders.visaHoldersShare}, nothing else: {@link org.callup.model.sim.RunCache} reuses a population for
 * every scenario that agrees on the first four (and sets the visa holders with {@link #applyVisaHolders}). A build
 * that reads another parameter must add it to the cache's key.
 */
public final class PopulationBuilder {
    private final Scenario scenario;
    private final long seed;

    public PopulationBuilder(Scenario scenario) {
        this.scenario = scenario;
        this.seed = scenario.seed();
        for (int k = 0; k < STREAMS; k++) {
            keys[k] = Rng.stream(seed, BUILD_DAY, k);
        }
        CitizenParams c = scenario.citizens();
        lnSavingsMonths = Math.log(Math.max(1e-9, c.savingsMonthsMedian()));
        antiWarMu = logitNormalMu(c.antiWarMean());
        antiWarS = logitNormalSd(c.antiWarMean(), c.antiWarConcentration());
    }

    /** Citizens per region, in proportion to population, adding up to {@link PopulationParams#citizenCount()}. */
    public static int[] regionStarts(PopulationParams p) {
        List<RegionSpec> regions = p.regions();
        int n = p.citizenCount();
        long total = regions.stream().mapToLong(RegionSpec::populationTotal).sum();
        int[] counts = new int[regions.size()];
        double[] rest = new double[regions.size()];
        int assigned = 0;
        for (int r = 0; r < regions.size(); r++) {
            double exact = (double) n * regions.get(r).populationTotal() / total;
            counts[r] = (int) Math.floor(exact);
            rest[r] = exact - counts[r];
            assigned += counts[r];
        }
        while (assigned < n) {
            int best = 0;
            for (int r = 1; r < rest.length; r++) {
                if (rest[r] > rest[best]) {
                    best = r;
                }
            }
            counts[best]++;
            rest[best] = -1;
            assigned++;
        }
        int[] start = new int[regions.size() + 1];
        for (int r = 0; r < regions.size(); r++) {
            start[r + 1] = start[r] + counts[r];
        }
        return start;
    }

    /** National average wage, weighted by population (RUB per month). */
    public static double nationalWage(List<RegionSpec> regions) {
        double w = 0;
        double pop = 0;
        for (RegionSpec r : regions) {
            w += r.avgWageRub() * r.populationTotal();
            pop += r.populationTotal();
        }
        return w / pop;
    }

    public Population build(ExecutorService pool, int threads) {
        PopulationParams pp = scenario.population();
        int[] start = regionStarts(pp);
        Population pop = new Population(start);
        double natWage = nationalWage(pp.regions());
        Parallel.forEachRegionSlice(pool, threads, start, (r, from, to) -> {
            RegionSpec region = pp.regions().get(r);
            double minority = minorityShare(scenario.citizens(), region);
            for (int i = from; i < to; i++) {
                fill(pop, i, region, minority, natWage);
            }
        });
        return pop;
    }

    /**
     * Sets the {@link Traits#HOLDS_VISA} bit of every citizen exactly as a build with this seed and share sets it
     * (and clears it where such a build would not set it), leaving every other attribute alone.
     */
    public static void applyVisaHolders(Population pop, long seed, double visaHoldersShare) {
        long key = Rng.stream(seed, BUILD_DAY, VISA_HELD);
        byte[] occupation = pop.occupation;
        for (int i = 0; i < occupation.length; i++) {
            int occ = occupation[i] & ~Traits.HOLDS_VISA;
            if (Rng.uniform(key, i) < visaHoldersShare) {
                occ |= Traits.HOLDS_VISA;
            }
            occupation[i] = (byte) occ;
        }
    }

    private static final int STREAMS = 18;
    private final long[] keys = new long[STREAMS];
    /** Students earn a fraction of the lognormal draw (assumption: part-time work and stipends). */
    private static final double LN_STUDENT_INCOME_FACTOR = Math.log(0.3);

    private final double lnSavingsMonths;
    private final double antiWarMu;
    private final double antiWarS;

    private double u(int i, int stream) {
        return Rng.uniform(keys[stream], i);
    }

    /** Standard normal for citizen i by inverse CDF of one uniform. */
    private double z(int i, int stream) {
        return Rng.normalQuantile(u(i, stream));
    }

    private void fill(Population pop, int i, RegionSpec region, double minority, double natWage) {
        CitizenParams c = scenario.citizens();
        PopulationParams pp = scenario.population();
        int age = pp.ageMin() + (int) Math.floor(u(i, AGE) * (pp.ageMax() - pp.ageMin() + 1));
        int t = 0;
        // conscript service begins at 18 and lasts a year: the youngest have not served yet
        if (age >= 19 && u(i, SERVICE) < c.priorServiceShare()) {
            t |= Traits.PRIOR_SERVICE;
            if (u(i, OFFICER) < c.officerShareOfServed()) {
                t |= Traits.OFFICER;
            }
        }
        if (u(i, UNFIT) < c.unfitShare()) {
            t |= Traits.UNFIT;
        }
        if (age >= 21 && u(i, FAMILY) < c.familyExemptShare()) {
            t |= Traits.FAMILY;
        }
        boolean student = age <= 24 && u(i, STUDENT) < c.studentShare18to24();
        if (student) {
            t |= Traits.STUDENT;
        }
        if (u(i, AWAY) < c.livesAwayShare()) {
            t |= Traits.LIVES_AWAY;
        }
        if (u(i, MINORITY) < minority) {
            t |= Traits.MINORITY;
        }
        int occ = student ? Traits.OCC_OTHER : occupation(c, u(i, OCCUPATION));
        if (u(i, VISA) < scenario.borders().otherGroundsShare()) {
            occ |= Traits.OTHER_VISA_GROUNDS;
        }
        if (u(i, VISA_HELD) < scenario.borders().visaHoldersShare()) {
            occ |= Traits.HOLDS_VISA;
        }
        // income and savings are lognormal: work with their logarithms throughout
        double sd = c.incomeLogSd();
        double lnIncome = Math.log(region.avgWageRub())
                + sd * z(i, INCOME)
                - sd * sd / 2
                + (student ? LN_STUDENT_INCOME_FACTOR : 0);
        double lnSavings = lnIncome + lnSavingsMonths + c.savingsLogSd() * z(i, SAVINGS);
        // car ownership rises with income relative to the national wage (square-root elasticity, assumption)
        double carP = c.carShare() * Math.exp(0.5 * (lnIncome - Math.log(natWage)));
        if (u(i, CAR) < carP) {
            t |= Traits.CAR;
        }
        double visMean = region.urbanShare() * c.visibilityUrban() + (1 - region.urbanShare()) * c.visibilityRural();
        pop.age[i] = (byte) age;
        pop.traits[i] = (byte) t;
        pop.occupation[i] = (byte) occ;
        pop.income[i] = Traits.incomeByteFromLog(lnIncome);
        pop.savings[i] = Traits.savingsByteFromLog(lnSavings);
        // logit-normal with the mean and variance of a Beta (see logitNormal)
        pop.antiWar[i] = Traits.toUnitByte(sigmoid(antiWarMu + antiWarS * z(i, ANTI_WAR)));
        pop.riskAversion[i] = Traits.toUnitByte(u(i, RISK));
        pop.visibility[i] = Traits.toUnitByte(visMean * (0.5 + u(i, VISIBILITY)));
        pop.state[i] = CitizenState.NORMAL.code;
    }

    private static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    static double minorityShare(CitizenParams c, RegionSpec r) {
        return switch (r.ethnicStatus()) {
            case REPUBLIC -> c.minorityShareRepublic();
            case MIXED -> c.minorityShareMixed();
            case NONE -> c.minorityShareOther();
        };
    }

    static int occupation(CitizenParams c, double u) {
        double acc = c.itShare();
        if (u < acc) {
            return Traits.OCC_IT;
        }
        acc += c.financeShare();
        if (u < acc) {
            return Traits.OCC_FINANCE;
        }
        acc += c.telecomShare();
        if (u < acc) {
            return Traits.OCC_TELECOM;
        }
        acc += c.stateMediaShare();
        if (u < acc) {
            return Traits.OCC_STATE_MEDIA;
        }
        return Traits.OCC_OTHER;
    }

    /**
     * A draw from the logit-normal distribution whose mean and variance approximate those of a Beta distribution
     * with the given mean and concentration (variance m(1-m)/(c+1)); logit-normal needs one normal draw where a
     * Beta draw would need rejection sampling.
     */
    static double logitNormal(double mean, double concentration, double z) {
        return sigmoid(logitNormalMu(mean) + logitNormalSd(mean, concentration) * z);
    }

    /** Location of the logit-normal: the logit of the mean (clipped away from 0 and 1). */
    private static double logitNormalMu(double mean) {
        double m = clipShare(mean);
        return Math.log(m / (1 - m));
    }

    /** Scale of the logit-normal whose variance matches a Beta's of this mean and concentration. */
    private static double logitNormalSd(double mean, double concentration) {
        double m = clipShare(mean);
        return Math.sqrt(1.0 / ((concentration + 1) * m * (1 - m)));
    }

    private static double clipShare(double x) {
        return Math.min(0.999, Math.max(0.001, x));
    }
}
