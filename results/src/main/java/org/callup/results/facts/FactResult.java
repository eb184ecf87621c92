package org.callup.results.facts;

/**
 * How a run fares against one stylized fact.
 *
 * @param fact     the fact checked
 * @param outcome  whether it holds, fails, or cannot be computed from the run
 * @param measured the figure the check turns on, in words and numbers (e.g. "largest day after 28 Sep: 8% of the
 *                 peak"), or why it cannot be computed
 */
public record FactResult(StylizedFact fact, Outcome outcome, String measured) {
    /** The verdict of a check. */
    public enum Outcome {
        HOLDS,
        FAILS,
        /** The run lacks a series or the dates the check needs. */
        NOT_COMPUTABLE;

        /** As printed and written: {@code holds}, {@code FAILS}, {@code n/a}. */
        public String label() {
            return switch (this) {
                case HOLDS -> "holds";
                case FAILS -> "FAILS";
                case NOT_COMPUTABLE -> "n/a";
            };
        }
    }

    static FactResult of(StylizedFact fact, boolean holds, String measured) {
        return new FactResult(fact, holds ? Outcome.HOLDS : Outcome.FAILS, measured);
    }

    public boolean holds() {
        return outcome == Outcome.HOLDS;
    }

    public boolean computable() {
        return outcome != Outcome.NOT_COMPUTABLE;
    }
}
