package org.callup.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.callup.results.BadInputException;
import org.callup.results.Manifest;
import org.callup.results.ManifestJson;
import org.callup.results.RecordedEvent;
import org.callup.results.RunData;
import org.callup.results.RunFolder;
import org.callup.results.Targets;
import org.callup.results.Validation;
import org.callup.viz.RunCharts;
import org.callup.viz.charts.ChartCatalog;
import org.callup.viz.charts.RunChart;

/**
 * The report of a run folder ({@code callup run}): the scenario and what it changes from its base, the headline
 * numbers with their 95% intervals over replications, the charts, the policy events, and the validation against
 * the shipped calibration targets, computed as {@code callup validate} computes it.
 */
final class RunKind implements FolderKind {
    private static final int MAX_SEEDS = 12;

    /** The headline numbers: a metric of the whole country, and whether its total or its last value is shown. */
    private record Headline(String label, String metric, boolean total, String what) {}

    private static final List<Headline> HEADLINES = List.of(
            new Headline("Mobilized", "mobilized", true, "men mobilized over the run"),
            new Headline("Emigrants", "emigrants", true, "men who left the country over the run"),
            new Headline("Abroad at the end", "abroad", false, "men abroad on the last day"),
            new Headline("Hiding at the end", "hiding", false, "men hiding on the last day"),
            new Headline("Protest arrests", "protest_arrests", true, "arrests at protests over the run"),
            new Headline(
                    "Station summonses",
                    "protest_summonses",
                    true,
                    "arrested protesters served a summons at the police station"),
            new Headline(
                    "Office attacks",
                    "office_attacks",
                    true,
                    "attacks on commissariats and offices (a count of " + "attacks, not of persons)"));

    @Override
    public boolean reads(Path folder, Optional<String> manifestFormat) {
        return manifestFormat.filter(ManifestJson.FORMAT::equals).isPresent();
    }

    @Override
    public String description() {
        return "a run folder (callup run)";
    }

    @Override
    public Page page(Path folder) throws BadInputException, IOException {
        RunData run = RunData.read(folder);
        Manifest m = run.manifest();
        List<Page.Section> sections = new ArrayList<>();
        sections.add(new Page.Section(
                "headline", "Headline numbers", List.of(), List.of(headline(folder, run)), List.of(), ""));
        sections.add(new Page.Section("charts", "Charts", List.of(), List.of(), charts(folder), ""));
        sections.add(new Page.Section(
                "validation",
                "Validation against the reported record",
                List.of("Each target is a figure reported by an official, NGO or media source (the shipped "
                        + "calibration-targets.csv), with the range the model should reach; the simulated value is "
                        + "the same statistic of the run over the same dates, as callup validate computes it."),
                List.of(ValidationTable.of(Validation.of(run, Targets.shipped()), Targets.SHIPPED_LABEL)),
                List.of(),
                ""));
        if (!run.events().isEmpty()) {
            sections.add(new Page.Section("events", "Policy events", List.of(), List.of(events(run)), List.of(), ""));
        }
        return new Page(
                "run",
                m.scenarioName(),
                ScenarioText.description(folder.resolve(RunFolder.SCENARIO_FILE)),
                facts(m),
                sections,
                Caveats.with(quotaCaveat(run)));
    }

    private static List<Page.Fact> facts(Manifest m) {
        List<Page.Fact> f = new ArrayList<>();
        f.add(Page.Fact.of("Scenario", m.scenarioName() + " (" + m.scenarioOrigin() + ")"));
        f.addAll(ScenarioText.lineageFacts(
                ScenarioLineage.of(m.scenarioName(), m.scenarioOrigin(), m.scenarioSha256())));
        if (!m.overrides().isEmpty()) {
            f.add(new Page.Fact(
                    "Options",
                    m.overrides().entrySet().stream()
                            .sorted(Map.Entry.comparingByKey())
                            .map(e -> "--" + e.getKey() + " " + e.getValue())
                            .toList()));
        }
        long days = ChronoUnit.DAYS.between(m.startDate(), m.endDate()) + 1;
        f.add(Page.Fact.of("Dates", m.startDate() + " to " + m.endDate() + " (" + days + " days)"));
        f.add(Page.Fact.of(
                "Replications",
                m.replications()
                        + (m.replicated()
                                ? ", each with its own seed; the numbers are their mean, with 95% intervals"
                                : "")));
        f.add(Page.Fact.of(m.replicated() ? "Seeds" : "Seed", seeds(m.replicationSeeds())));
        f.add(Page.Fact.of("Scale", String.format(Locale.ROOT, "%,d real men per simulated citizen", m.scale())));
        f.add(Page.Fact.of("callup", m.callupVersion() + " (commit " + m.callupCommit() + ")"));
        f.add(Page.Fact.of(
                "Made",
                String.format(
                        Locale.ROOT,
                        "%s, in %.1f s on %d threads (Java %s)",
                        m.finishedAt() == null
                                ? "unknown"
                                : m.finishedAt().toString().replaceFirst("\\.\\d+Z$", "Z"),
                        m.wallSeconds(),
                        m.threads(),
                        m.javaVersion())));
        return f;
    }

