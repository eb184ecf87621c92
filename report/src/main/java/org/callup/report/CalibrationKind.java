package org.callup.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.callup.experiments.calibration.CalibrationFolder;
import org.callup.experiments.calibration.FitReport;
import org.callup.results.BadInputException;
import org.callup.results.Target;
import org.callup.results.Targets;
import org.callup.viz.charts.FitChart;

/**
 * The report of a calibration folder ({@code callup calibrate}): the setup, the fitted parameters with their
 * bounds and how firmly the targets pin them, the fit of every target (misses first) as a table and a chart, and
 * the convergence of the search. A calibration folder has no manifest; it is known by its setup and fit files.
 */
final class CalibrationKind implements FolderKind {
    private static final Pattern SCENARIO = Pattern.compile("(\\S+) \\((.*)\\), sha256 (\\p{XDigit}+)");
    private static final Pattern TOP_LINE = Pattern.compile("([a-z]+): (.*)");

    @Override
    public boolean reads(Path folder, Optional<String> manifestFormat) {
        return manifestFormat.isEmpty() && CalibrationFolder.isCalibrationFolder(folder);
    }

    @Override
    public String description() {
        return "a calibration folder (callup calibrate)";
    }

    @Override
    public Page page(Path folder) throws BadInputException, IOException {
        String setup = Files.readString(folder.resolve(CalibrationFolder.SETUP_FILE), StandardCharsets.UTF_8);
        Map<String, String> top = new HashMap<>();
        setup.lines()
                .map(TOP_LINE::matcher)
                .filter(Matcher::matches)
                .forEach(m -> top.putIfAbsent(m.group(1), m.group(2)));
        List<Map<String, String>> trace = CsvRows.read(folder.resolve(CalibrationFolder.TRACE_FILE));
        Optional<Path> calibrated = calibratedScenario(folder);
        List<Page.Section> sections = new ArrayList<>();
        sections.add(new Page.Section(
                "parameters",
                "Fitted parameters",
                calibrated
                        .map(p -> List.of("The "
                                + "calibrated scenario " + p.getFileName()
                                + " extends the input and sets only these values; "
                                + "run it with callup run " + p.getFileName() + "."))
                        .orElse(List.of()),
                List.of(FittedParameters.of(folder, trace)),
                List.of(),
                ""));
        sections.add(fit(folder));
        sections.add(new Page.Section(
                "convergence",
                "Convergence",
                List.of("The loss of every candidate the "
                        + "search evaluated, and the best so far; a flat best line at the end means the search settled "
                        + "(or ran out of budget: see the setup)."),
                List.of(ConvergenceTrace.table(trace)),
                ConvergenceTrace.figure(trace).map(List::of).orElse(List.of()),
                ""));
        sections.add(new Page.Section(
                "setup",
                "Setup",
                List.of("As kept in setup.txt: a calibration restarted with "
                        + "another setup does not continue this one."),
                List.of(),
                List.of(),
                setup));
        String scenario = top.getOrDefault("scenario", "");
        Matcher sm = SCENARIO.matcher(scenario);
        String title = calibrated
                .map(p -> p.getFileName().toString().replaceFirst("\\.ya?ml$", ""))
                .orElse(folder.getFileName().toString());
        return new Page(
                "calibration",
                title,
                "A calibration of " + (sm.matches() ? sm.group(1) : scenario) + " to reported targets",
                facts(folder, top, sm),
                sections,
                Caveats.with("A calibrated parameter "
                        + "is the value that best reproduces these targets under this model, not a measurement; "
                        + "a parameter the targets do not pin (see pinned by) could take other values as well."));
    }

    private static List<Page.Fact> facts(Path folder, Map<String, String> top, Matcher scenario) throws IOException {
        List<Page.Fact> f = new ArrayList<>();
        f.add(Page.Fact.of(
                "Scenario",
                scenario.matches()
                        ? scenario.group(1) + " (" + scenario.group(2) + ")"
                        : top.getOrDefault("scenario", "unknown")));
        if (scenario.matches()) {
            f.addAll(ScenarioText.lineageFacts(
                    ScenarioLineage.of(scenario.group(1), scenario.group(2), scenario.group(3))));
        }
        for (String k : List.of("runs", "targets", "search")) {
            if (top.containsKey(k)) {
                f.add(Page.Fact.of(Character.toUpperCase(k.charAt(0)) + k.substring(1), top.get(k)));
            }
        }
        f.add(Page.Fact.of("callup", top.getOrDefault("callup", "unknown")));
        f.add(Page.Fact.of(
                "Made",
                Files.getLastModifiedTime(folder.resolve(CalibrationFolder.FIT_FILE))
                        .toInstant()
                        .toString()
                        .replaceFirst("\\.\\d+Z$", "Z")));
        return f;
    }

