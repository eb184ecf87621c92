package org.callup.results.facts;

import java.util.ArrayList;
import java.util.List;
import org.callup.results.DailyTable;

/**
 * The stylized facts of autumn 2022 (issue 13's "Stylized facts from the reports"), each as a check in numbers on
 * a run's daily series: protest waves, attacks after the first week, the exodus's early peak, queues clearing,
 * returns, the regional burden and Moscow's early completion. The definitions are in docs/ODD.md, "Validation".
 * A run that does not cover 21 Sep to 30 Nov 2022 or lacks a series a fact needs gets that fact as not computable.
 */
public final class StylizedFacts {
    private StylizedFacts() {}

    /** Every fact, in the order they are printed. */
    public static List<StylizedFact> all() {
        List<StylizedFact> out = new ArrayList<>();
        out.addAll(ProtestFacts.all());
        out.addAll(ExodusFacts.all());
        out.addAll(BurdenFacts.all());
        return List.copyOf(out);
    }

    /** Checks every fact on the daily series of a run (the mean of its replications for a replicated run). */
    public static List<FactResult> evaluate(DailyTable table) {
        FactSeries run = new FactSeries(table);
        return all().stream().map(f -> check(f, run)).toList();
    }

    static FactResult check(StylizedFact fact, FactSeries run) {
        try {
            return fact.check(run);
        } catch (MissingData e) {
            return new FactResult(fact, FactResult.Outcome.NOT_COMPUTABLE, e.getMessage());
        }
    }
}
