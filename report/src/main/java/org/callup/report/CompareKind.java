package org.callup.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.callup.experiments.compare.CompareFolder;
import org.callup.experiments.compare.CompareManifest;
import org.callup.results.BadInputException;
import org.callup.results.RunData;
import org.callup.results.RunFolder;
import org.callup.results.Targets;
import org.callup.results.Validation;
import org.callup.viz.charts.CompareCharts;

/**
 * The report of a comparison folder ({@code callup compare}): the scenarios compared (each with what it changes
 * from the one it extends), the paired differences of the headlines with their intervals and the variance
 * reduction pairing bought, the charts, and the validation of the baseline against the reported record (the
 * alternatives are counterfactuals, which the record cannot validate).
 */
final class CompareKind implements FolderKind {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public boolean reads(Path folder, Optional<String> manifestFormat) {
        return manifestFormat.filter(CompareManifest.FORMAT::equals).isPresent();
    }

    @Override
    public String description() {
        return "a comparison folder (callup compare)";
    }

    @Override
    public Page page(Path folder) throws BadInputException, IOException {
        JsonNode m = JSON.readTree(folder.resolve(CompareFolder.MANIFEST_FILE).toFile());
        List<JsonNode> scenarios = new ArrayList<>();
        m.path("scenarios").forEach(scenarios::add);
        if (scenarios.isEmpty()) {
            throw new BadInputException(folder + ": its manifest lists no scenarios");
        }
        String baseline = scenarios.get(0).path("name").asText();
        List<String> alternatives =
                scenarios.stream().skip(1).map(s -> s.path("name").asText()).toList();
        List<Page.Section> sections = new ArrayList<>();
        sections.add(new Page.Section(
                "differences",
                "Paired differences",
                List.of(m.path("method").asText()),
                List.of(differences(folder)),
                List.of(),
                ""));
        sections.add(new Page.Section("charts", "Charts", List.of(), List.of(), charts(folder), ""));
        Path baseRun = folder.resolve(CompareFolder.RUNS_DIR).resolve(baseline);
        if (RunFolder.isRunFolder(baseRun)) {
            sections.add(new Page.Section(
                    "validation",
                    "Validation of the baseline against the reported record",
                    List.of("The baseline " + baseline + " against the shipped calibration targets, as callup "
                            + "validate computes it. The alternatives are counterfactuals: the record cannot "
                            + "validate them."),
                    List.of(ValidationTable.of(
                            Validation.of(RunData.read(baseRun), Targets.shipped()), Targets.SHIPPED_LABEL)),
                    List.of(),
                    ""));
        }
        return new Page(
                "comparison",
                String.join(" vs ", alternatives) + " against " + baseline,
                "Paired comparison under common random numbers: each alternative minus the baseline",
                facts(m, scenarios),
                sections,
                Caveats.with(
                        m.has("posterior"),
                        "A difference whose interval excludes zero is a "
                                + "difference in this model with these parameters, not a measured effect of the policy.",
                        "A row marked fixed by the quota restates the model's quota: both scenarios fill it in that "
                                + "window, so the difference in the total mobilized is an assumption, not a finding."));
    }

