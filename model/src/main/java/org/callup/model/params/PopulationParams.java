package org.callup.model.params;

import java.util.List;

/** Size and composition of the synthetic population of men of mobilization age. */
public record PopulationParams(
        @Param(min = 1, max = 100000, doc = "Real men each simulated citizen stands for (1 = a 1:1 population)")
        int scale,

        @Param(
                min = 1000,
                max = 60000000,
                doc = "Men of mobilization age in the whole country",
                source = "scale-facts.csv mobilization_reserve: about 25,000,000 (defence minister, 2022-09-21)")
        long reservePersons,

        @Param(min = 16, max = 70, doc = "Youngest age in the population, years")
        int ageMin,

        @Param(
                min = 16,
                max = 70,
                doc = "Oldest age in the population, years",
                source = "scale-facts.csv mobilization_age_caps: officers up to 50")
        int ageMax,

        @Param(min = 0, max = 8, doc = "Ties (relatives and friends) each citizen has; even")
        int tiesPerCitizen,

        @Param(doc = "Regions of registration, from regions.csv")
        List<RegionSpec> regions) {

    public PopulationParams {
        Ranges.check(PopulationParams.class, scale, reservePersons, ageMin, ageMax, tiesPerCitizen, regions);
        Ranges.checkFrom(PopulationParams.class, "ageMax", ageMax, ageMin);
        if (tiesPerCitizen % 2 != 0) {
            throw new IllegalArgumentException(
                    "tiesPerCitizen must be even (ties are symmetric pairs), was " + tiesPerCitizen);
        }
        regions = List.copyOf(Check.notNull("regions", regions));
        if (regions.isEmpty() || regions.size() > 127) {
            throw new IllegalArgumentException("regions must list 1 to 127 regions, had " + regions.size());
        }
    }

    /** Number of simulated citizens: the reserve divided by the scale, at least one. */
    public int citizenCount() {
        long n = Math.max(1, Math.round((double) reservePersons / scale));
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("population too large: " + n + " citizens");
        }
        return (int) n;
    }
}
