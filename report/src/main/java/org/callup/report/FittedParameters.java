package org.callup.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.callup.experiments.calibration.CalibrationFolder;

/**
 * The fitted parameters of a calibration as a table: where the search started, the calibrated value, the bounds,
 * and from identifiability-summary.csv the values across which every target the fit has inside stays inside, and
 * which targets pin the parameter.
 */
final class FittedParameters {
    private static final String LAST_FIXED_COLUMN = "targets_inside";

    private FittedParameters() {}

    static Page.Table of(Path folder, List<Map<String, String>> trace) throws IOException {
        List<String> header = CsvRows.header(folder.resolve(CalibrationFolder.TRACE_FILE));
        List<String> names = header.indexOf(LAST_FIXED_COLUMN) < 0
                ? List.of()
                : header.subList(header.indexOf(LAST_FIXED_COLUMN) + 1, header.size());
        Map<String, Map<String, String>> ident = new HashMap<>();
        for (Map<String, String> r : CsvRows.read(folder.resolve(CalibrationFolder.IDENTIFIABILITY_SUMMARY_FILE))) {
            ident.put(r.get("parameter"), r);
        }
        Map<String, String> start = trace.isEmpty() ? Map.of() : trace.get(0);
        Map<String, String> best = trace.stream()
                .min(Comparator.comparingDouble(r -> orMax(Format.parse(r.get("loss")))))
                .orElse(Map.of());
        List<Page.Row> rows = new ArrayList<>();
        for (String p : names) {
            Map<String, String> id = ident.getOrDefault(p, Map.of());
            String fitted = id.containsKey("fitted_value") ? id.get("fitted_value") : best.get(p);
            String pinned = id.getOrDefault("pinned_by", "");
            rows.add(new Page.Row(
                    List.of(
                            Page.Cell.of(p),
                            Page.Cell.num(Format.number(start.get(p))),
                            Page.Cell.num(Format.number(fitted)),
                            Page.Cell.num(
                                    id.isEmpty()
                                            ? ""
                                            : Format.interval(
                                                    Format.parse(id.get("min")), Format.parse(id.get("max")))),
                            Page.Cell.num(
                                    id.isEmpty()
                                            ? ""
                                            : Format.interval(
                                                    Format.parse(id.get("fits_from")),
                                                    Format.parse(id.get("fits_to")))),
                            Page.Cell.of(
                                    id.isEmpty()
                                            ? ""
                                            : pinned.isEmpty()
                                                    ? "none: every tested value keeps them inside"
                                                    : pinned)),
                    ""));
        }
        return new Page.Table(
                "",
                List.of(
                        new Page.Column("parameter", ""),
                        new Page.Column("start", "num"),
                        new Page.Column("calibrated", "num"),
                        new Page.Column("bounds", "num"),
                        new Page.Column("targets stay inside from", "num"),
                        new Page.Column("pinned by", "")),
                rows,
                "From trace.csv and identifiability-summary.csv: each parameter moved across its bounds with the "
                        + "others at the fit. A parameter no target pins is not identified by these targets.");
    }

    private static double orMax(double v) {
        return Double.isNaN(v) ? Double.MAX_VALUE : v;
    }
}
