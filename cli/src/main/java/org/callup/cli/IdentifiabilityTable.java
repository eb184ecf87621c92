package org.callup.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.callup.experiments.calibration.FreeParameter;
import org.callup.experiments.calibration.Identifiability;

/**
 * Prints identifiability: per parameter, the part of its bounds where every target stays inside and the targets
 * that pin it; then the matrix of how much each target moves as each parameter crosses its bounds.
 */
final class IdentifiabilityTable {
    private IdentifiabilityTable() {}

    static void print(PrintWriter out, Identifiability id) {
        out.println("Identifiability (each parameter moved across its bounds, the others at the fit):");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"parameter", "fitted", "bounds", "fits from", "fits to", "pinned by"});
        for (int j = 0; j < id.parameters().size(); j++) {
            FreeParameter p = id.parameters().get(j);
            double[] fits = id.fittingInterval(j);
            List<String> pins = id.pinnedBy(j);
            rows.add(new String[] {
                p.path(),
                ValidationTable.number(id.fit().values()[j]),
                p.describeBounds(),
                ValidationTable.number(fits[0]),
                ValidationTable.number(fits[1]),
                pins.isEmpty() ? "none: every tested value keeps them inside" : String.join(", ", pins)
            });
        }
        Columns.print(out, rows, new boolean[] {false, true, false, true, true, false});
        out.println();
        out.println("Change of each target's mean across the parameter's bounds, in % of the reported value "
                + "(* takes a target the fit has inside out of its range, + brings one it misses inside):");
        List<String[]> matrix = new ArrayList<>();
        int n = id.targets().size();
        String[] head = new String[n + 1];
        head[0] = "parameter";
        for (int t = 0; t < n; t++) {
            head[t + 1] = "T" + (t + 1);
        }
        matrix.add(head);
        boolean[] right = new boolean[n + 1];
        for (int j = 0; j < id.parameters().size(); j++) {
            String[] row = new String[n + 1];
            row[0] = id.parameters().get(j).path();
            for (int t = 0; t < n; t++) {
                row[t + 1] = String.format(
                        Locale.ROOT,
                        "%.0f%s",
                        100 * id.change(j, t),
                        id.leavesRange(j, t) ? "*" : id.entersRange(j, t) ? "+" : "");
                right[t + 1] = true;
            }
            matrix.add(row);
        }
        Columns.print(out, matrix, right);
        StringBuilder legend = new StringBuilder();
        for (int t = 0; t < n; t++) {
            legend.append(t == 0 ? "" : ", ")
                    .append('T')
                    .append(t + 1)
                    .append(' ')
                    .append(id.targets().get(t).id());
        }
        out.println(legend);
    }
}