    private static String seeds(List<Long> seeds) {
        String shown = seeds.stream().limit(MAX_SEEDS).map(String::valueOf).collect(Collectors.joining(", "));
        return seeds.size() > MAX_SEEDS ? shown + ", ... (" + seeds.size() + " in manifest.json)" : shown;
    }

    private static Page.Table headline(Path folder, RunData run) throws IOException {
        Map<String, Map<String, String>> summary = new java.util.HashMap<>();
        for (Map<String, String> r : CsvRows.read(folder.resolve(RunFolder.SUMMARY_FILE))) {
            if ("all".equals(r.get("scope"))) {
                summary.put(r.get("metric"), r);
            }
        }
        boolean replicated = run.replicated();
        List<Page.Column> header = new ArrayList<>(List.of(new Page.Column("", ""), new Page.Column("value", "num")));
        if (replicated) {
            header.add(new Page.Column("95% interval", "num"));
        }
        header.add(new Page.Column("what", ""));
        List<Page.Row> rows = new ArrayList<>();
        for (Headline h : HEADLINES) {
            List<Page.Cell> cells = new ArrayList<>();
            cells.add(Page.Cell.of(h.label()));
            Map<String, String> s = summary.get(h.metric());
            if (s == null) {
                cells.add(Page.Cell.num(Format.MISSING));
                if (replicated) {
                    cells.add(Page.Cell.num(""));
                }
                cells.add(Page.Cell.of("not recorded by this run"));
                rows.add(new Page.Row(cells, "na"));
                continue;
            }
            cells.add(Page.Cell.num(Format.number(s.get(h.total() ? "total" : "last"))));
            if (replicated) {
                cells.add(Page.Cell.num(
                        h.total()
                                ? Format.countInterval(
                                        Format.parse(s.get("total_ci_low")), Format.parse(s.get("total_ci_high")))
                                : lastInterval(run, h.metric())));
            }
            cells.add(Page.Cell.of(h.what()));
            rows.add(new Page.Row(cells, ""));
        }
        String note = "The whole country, in real persons (simulated citizens times the scale)"
                + (replicated
                        ? "; the mean of " + run.manifest().replications() + " replications, and the 95% "
                                + "confidence interval of that mean (Student's t): run-to-run noise only. Every "
                                + "headline is a count, so an interval that would reach below zero starts at 0."
                        : ".")
                + " Every series by region, country and post is in daily.csv and summary.csv.";
        return new Page.Table("", header, rows, note);
    }

    private static String lastInterval(RunData run, String metric) {
        Optional<double[]> lo = run.ciLow("all", metric);
        Optional<double[]> hi = run.ciHigh("all", metric);
        if (lo.isEmpty() || hi.isEmpty() || lo.get().length == 0) {
            return "";
        }
        int last = lo.get().length - 1;
        return Format.countInterval(lo.get()[last], hi.get()[last]);
    }

    private static List<Page.Figure> charts(Path folder) throws BadInputException, IOException {
        Path dir = folder.resolve(RunCharts.FOLDER);
        List<RunChart> catalog = ChartCatalog.all();
        if (catalog.stream().noneMatch(c -> Files.isRegularFile(dir.resolve(c.fileName() + ".svg")))) {
            RunCharts.writeAll(folder);
        }
        Figures figures = new Figures();
        List<Page.Figure> out = new ArrayList<>();
        for (RunChart c : catalog) {
            Path svg = dir.resolve(c.fileName() + ".svg");
            if (Files.isRegularFile(svg)) {
                out.add(figures.of(svg, ""));
            }
        }
        return out;
    }

    private static Page.Table events(RunData run) {
        List<Page.Row> rows = new ArrayList<>();
        for (RecordedEvent e : run.events()) {
            rows.add(new Page.Row(
                    List.of(
                            Page.Cell.of(e.date().toString()),
                            Page.Cell.num(Integer.toString(e.day())),
                            Page.Cell.of(e.label())),
                    ""));
        }
        return new Page.Table(
                "",
                List.of(new Page.Column("date", ""), new Page.Column("day", "num"), new Page.Column("event", "")),
                rows,
                "The events of the scenario's timeline that fired, as in "
                        + "events.csv; the charts mark them by number.");
    }

    /** The number mobilized follows the quota: say so with the run's own quota. */
    private static String quotaCaveat(RunData run) {
        if (!run.has("all", "quota")) {
            return "This run has no quota series; what bounds the number mobilized is the scenario's timeline.";
        }
        double quota = java.util.Arrays.stream(run.series("all", "quota"))
                .filter(v -> !Double.isNaN(v))
                .max()
                .orElse(Double.NaN);
        return "In this run the quota in force reached " + Format.number(quota) + " men. Commissariats serve "
                + "summons toward it, so the number mobilized during a call-up largely restates that input and the "
                + "commissariats' capacity rather than finding it; later intakes in the timeline add to it.";
    }
}
