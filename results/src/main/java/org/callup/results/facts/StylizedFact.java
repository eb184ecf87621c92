package org.callup.results.facts;

/**
 * A qualitative pattern of the reported record of autumn 2022 that the model should show, written as a check in
 * numbers on a run's daily series. A fact is not a calibration target: no parameter is fitted to it, so it
 * corroborates the model's output independently (TRACE element 8, see docs/ODD.md, "Validation").
 */
public interface StylizedFact {
    /** A short key, used in {@code stylized-facts.csv}. */
    String id();

    /** The pattern in the words of the reports. */
    String statement();

    /** What is checked, in numbers. */
    String definition();

    /** Where the pattern is reported. */
    String source();

    /**
     * Checks the fact on a run's daily series. A series or date the run does not have is
     * {@link MissingData}, which {@link StylizedFacts#evaluate} turns into a result that cannot be computed.
     */
    FactResult check(FactSeries run);
}
