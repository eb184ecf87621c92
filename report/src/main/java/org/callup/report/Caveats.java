package org.callup.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What the numbers of a report are not. Every report says it, because a page travels without the README: the model
 * is an exploratory tool, its population is synthetic, some results are set by its assumptions, and its intervals
 * hold only the noise between runs.
 */
final class Caveats {
    private Caveats() {}

    /** The caveats every report carries, then {@code extra}. */
    static List<String> with(String... extra) {
        return with(false, extra);
    }

    /**
     * As {@link #with(String...)}; over posterior draws ({@code posterior}) the intervals hold the calibrated
     * parameters' uncertainty too, and the caveat says what they still leave out.
     */
    static List<String> with(boolean posterior, String... extra) {
        List<String> out = new ArrayList<>(List.of(
                "callup is an exploratory tool for aggregate dynamics and policy trade-offs: how quotas, delivery "
                        + "channels, exemptions and border rules shape who is mobilized, who leaves, who hides, and "
                        + "how fast. It is not a forecast, and not a way to find anyone.",
                "Every citizen in it is synthetic, drawn from published aggregate figures (census, official "
                        + "statements, NGO and media reports). It holds no personal data; its outputs are statements "
                        + "about scenarios, not about people.",
                "Some results are fixed by the model's assumptions rather than found by it: the number mobilized "
                        + "follows the quota the scenario sets and the commissariats' capacity; the dated policy "
                        + "timeline, the border rules and the behavioural parameters are inputs. A result that only "
                        + "restates an input is not evidence about the world.",
                posterior
                        ? "The 95% intervals are taken over parameter sets drawn from a calibration's posterior, "
                                + "each run on its own seed: they hold the uncertainty of the calibrated parameters "
                                + "and the run-to-run noise. They leave out the uncertainty of the inputs that were "
                                + "not calibrated and of the model's structure."
                        : "The 95% intervals hold the run-to-run noise of the simulation only (different seeds of "
                                + "the same scenario). They leave out the uncertainty of the inputs, of the "
                                + "calibration and of the model's structure, which is larger."));
        out.addAll(List.of(extra));
        return out;
    }
}
