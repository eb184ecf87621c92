package org.callup.cli;

import java.io.PrintWriter;
import java.util.List;

/** Prints rows of cells as aligned columns, two spaces apart, numbers flush right. */
final class Columns {
    private Columns() {}

    /** @param right per column, whether it is aligned right */
    static void print(PrintWriter out, List<String[]> rows, boolean[] right) {
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                String fill = " ".repeat(width[c] - r[c].length());
                sb.append(right[c] ? fill + r[c] : r[c] + fill).append(c + 1 < r.length ? "  " : "");
            }
            out.println(sb.toString().stripTrailing());
        }
    }
}
