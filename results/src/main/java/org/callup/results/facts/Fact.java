package org.callup.results.facts;

/** A stylized fact given by its texts and its rule. */
record Fact(String id, String statement, String definition, String source, Rule rule) implements StylizedFact {
    /** The check in numbers: whether the fact holds, and the figure it turns on. */
    interface Rule {
        Verdict apply(FactSeries run);
    }

    /** What a rule found. */
    record Verdict(boolean holds, String measured) {}

    @Override
    public FactResult check(FactSeries run) {
        Verdict v = rule.apply(run);
        return FactResult.of(this, v.holds(), v.measured());
    }
}
