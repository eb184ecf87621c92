package org.callup.model.params;

/**
 * One region of registration: a federal subject or the remainder of a federal district, as a row of
 * {@code regions.csv} (2021 census). Rows do not overlap and add up to the census total.
 */
public record RegionSpec(
        @Param(doc = "Stable region id from regions.csv") String id,
        @Param(doc = "Human-readable name") String name,

        @Param(min = 1, doc = "Resident population (all ages, both sexes)", source = "regions.csv, 2021 census")
        long populationTotal,

        @Param(min = -90, max = 90, doc = "Approximate centroid latitude, degrees")
        double latitude,

        @Param(min = -180, max = 180, doc = "Approximate centroid longitude, degrees")
        double longitude,

        @Param(doc = "Ethnic republic, mixed district remainder, or neither")
        EthnicStatus ethnicStatus,

        @Param(
                min = 1000,
                max = 1e6,
                doc = "Average nominal monthly wage, RUB",
                source = "regions.csv, or the national 2022 average where missing")
        double avgWageRub,

        @Param(
                min = 0,
                max = 1,
                doc = "Share of the population living in towns",
                source = "regions.csv, or the national 74.8% where missing")
        double urbanShare) {

    public RegionSpec {
        Check.id("id", id);
        Check.notNull("name", name);
        Check.notNull("ethnicStatus", ethnicStatus);
        Ranges.check(
                RegionSpec.class, id, name, populationTotal, latitude, longitude, ethnicStatus, avgWageRub, urbanShare);
    }
}
