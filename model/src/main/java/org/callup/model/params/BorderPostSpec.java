package org.callup.model.params;

/** One exit route, with the stable id of {@code border_posts.csv}. */
public record BorderPostSpec(
        @Param(doc = "Stable post id from border_posts.csv") String id,
        @Param(doc = "Human-readable name") String name,
        @Param(doc = "Country of destination") String destinationCountry,
        @Param(doc = "Road, rail or air") PostMode mode,

        @Param(min = -90, max = 90, doc = "Latitude of the post (for air routes, the airport)")
        double latitude,

        @Param(min = -180, max = 180, doc = "Longitude of the post")
        double longitude,

        @Param(doc = "Region in which the post lies", source = "border_posts.csv nearest_region_id")
        String regionId,

        @Param(min = 0, max = 1e6, doc = "Persons the post can process per day (air: seats per day)")
        double capacityPersonsPerDay,

        @Param(
                min = 0,
                max = 1e6,
                doc = "Other travellers leaving per day in ordinary times (all ages and sexes)",
                source = "border_posts.csv baseline_before_decree")
        double baselineTravellersPerDay,

        @Param(
                min = 0,
                max = 1e7,
                doc = "Price of the trip in ordinary times, RUB (air: cheapest ticket)",
                source = "scale-facts.csv flight prices; road costs assumed")
        double priceRub,

        @Param(
                min = 0,
                max = 3650,
                doc = "Days a Russian may stay in the destination without a residence permit (0: no limit)",
                source = "border_posts.csv policy_events; assumption where none is given")
        int stayLimitDays,

        @Param(doc = "Whether the post is open") boolean open,
        @Param(doc = "Admission rules in force") AdmissionRules rules) {

    public BorderPostSpec {
        Check.id("id", id);
        Check.notNull("name", name);
        Check.notNull("destinationCountry", destinationCountry);
        Check.notNull("mode", mode);
        Check.id("regionId", regionId);
        Check.notNull("rules", rules);
        Ranges.check(
                BorderPostSpec.class,
                id,
                name,
                destinationCountry,
                mode,
                latitude,
                longitude,
                regionId,
                capacityPersonsPerDay,
                baselineTravellersPerDay,
                priceRub,
                stayLimitDays,
                open,
                rules);
    }
}
