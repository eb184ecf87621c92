package org.callup.cli;

import java.io.PrintWriter;
import java.util.List;
import org.callup.results.facts.FactResult;

/** Prints the stylized facts of a run: one line each with the verdict and the figure it turns on. */
final class FactsTable {
    private FactsTable() {}

    static void print(PrintWriter out, List<FactResult> facts) {
        long computable = facts.stream().filter(FactResult::computable).count();
        long holding = facts.stream().filter(FactResult::holds).count();
        out.println("Stylized facts of autumn 2022 (not fitted to; definitions in docs/ODD.md, Validation):");
        int width = facts.stream().mapToInt(f -> f.fact().id().length()).max().orElse(0);
        for (FactResult f : facts) {
            out.printf(
                    "%-" + width + "s  %-5s  %s%n", f.fact().id(), f.outcome().label(), f.measured());
        }
        out.printf("%d of %d computable stylized facts hold; ", holding, computable);
    }
}
