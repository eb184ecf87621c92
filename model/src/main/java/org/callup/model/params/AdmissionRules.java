package org.callup.model.params;

/** Rules of a border post that change by date (seed 001, timeline-2022.csv, border_posts.csv policy_events). */
public record AdmissionRules(
        @Param(
                doc = "The neighbour refuses Russian tourist visas; only men with other grounds pass",
                source = "timeline-2022.csv 2022-09-19 (EE, LV, LT, PL), 2022-09-30 (FI)")
        boolean touristVisaRefused,

        @Param(doc = "Men holding a summons or a travel ban are turned back", source = "brief; seeds 000, 001")
        boolean turnBackSummoned,

        @Param(doc = "Summons are served to men in the queue", source = "timeline-2022.csv 2022-09-27, 2022-09-29")
        boolean summonsInQueue,

        @Param(
                doc = "Men without a car may cross (on foot or by bicycle)",
                source = "timeline-2022.csv 2022-09-26 (Upper Lars)")
        boolean footAllowed,

        @Param(
                doc = "Entry needs a visa of the destination (Schengen states); only men holding one can use the post",
                source = "seed 001: EU border states and tourist visas; border_posts.csv fi_vaalimaa, ee_narva")
        boolean visaRequired,

        @Param(
                doc =
                        "Cars of men who live outside the post's region are stopped on the way to it and sent back; men who know of it come without a car, on foot where pedestrians pass",
                source =
                        "timeline-2022.csv 2022-09-28; border_posts.csv upper_lars: non-resident cars barred from 09-28 [B10][B11]")
        boolean nonResidentCarsBarred) {}
