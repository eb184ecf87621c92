package org.callup.model.params;

/**
 * The review of drafts that the authorities order once they concede mistakes (a {@code reviewDrafts} event): after
 * {@code lagDays}, for {@code days} days, commissariats check each man's grounds before taking him, which costs
 * capacity and cuts the errors of the lottery. The size and timing of the slowdown have no published value; they
 * are calibrated to the official counts of early October 2022 (docs/CALIBRATION.md).
 */
public record ReviewParams(
        @Param(
                min = 0,
                max = 60,
                doc = "Days from the order to review until commissariats work under it",
                source = "assumption: orders pass down the chain of command; calibrated")
        int lagDays,

        @Param(min = 0, max = 365, doc = "Days the review lasts", source = "assumption; calibrated")
        int days,

        @Param(
                min = 0,
                max = 1,
                doc = "Share of their capacity commissariats keep while they review",
                source = "assumption; calibrated")
        double capacityShare,

        @Param(
                min = 0,
                max = 1,
                doc = "Factor on the lottery's error weight while they review",
                source = "timeline-2022.csv 2022-09-29: mistakes conceded; size assumed")
        double errorFactor) {

    public ReviewParams {
        Ranges.check(ReviewParams.class, lagDays, days, capacityShare, errorFactor);
    }

    /** No review: nothing changes whenever it is ordered. */
    public static ReviewParams none() {
        return new ReviewParams(0, 0, 1, 1);
    }
}
