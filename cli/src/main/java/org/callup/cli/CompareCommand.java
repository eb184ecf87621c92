package org.callup.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.callup.experiments.compare.CompareFile;
import org.callup.experiments.compare.CompareFolder;
import org.callup.experiments.compare.CompareManifest;
import org.callup.experiments.compare.ComparePlan;
import org.callup.experiments.compare.Comparison;
import org.callup.experiments.compare.DifferenceRow;
import org.callup.experiments.compare.DifferencesCsv;
import org.callup.experiments.compare.Headline;
import org.callup.experiments.compare.PlanReader;
import org.callup.experiments.compare.PosteriorDraws;
import org.callup.experiments.compare.Window;
import org.callup.model.params.Scenario;
import org.callup.results.BadInputException;
import org.callup.results.RunFolder;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioLibrary;
import org.callup.viz.charts.CompareCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code callup compare}: paired comparison of a baseline and alternatives on common random numbers. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Compare policies: paired differences from common random numbers, with intervals.",
            "Run a baseline and alternatives on the same replication seeds (common random numbers) and "
                    + "write a comparison folder: differences.csv (paired difference of each headline with its 95%% "
                    + "interval), differences-daily.csv, charts/ and each scenario's run folder under runs/.",
            "Intervals cover run-to-run noise only, not uncertainty in the parameters; with --posterior, each pair "
                    + "runs a parameter set drawn from a calibration's posterior, and the intervals hold that "
                    + "uncertainty too.",
            "Headlines: metric[:statistic][@window], e.g. mobilized@callup, abroad:last; statistics sum, max, mean, "
                    + "last (default: sum for flows, last for stocks). Windows: callup (announcement to declared "
                    + "end), run, or name=YYYY-MM-DD..YYYY-MM-DD."
        })
