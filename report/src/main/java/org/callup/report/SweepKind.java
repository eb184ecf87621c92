package org.callup.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.callup.experiments.sweep.SensitivityTable;
import org.callup.experiments.sweep.SweepFolder;
import org.callup.experiments.sweep.SweepManifest;
import org.callup.experiments.sweep.SweepManifestJson;
import org.callup.results.BadInputException;
import org.callup.viz.charts.SensitivityChart;

/**
 * The report of a sweep folder ({@code callup sweep}): the design (parameters and the values they take, fixed
 * settings, outputs), how the outputs spread over the runs, and for a Sobol' design the sensitivity indices as a
 * table and as charts.
 */
final class SweepKind implements FolderKind {
    @Override
    public boolean reads(Path folder, Optional<String> manifestFormat) {
        return manifestFormat.filter(SweepManifestJson.FORMAT::equals).isPresent();
    }

    @Override
    public String description() {
        return "a sweep folder (callup sweep)";
    }

    @Override
    public Page page(Path folder) throws BadInputException, IOException {
        SweepManifest m = SweepManifestJson.read(folder.resolve(SweepFolder.MANIFEST_FILE));
        Map<String, Object> spec = sweepFile(folder.resolve(SweepFolder.SWEEP_FILE));
        List<Page.Section> sections = new ArrayList<>();
        List<Page.Table> design = new ArrayList<>();
        design.add(parameters(spec));
        if (spec.get("set") instanceof Map<?, ?> set && !set.isEmpty()) {
            design.add(new Page.Table(
                    "Fixed in every run",
                    List.of(new Page.Column("path", ""), new Page.Column("value", "")),
                    set.entrySet().stream()
                            .map(e -> new Page.Row(
                                    List.of(
                                            Page.Cell.of(String.valueOf(e.getKey())),
                                            Page.Cell.of(String.valueOf(e.getValue()))),
                                    ""))
                            .toList(),
                    ""));
        }
        design.add(outputs(spec));
        sections.add(new Page.Section("design", "Design", List.of(m.design() + "."), design, List.of(), ""));
        sections.add(new Page.Section(
                "outputs",
                "Outputs over the runs",
                List.of(),
                List.of(spread(folder.resolve(SweepFolder.RUNS_FILE))),
                List.of(),
                ""));
        Path sensitivity = folder.resolve(SweepFolder.SENSITIVITY_FILE);
        if (Files.isRegularFile(sensitivity)) {
            sections.add(sensitivity(folder, SensitivityTable.read(sensitivity)));
        }
        return new Page(
                "sweep",
                m.sweepName(),
                "A sweep of " + m.scenarioName() + ": " + m.design(),
                facts(m),
                sections,
                Caveats.with(
                        "The indices and spreads describe the model's response over the ranges the "
                                + "sweep file sets, not the probability of any outcome: the ranges are chosen, not estimated."));
    }

    private static List<Page.Fact> facts(SweepManifest m) {
        List<Page.Fact> f = new ArrayList<>();
        f.add(Page.Fact.of("Sweep", m.sweepName() + " (" + m.sweepOrigin() + "; as run: sweep.yaml)"));
        f.add(Page.Fact.of("Base scenario", m.scenarioName() + " (" + m.scenarioOrigin() + "; as run: scenario.yaml)"));
        f.addAll(ScenarioText.lineageFacts(
                ScenarioLineage.of(m.scenarioName(), m.scenarioOrigin(), m.scenarioSha256())));
        f.add(Page.Fact.of(
                "Runs",
                String.format(
                        java.util.Locale.ROOT,
                        "%d points x %d replications = %d runs%s",
                        m.points(),
                        m.replications(),
                        m.runs(),
                        m.failedRuns() == 0
                                ? ", all finished"
                                : ", " + m.failedRuns() + " failed (see the error column of runs.csv)")));
        f.add(Page.Fact.of("Seed", m.seed() + " (each run's seed derives from it and the run's number)"));
        if (!m.shard().whole()) {
            f.add(Page.Fact.of("Shard", m.shard() + ": only part of the runs"));
        }
        f.add(Page.Fact.of("callup", m.callupVersion() + " (commit " + m.callupCommit() + ")"));
        f.add(Page.Fact.of(
                "Made",
                m.completedAt() == null
                        ? "not complete: started " + m.createdAt()
                        : m.completedAt().toString().replaceFirst("\\.\\d+Z$", "Z")));
        return f;
    }