    private static List<Page.Fact> facts(JsonNode m, List<JsonNode> scenarios) {
        List<Page.Fact> f = new ArrayList<>();
        for (JsonNode s : scenarios) {
            String name = s.path("name").asText();
            String origin = s.path("origin").asText();
            f.add(Page.Fact.of(capitalised(s.path("role").asText("scenario")), name + " (" + origin + ")"));
            for (Page.Fact l : ScenarioText.lineageFacts(
                    ScenarioLineage.of(name, origin, s.path("sha256").asText(null)))) {
                f.add(new Page.Fact("  " + l.label(), l.lines()));
            }
        }
        List<String> seeds = new ArrayList<>();
        m.path("replicationSeeds").forEach(x -> seeds.add(x.asText()));
        JsonNode post = m.path("posterior");
        if (post.isObject()) {
            f.add(Page.Fact.of(
                    "Posterior",
                    post.path("folder").asText() + "/" + post.path("file").asText() + " (sha256 "
                            + post.path("sha256").asText() + ", "
                            + post.path("particles").asText() + " particles)"));
            f.add(Page.Fact.of(
                    "Draws",
                    m.path("replications").asText() + " parameter sets drawn by weight; pair i of every scenario "
                            + "runs draw i on seed i (" + post.path("drawsFile").asText() + ")"));
        } else {
            f.add(Page.Fact.of(
                    "Replications",
                    m.path("replications").asText() + ", replication i of every scenario on " + "seed i"));
        }
        f.add(Page.Fact.of(
                "Seeds",
                seeds.size() > 12
                        ? String.join(", ", seeds.subList(0, 12)) + ", ... (" + seeds.size() + " in manifest.json)"
                        : String.join(", ", seeds)));
        f.add(Page.Fact.of(
                "Scale",
                String.format(
                        java.util.Locale.ROOT,
                        "%,d real men per simulated citizen",
                        m.path("scale").asInt())));
        f.add(Page.Fact.of(
                "Dates",
                m.path("startDate").asText() + " to " + m.path("endDate").asText()));
        List<String> windows = new ArrayList<>();
        m.path("windows")
                .forEach(w -> windows.add(
                        w.path("name").asText() + ": " + w.path("from").asText() + " to "
                                + w.path("to").asText()
                                + (w.path("origin").asText().isEmpty()
                                        ? ""
                                        : " (" + w.path("origin").asText() + ")")));
        f.add(new Page.Fact("Windows", windows));
        f.add(Page.Fact.of("Command", m.path("commandLine").asText()));
        f.add(Page.Fact.of(
                "callup",
                m.path("callup").path("version").asText() + " (commit "
                        + m.path("callup").path("commit").asText() + ")"));
        f.add(Page.Fact.of("Made", m.path("finishedAt").asText().replaceFirst("\\.\\d+Z$", "Z")));
        return f;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Page.Table differences(Path folder) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>(CsvRows.read(folder.resolve(CompareFolder.DIFFERENCES_FILE)));
        // The country first, then the other scopes as the file lists them.
        rows.sort(Comparator.comparingInt(r -> "all".equals(r.get("scope")) ? 0 : 1));
        List<Page.Row> out = new ArrayList<>();
        for (Map<String, String> r : rows) {
            boolean fixed = "true".equals(r.get("quota_bound"));
            out.add(new Page.Row(
                    List.of(
                            Page.Cell.of(r.get("alternative")),
                            Page.Cell.of(r.get("scope")),
                            Page.Cell.of(r.get("metric") + ":" + r.get("statistic")),
                            Page.Cell.of(r.get("window")),
                            Page.Cell.num(Format.number(r.get("baseline_mean"))),
                            Page.Cell.num(Format.number(r.get("alternative_mean"))),
                            Page.Cell.num(signed(Format.parse(r.get("difference")))),
                            Page.Cell.num(
                                    Format.interval(Format.parse(r.get("ci_low")), Format.parse(r.get("ci_high")))),
                            Page.Cell.num(Format.percent(Format.parse(r.get("relative_difference")))),
                            Page.Cell.num(Format.number(r.get("variance_reduction"))),
                            new Page.Cell(
                                    fixed && r.getOrDefault("notes", "").isEmpty()
                                            ? "fixed by the quota"
                                            : r.getOrDefault("notes", ""),
                                    "source")),
                    fixed ? "na" : ""));
        }
        return new Page.Table(
                "",
                List.of(
                        new Page.Column("alternative", ""),
                        new Page.Column("scope", ""),
                        new Page.Column("headline", ""),
                        new Page.Column("window", ""),
                        new Page.Column("baseline", "num"),
                        new Page.Column("alternative", "num"),
                        new Page.Column("difference", "num"),
                        new Page.Column("95% interval", "num"),
                        new Page.Column("rel.", "num"),
                        new Page.Column("pair\u00d7", "num"),
                        new Page.Column("note", "")),
                out,
                "As in differences.csv (the windows' dates are under What was run): alternative minus baseline, the mean of the paired differences and its "
                        + "interval (it holds " + covers(rows)
                        + "); pair\u00d7 is the variance reduction pairing bought over independent runs. "
                        + "differences-daily.csv has them day by day.");
    }

    private static String covers(List<Map<String, String>> rows) {
        return rows.isEmpty() || rows.get(0).get("interval_covers") == null
                ? "run-to-run noise only"
                : rows.get(0).get("interval_covers");
    }

    private static String signed(double v) {
        return Double.isNaN(v) || v <= 0 ? Format.number(v) : "+" + Format.number(v);
    }

    private static List<Page.Figure> charts(Path folder) throws BadInputException, IOException {
        Path dir = folder.resolve(CompareFolder.CHARTS_DIR);
        Figures figures = new Figures();
        if (figures.all(dir, "").isEmpty()) {
            CompareCharts.writeAll(folder);
        }
        List<Page.Figure> out = new ArrayList<>();
        for (String name : List.of("difference", "headlines")) {
            Path svg = dir.resolve(name + ".svg");
            if (Files.isRegularFile(svg)) {
                out.add(figures.of(svg, ""));
            }
        }
        return out.isEmpty() ? figures.all(dir, "") : out;
    }
}
