package org.callup.model.params;

/**
 * Staged regional quotas: a call-up's quota reaches the regions in two stages. At the start of a wave each region is
 * given {@code firstShare} of its share of the national quota; {@code restAfterDays} days later it is given the
 * rest. Each stage's regional quota is set once, and a region whose quota in force is met closes its call-up until
 * the next stage (docs/ODD.md, 7.2). One of the rival explanations of the shape of the 2022 call-up
 * (docs/CALIBRATION.md); no source gives the stages, whose share and date are calibrated to the official counts.
 */
public record StagingParams(
        @Param(
                min = 0.05,
                max = 1,
                doc = "Share of each region's quota given at the start of a wave (1: the whole quota at once)",
                source = "assumption; calibrated (docs/CALIBRATION.md)")
        double firstShare,

        @Param(
                min = 0,
                max = 365,
                doc = "Days from the start of a wave until the rest of the quota is given to the regions",
                source = "assumption; calibrated (docs/CALIBRATION.md)")
        int restAfterDays) {

    public StagingParams {
        Ranges.check(StagingParams.class, firstShare, restAfterDays);
    }

    /** No staging: the whole quota from the start. */
    public static StagingParams none() {
        return new StagingParams(1, 0);
    }

    /** Share of the quota given to the regions {@code daysIntoWave} days after the wave started (0 the first day). */
    public double released(int daysIntoWave) {
        return daysIntoWave >= restAfterDays ? 1 : firstShare;
    }
}