    private static Map<String, Object> sweepFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Map<String, Object> m = PlainYaml.map(Files.readString(file, StandardCharsets.UTF_8));
        return m == null ? Map.of() : m;
    }

    private static Page.Table parameters(Map<String, Object> spec) {
        List<Page.Row> rows = new ArrayList<>();
        if (spec.get("parameters") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> p) {
                    rows.add(new Page.Row(
                            List.of(Page.Cell.of(name(p)), Page.Cell.of(changes(p)), Page.Cell.of(values(p))), ""));
                }
            }
        }
        return new Page.Table(
                "Parameters",
                List.of(
                        new Page.Column("parameter", ""),
                        new Page.Column("changes", ""),
                        new Page.Column("values", "")),
                rows,
                "As in sweep.yaml: each run takes one value of each.");
    }

    private static String name(Map<?, ?> p) {
        Object n = p.get("name");
        return n != null ? n.toString() : String.valueOf(p.get("path"));
    }

    private static String changes(Map<?, ?> p) {
        if (p.get("multiply") != null) {
            return "multiplies " + text(p.get("multiply"));
        }
        return text(p.get("paths") != null ? p.get("paths") : p.get("path"));
    }

    private static String values(Map<?, ?> p) {
        for (String k : List.of("values", "range", "distribution")) {
            if (p.get(k) != null) {
                return k + " " + text(p.get(k));
            }
        }
        return "";
    }

    private static String text(Object v) {
        if (v instanceof Map<?, ?> m) {
            return m.entrySet().stream()
                    .map(e -> e.getKey() + ": " + text(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (v instanceof List<?> l) {
            return l.stream().map(SweepKind::text).collect(Collectors.joining(", "));
        }
        return String.valueOf(v);
    }

    private static Page.Table outputs(Map<String, Object> spec) {
        List<Page.Row> rows = new ArrayList<>();
        if (spec.get("outputs") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> p) {
                    Object from = p.get("dateFrom");
                    Object to = p.get("dateTo");
                    rows.add(new Page.Row(
                            List.of(
                                    Page.Cell.of(String.valueOf(p.get("name"))),
                                    Page.Cell.of(p.get("statistic") + " of " + p.get("metric") + ", " + p.get("scope")),
                                    Page.Cell.of(
                                            from == null && to == null
                                                    ? "the whole run"
                                                    : (from == null ? "start" : from) + " to "
                                                            + (to == null ? "end" : to))),
                            ""));
                }
            }
        }
        return new Page.Table(
                "Outputs kept of every run",
                List.of(new Page.Column("output", ""), new Page.Column("statistic", ""), new Page.Column("dates", "")),
                rows,
                "");
    }

    /** Per output: how many runs have it, and its mean, lowest and highest value over them. */
    private static Page.Table spread(Path runsCsv) throws IOException {
        List<String> header = CsvRows.header(runsCsv);
        List<Map<String, String>> runs = CsvRows.read(runsCsv);
        Set<String> outputs = new LinkedHashSet<>();
        int error = header.indexOf("error");
        // runs.csv: run,point,replication,seed, the parameters, the outputs, error. The outputs are the columns
        // between the parameters and error; they are the ones named in the sweep file, but read from the header
        // so that the table holds what the file holds.
        for (int i = 4; i < error; i++) {
            outputs.add(header.get(i));
        }
        List<Page.Row> rows = new ArrayList<>();
        for (String o : outputs) {
            DoubleSummaryStatistics s = runs.stream()
                    .mapToDouble(r -> Format.parse(r.get(o)))
                    .filter(v -> !Double.isNaN(v))
                    .summaryStatistics();
            if (s.getCount() == 0) {
                continue;
            }
            rows.add(new Page.Row(
                    List.of(
                            Page.Cell.of(o),
                            Page.Cell.num(Long.toString(s.getCount())),
                            Page.Cell.num(Format.number(s.getAverage())),
                            Page.Cell.num(Format.number(s.getMin())),
                            Page.Cell.num(Format.number(s.getMax()))),
                    ""));
        }
        return new Page.Table(
                "",
                List.of(
                        new Page.Column("column of runs.csv", ""),
                        new Page.Column("runs", "num"),
                        new Page.Column("mean", "num"),
                        new Page.Column("lowest", "num"),
                        new Page.Column("highest", "num")),
                rows,
                "Parameters and outputs alike, over every run that finished; points.csv has each design "
                        + "point's mean and 95% interval over its replications.");
    }

    private static Page.Section sensitivity(Path folder, SensitivityTable t) throws BadInputException, IOException {
        List<Page.Row> rows = new ArrayList<>();
        int samples = 0;
        for (String output : t.outputs()) {
            List<SensitivityTable.Row> of = t.of(output);
            for (String parameter :
                    of.stream().map(SensitivityTable.Row::parameter).distinct().toList()) {
                SensitivityTable.Row first = find(of, parameter, "first_order");
                SensitivityTable.Row total = find(of, parameter, "total_order");
                samples = Math.max(samples, first == null ? 0 : first.samples());
                rows.add(new Page.Row(
                        List.of(
                                Page.Cell.of(output),
                                Page.Cell.of(parameter),
                                Page.Cell.num(first == null ? "" : Format.number(first.estimate())),
                                Page.Cell.num(first == null ? "" : Format.interval(first.low(), first.high())),
                                Page.Cell.num(total == null ? "" : Format.number(total.estimate())),
                                Page.Cell.num(total == null ? "" : Format.interval(total.low(), total.high()))),
                        ""));
            }
        }
        Path charts = folder.resolve(SweepFolder.CHARTS_DIR);
        Figures figures = new Figures();
        if (figures.all(charts, "sensitivity-").isEmpty()) {
            SensitivityChart.writeAll(folder);
        }
        Page.Table table = new Page.Table(
                "",
                List.of(
                        new Page.Column("output", ""),
                        new Page.Column("parameter", ""),
                        new Page.Column("first order", "num"),
                        new Page.Column("95% interval", "num"),
                        new Page.Column("total order", "num"),
                        new Page.Column("95% interval", "num")),
                rows,
                "Sobol' indices of each output, from " + samples + " base samples, with 95% bootstrap intervals.");
        return new Page.Section(
                "sensitivity",
                "Sensitivity",
                List.of("The first-order index of a parameter is the "
                        + "share of an output's variance it explains alone; the total-order index adds what it explains "
                        + "together with the others. An estimate below 0 or above 1, or a wide interval, means too few base "
                        + "samples."),
                List.of(table),
                new Figures().all(charts, "sensitivity-"),
                "");
    }

    private static SensitivityTable.Row find(List<SensitivityTable.Row> rows, String parameter, String kind) {
        return rows.stream()
                .filter(r -> r.parameter().equals(parameter) && r.kind().equals(kind))
                .findFirst()
                .orElse(null);
    }
}