public final class CompareCommand implements Callable<Integer> {
    static final Path DEFAULT_ROOT = RunCommand.DEFAULT_ROOT;

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "BASELINE",
            completionCandidates = ScenarioNames.class,
            description = "The baseline: a library scenario or a YAML file.")
    String baseline;

    @Parameters(
            index = "1..*",
            arity = "1..*",
            paramLabel = "ALTERNATIVE",
            description = "One or more alternatives, each compared with the baseline.")
    List<String> alternatives;

    static final int DEFAULT_REPLICATIONS = 10;

    @Option(
            names = "--replications",
            paramLabel = "N",
            description = "Paired replications (2 to 1000). Default: " + DEFAULT_REPLICATIONS + ".")
    Integer replications;

    @Option(
            names = "--seed",
            paramLabel = "S",
            converter = NumberOptions.Seed.class,
            description = "Seed of replication 1 for every scenario (0 or more); default: the baseline's.")
    Long seed;

    @Option(
            names = "--scale",
            paramLabel = "N",
            converter = NumberOptions.Scale.class,
            description = "Real men per simulated citizen for every scenario (1 to " + NumberOptions.MAX_SCALE
                    + "); default: each scenario's.")
    Integer scale;

    @Option(
            names = "--windows",
            split = ",",
            paramLabel = "W",
            description = "Windows: callup, run, or name=YYYY-MM-DD..YYYY-MM-DD. Default: callup,run.")
    List<String> windows;

    @Option(
            names = "--metrics",
            split = ",",
            paramLabel = "M",
            description = "Headlines, metric[:statistic][@window]. Default: " + "mobilized@callup, emigrants@run, "
                    + "abroad:last@run, hiding:last@run, protest_arrests@run, office_attacks@run.")
    List<String> metrics;

    @Option(
            names = "--scopes",
            split = ",",
            paramLabel = "S",
            description = "Scopes: all, regions (every region), or region:<id>, ... Default: all.")
    List<String> scopes;

    @Option(
            names = "--compare-file",
            paramLabel = "FILE",
            description = "YAML file with windows, metrics and scopes; the options above override it.")
    Path compareFile;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            description = "Folder to write. Default: runs/compare-<baseline>-<yyyyMMdd-HHmmss>.")
    Path out;

    @Option(names = "--overwrite", description = "Replace --out if it holds a comparison.")
    boolean overwrite;

    @Mixin
    ThreadsOption threads;

    @Option(
            names = "--posterior",
            paramLabel = "DIR|default|NAME",
            description = "A posterior: the folder of a finished 'callup calibrate --method abc', default (the one "
                    + "shipped for the baseline, else for the default scenario) or a library scenario's name. Pair i "
                    + "of every scenario runs the parameter set of draw i on seed i, so the intervals hold the "
                    + "parameters' uncertainty as well as the noise. Replaces --replications.")
    String posterior;

    @Option(
            names = "--draws",
            paramLabel = "N",
            converter = PosteriorOption.DrawCount.class,
            description = "With --posterior: parameter sets drawn, one pair each (2 to " + PosteriorOption.MAX_DRAWS
                    + "; default " + PosteriorOption.DEFAULT_DRAWS + ").")
    Integer draws;

    @Mixin
    ReportOption reportOption;

    @Mixin
    QuietOption quiet;

    @Override
    public Integer call() throws Exception {
        if (posterior == null && draws != null) {
            throw new BadInputException("--draws needs --posterior FOLDER");
        }
        if (posterior != null && replications != null) {
            throw new BadInputException(
                    "--posterior runs one pair per draw, each on its own seed: give --draws, not --replications");
        }
        int nReplications = replications == null ? DEFAULT_REPLICATIONS : replications;
        if (nReplications < 2 || nReplications > ReplicationsOption.MAX_REPLICATIONS) {
            throw new BadInputException("--replications must be between 2 and " + ReplicationsOption.MAX_REPLICATIONS
                    + " (a paired interval needs at least 2), was " + nReplications);
        }
        int nThreads = threads.checked(spec);
        List<Comparison.Entry> entries = load();
        Scenario base = entries.get(0).effective();
        ComparePlan plan = plan(base);
        long s = seed != null ? seed : base.seed();
        PosteriorDraws drawn = null;
        if (posterior != null) {
            drawn = PosteriorOption.resolve(
                    posterior,
                    entries.get(0).source().name(),
                    draws == null ? PosteriorOption.DEFAULT_DRAWS : draws,
                    s,
                    w -> spec.commandLine().getErr().println("callup compare: warning: " + w));
            nReplications = drawn.size();
            for (Comparison.Entry e : entries) {
                drawn.applyTo(e.effective(), base); // a posterior that does not fit is refused before anything runs
            }
        }
        for (Comparison.Entry e : entries) {
            new MemoryEstimate(e.effective(), e.source().output())
                    .check(Runtime.getRuntime().maxMemory(), e.effective(), Math.min(nThreads, nReplications));
        }
        int pairs = nReplications;
        Path target = out != null
                ? out
                : RunFolder.defaultTarget(
                        DEFAULT_ROOT, "compare-" + entries.get(0).source().name(), LocalDateTime.now());
        PrintWriter err = spec.commandLine().getErr();
        try (CompareFolder folder = CompareFolder.create(target, overwrite)) {
            Thread cleanup = new Thread(folder::close, "remove unfinished comparison folder");
            Runtime.getRuntime().addShutdownHook(cleanup);
            try {
                Comparison c = drawn == null
                        ? new Comparison(entries, plan, s, pairs, nThreads, Clock.systemUTC())
                        : new Comparison(entries, plan, drawn, nThreads, Clock.systemUTC());
                Comparison.Result r = c.run(
                        folder,
                        (name, i, of) ->
                                ProgressDisplay.choose(quiet.quiet, err, name + " (" + i + "/" + of + ")", pairs));
                write(folder, plan, r);
                folder.commit();
                String reportLine = reportOption.write(folder.target(), false);
                report(r, folder.target());
                if (!quiet.quiet) {
                    spec.commandLine().getOut().println(TerminalText.line(reportLine));
                    spec.commandLine().getOut().flush();
                }
            } finally {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            }
        }
        return ExitCodes.OK;
    }

    private List<Comparison.Entry> load() throws Exception {
        List<String> names = new ArrayList<>();
        names.add(baseline);
        names.addAll(alternatives);
        List<Comparison.Entry> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            ResolvedScenario r = ScenarioLibrary.shipped().load(n);
            if (!seen.add(r.name())) {
                throw new BadInputException("scenario '" + r.name() + "' is given twice; compare distinct scenarios");
            }
            Scenario e = r.scenario();
            if (scale != null) {
                e = org.callup.model.params.ParamPaths.set(e, "population.scale", scale);
            }
            java.util.Map<String, String> given = new java.util.LinkedHashMap<>();
            if (scale != null) {
                given.put("scale", scale.toString());
            }
            out.add(new Comparison.Entry(r, e, given));
        }
        Scenario b = out.get(0).effective();
        long s = seed != null ? seed : b.seed();
        if (s < 0) {
            throw new BadInputException("--seed must be 0 or more, was " + s);
        }
        List<Comparison.Entry> fixed = new ArrayList<>();
        for (Comparison.Entry e : out) {
            if (!e.effective().startDate().equals(b.startDate())
                    || !e.effective().endDate().equals(b.endDate())) {
                throw new BadInputException("scenario '" + e.source().name() + "' runs "
                        + e.effective().startDate()
                        + " to " + e.effective().endDate() + ", the baseline " + b.startDate() + " to " + b.endDate()
                        + "; paired days need the same dates");
            }
            java.util.Map<String, String> given = new java.util.LinkedHashMap<>(e.overrides());
            given.put("seed", Long.toString(s));
            fixed.add(new Comparison.Entry(e.source(), e.effective(), given));
        }
        return fixed;
    }

    private ComparePlan plan(Scenario base) throws IOException, BadInputException {
        PlanReader reader = new PlanReader(base);
        CompareFile.Given file = compareFile == null ? null : CompareFile.read(compareFile, reader);
        List<Window> ws = new ArrayList<>();
        if (windows != null) {
            for (String w : windows) {
                add(ws, reader.window(w, "--windows"));
            }
        } else if (file != null && file.windows() != null) {
            ws.addAll(file.windows());
        } else {
            ws.addAll(reader.defaultWindows());
        }
        List<Headline> hs = new ArrayList<>();
        List<String> given = metrics != null ? metrics : file != null ? file.metrics() : null;
        if (given != null) {
            for (String m : given) {
                add(hs, reader.headline(m, ws, metrics != null ? "--metrics" : String.valueOf(compareFile)));
            }
        } else {
            reader.defaultHeadlines(ws).forEach(h -> add(hs, h));
        }
        List<String> sc =
                scopes != null ? scopes : file != null && file.scopes() != null ? file.scopes() : List.of("all");
        List<String> resolved = reader.scopes(sc, scopes != null ? "--scopes" : "scopes");
        if (reader.problems().isEmpty()) {
            reader.checkObserved(hs, resolved, "--metrics");
        }
        if (!reader.problems().isEmpty()) {
            List<PlanReader.Problem> ps = reader.problems();
            if (ps.size() == 1) {
                throw new BadInputException(ps.get(0).toString());
            }
            StringBuilder sb = new StringBuilder(ps.size() + " problems:");
            for (int i = 0; i < ps.size(); i++) {
                sb.append("\n  ").append(i + 1).append(". ").append(ps.get(i));
            }
            throw new BadInputException(sb.toString());
        }
        if (ws.isEmpty() || hs.isEmpty() || resolved.isEmpty()) {
            throw new BadInputException("nothing to compare: give at least one window, metric and scope");
        }
        return new ComparePlan(ws, hs, resolved);
    }

    private static <T> void add(List<T> list, T item) {
        if (item != null) {
            list.add(item);
        }
    }

    private String commandLine() {
        // The root command's parse result holds every argument, the verb included.
        List<String> args = spec.root().commandLine().getParseResult().originalArgs();
        return "callup " + String.join(" ", args);
    }

    private void write(CompareFolder folder, ComparePlan plan, Comparison.Result r) throws Exception {
        double level = Comparison.CONFIDENCE_LEVEL;
        String covers = r.intervalCovers();
        DifferencesCsv.write(folder.file(CompareFolder.DIFFERENCES_FILE), r.baseline(), r.headlines(), level, covers);
        DifferencesCsv.writeDaily(folder.file(CompareFolder.DAILY_FILE), r.baseline(), r.daily(), level, covers);
        if (r.posterior() != null) {
            r.posterior().write(folder.file(PosteriorDraws.FILE));
        }
        CompareManifest.write(
                folder.file(CompareFolder.MANIFEST_FILE),
                r.runs(),
                plan,
                r.seeds(),
                r.posterior(),
                level,
                commandLine(),
                r.started(),
                r.finished());
        CompareCharts.writeAll(folder.work());
    }

    private void report(Comparison.Result r, Path folder) {
        if (quiet.quiet) {
            return;
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println(CompareTable.format(r.baseline(), r.headlines(), r.seeds().size(), r.posterior() != null));
        for (DifferenceRow row : r.headlines()) {
            if (!row.notes().isEmpty() && row.scope().equals("all")) {
                o.printf(
                        Locale.ROOT,
                        "Caveat (%s, %s, %s): %s%n",
                        row.alternative(),
                        row.metric(),
                        row.window().name(),
                        row.notes());
            }
        }
        o.printf(Locale.ROOT, "Wrote %s%n", RunCommand.shown(folder));
        o.flush();
    }
}