    private static Optional<Path> calibratedScenario(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith("-calibrated.yaml"))
                    .sorted()
                    .findFirst();
        }
    }

    private static Page.Section fit(Path folder) throws BadInputException, IOException {
        Path targetsFile = folder.resolve(CalibrationFolder.TARGETS_FILE);
        Map<String, Target> targets = new HashMap<>();
        if (Files.isRegularFile(targetsFile)) {
            for (Target t : Targets.read(targetsFile)) {
                targets.put(t.id(), t);
            }
        }
        List<Map<String, String>> rows = new ArrayList<>(CsvRows.read(folder.resolve(CalibrationFolder.FIT_FILE)));
        rows.sort(Comparator.comparingInt(CalibrationKind::order));
        List<Page.Row> out = new ArrayList<>();
        int replications = 0;
        for (Map<String, String> r : rows) {
            boolean counted = r.getOrDefault("reason", "").isEmpty();
            boolean inside = "true".equals(r.get("inside"));
            replications = Math.max(replications, (int) Math.max(0, Format.parse(r.get("replications"))));
            Target t = targets.get(r.get("id"));
            String window = r.get("date_from").equals(r.get("date_to"))
                    ? r.get("date_from")
                    : r.get("date_from") + " to " + r.get("date_to");
            out.add(new Page.Row(
                    List.of(
                            Page.Cell.of(r.get("id") + " (" + r.get("statistic") + " of " + r.get("metric") + ", "
                                    + r.get("scope") + ")"),
                            Page.Cell.of(window),
                            Page.Cell.num(Format.number(r.get("value"))),
                            Page.Cell.num(
                                    ValidationTable.range(Format.parse(r.get("low")), Format.parse(r.get("high")))),
                            Page.Cell.num(counted ? Format.number(r.get("simulated_mean")) : ""),
                            Page.Cell.num(
                                    counted
                                            ? Format.interval(
                                                    Format.parse(r.get("ci_low")), Format.parse(r.get("ci_high")))
                                            : ""),
                            Page.Cell.num(counted ? r.get("runs_inside") + "/" + r.get("replications") : ""),
                            new Page.Cell(
                                    !counted ? notCounted(r.get("reason")) : inside ? "inside" : "OUTSIDE", "verdict"),
                            Page.Cell.linked(
                                    t == null ? "" : t.source() + (t.trust().isEmpty() ? "" : " [" + t.trust() + "]"),
                                    "source")),
                    !counted ? "na" : inside ? "pass" : "fail"));
        }
        Page.Table table = new Page.Table(
                "",
                List.of(
                        new Page.Column("target", ""),
                        new Page.Column("window", ""),
                        new Page.Column("reported", "num"),
                        new Page.Column("range", "num"),
                        new Page.Column("simulated", "num"),
                        new Page.Column("95% interval", "num"),
                        new Page.Column("runs inside", "num"),
                        new Page.Column("result", ""),
                        new Page.Column("source", "")),
                out,
                "The calibrated scenario's mean over " + replications + " replications; misses first, then the targets "
                        + "inside, then those not counted (n/a: their window is not within the simulated dates). As in "
                        + "fit.csv.");
        return new Page.Section(
                "fit",
                "Fit to the targets",
                List.of(),
                List.of(table),
                List.of(fitFigure(folder, rows, targets, replications)),
                "");
    }

    /** Why a target was not counted, short: the common reason in a few words, others as fit.csv has them. */
    private static String notCounted(String reason) {
        return reason.contains("is not within the simulated dates")
                ? "n/a: outside the dates"
                : "not counted: " + reason;
    }

    private static int order(Map<String, String> r) {
        if (!r.getOrDefault("reason", "").isEmpty()) {
            return 2;
        }
        return "true".equals(r.get("inside")) ? 1 : 0;
    }

    /** fit.svg, drawn from fit.csv and targets.csv when the calibration skipped it. */
    private static Page.Figure fitFigure(
            Path folder, List<Map<String, String>> rows, Map<String, Target> targets, int replications)
            throws IOException {
        Path svg = folder.resolve(CalibrationFolder.FIT_CHART + ".svg");
        if (!Files.isRegularFile(svg)) {
            List<FitReport.Row> fit = new ArrayList<>();
            for (Map<String, String> r : rows) {
                Target t = targets.get(r.get("id"));
                if (t != null && r.getOrDefault("reason", "").isEmpty()) {
                    fit.add(new FitReport.Row(
                            t,
                            Format.parse(r.get("weight")),
                            Format.parse(r.get("simulated_mean")),
                            Format.parse(r.get("simulated_sd")),
                            Format.parse(r.get("ci_low")),
                            Format.parse(r.get("ci_high")),
                            (int) Format.parse(r.get("runs_inside")),
                            Format.parse(r.get("loss_share")),
                            ""));
                }
            }
            fit.sort(Comparator.comparingLong(r -> r.target().line()));
            FitChart.write(new FitReport(fit, Double.NaN, replications), folder, CalibrationFolder.FIT_CHART);
        }
        return new Figures()
                .of(
                        svg,
                        "Every counted target: the simulated mean and its 95% interval against the "
                                + "reported value and range, in times the reported value.");
    }
}
