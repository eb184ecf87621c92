package org.callup.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.callup.experiments.calibration.Screening;

/** Prints a screening: per free parameter, its largest total Sobol' index on a target, its index on the loss. */
final class ScreeningTable {
    private ScreeningTable() {}

    static void print(PrintWriter out, Screening.Result r) {
        out.printf(
                Locale.ROOT,
                "Screening (%d candidates; total Sobol' index, the share of a distance's variance "
                        + "the parameter takes part in):%n",
                r.candidates());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"parameter", "largest on a target", "on", "on the loss", "verdict"});
        int loss = r.outputs().size() - 1;
        for (int j = 0; j < r.parameters().size(); j++) {
            rows.add(new String[] {
                r.parameters().get(j).path(),
                index(r.largestTotal(j)),
                r.largestOn(j),
                index(r.total(j, loss)),
                r.unidentified(j)
                        ? "unidentified: below " + index(r.threshold()) + " on every target; consider fixing it"
                        : "matters"
            });
        }
        Columns.print(out, rows, new boolean[] {false, true, false, true, false});
        out.flush();
    }

    private static String index(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
