package org.callup.experiments.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.callup.results.CallupVersion;
import org.callup.results.Manifest;

/**
 * {@code manifest.json} of a comparison folder: what was compared (every scenario's name, origin and hash, the
 * baseline first), on which seeds (and, over a posterior, which posterior by its hash and which draws), over which windows, headlines and scopes, by which callup and command line, and
 * what the numbers mean. Every file of the folder is explained by it.
 */
public final class CompareManifest {
    /** Kind and version of the folder layout; bump when a file changes meaning. */
    public static final String FORMAT = "callup-compare/1";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One scenario of the comparison, with the manifest of its run. */
    public record Scenario(String role, Manifest run) {}

    private CompareManifest() {}

    public static void write(
            Path file,
            List<Scenario> scenarios,
            ComparePlan plan,
            List<Long> seeds,
            PosteriorDraws posterior,
            double level,
            String commandLine,
            Instant started,
            Instant finished)
            throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("about", Manifest.NATURE);
        root.put("method", method(posterior));
        root.put("intervalCovers", posterior == null ? Comparison.COVERS_NOISE : Comparison.COVERS_POSTERIOR);
        root.put("commandLine", commandLine);
        ArrayNode list = root.putArray("scenarios");
        for (Scenario s : scenarios) {
            ObjectNode n = list.addObject();
            n.put("role", s.role());
            n.put("name", s.run().scenarioName());
            n.put("origin", s.run().scenarioOrigin());
            n.put("sha256", s.run().scenarioSha256());
            n.put("runFolder", CompareFolder.RUNS_DIR + "/" + s.run().scenarioName());
            ObjectNode o = n.putObject("overrides");
            new java.util.TreeMap<>(s.run().overrides()).forEach(o::put);
        }
        Manifest first = scenarios.get(0).run();
        root.put("seed", seeds.get(0));
        root.put("scale", first.scale());
        root.put("replications", seeds.size());
        ArrayNode sa = root.putArray("replicationSeeds");
        seeds.forEach(sa::add);
        root.put("confidenceLevel", level);
        root.put("startDate", first.startDate().toString());
        root.put("endDate", first.endDate().toString());
        if (posterior != null) {
            ObjectNode p = root.putObject("posterior");
            p.put("source", posterior.source());
            p.put("file", org.callup.experiments.calibration.abc.Posterior.FILE);
            p.put("sha256", posterior.sha256());
            p.put("particles", posterior.posterior().size());
            p.put("draws", posterior.size());
            ArrayNode drawn = p.putArray("drawnParticles");
            for (int k : posterior.particles()) {
                drawn.add(k + 1);
            }
            p.put("drawsFile", PosteriorDraws.FILE);
        }
        ArrayNode windows = root.putArray("windows");
        for (Window w : plan.windows()) {
            windows.addObject()
                    .put("name", w.name())
                    .put("from", w.from().toString())
                    .put("to", w.to().toString())
                    .put("origin", w.origin());
        }
        ArrayNode headlines = root.putArray("headlines");
        plan.headlines().forEach(h -> headlines.add(h.spec()));
        ArrayNode scopes = root.putArray("scopes");
        plan.scopes().forEach(scopes::add);
        ObjectNode files = root.putObject("files");
        for (Map.Entry<String, String> e : FILES.entrySet()) {
            files.put(e.getKey(), e.getValue());
        }
        if (posterior != null) {
            files.put(
                    PosteriorDraws.FILE,
                    "the parameter set and seed of each pair: draw, particle of posterior.csv (from 1), seed and the "
                            + "particle's values; every scenario ran every draw");
        }
        CallupVersion v = CallupVersion.current();
        ObjectNode callup = root.putObject("callup");
        callup.put("version", v.version());
        callup.put("commit", v.commit());
        root.put("javaVersion", System.getProperty("java.version"));
        root.put("startedAt", started.toString());
        root.put("finishedAt", finished.toString());
        Files.writeString(file, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    private static String method(PosteriorDraws posterior) {
        String tail = " each difference is alternative minus baseline, with a Student t interval over the paired "
                + "differences. varianceReduction = (var(baseline) + var(alternative)) / var(difference).";
        if (posterior == null) {
            return "Paired comparison under common random numbers: replication i of every scenario runs on seed i of "
                    + "'replicationSeeds';"
                    + tail
                    + " The intervals cover run-to-run noise only, not uncertainty in the parameters.";
        }
        return "Paired comparison over posterior draws under common random numbers: pair i of every scenario runs "
                + "the parameter set of draw i (drawn by weight from the posterior named under 'posterior') on seed i "
                + "of 'replicationSeeds';"
                + tail
                + " The pairs differ in their parameters as well as their seeds, so the intervals hold the "
                + "uncertainty of the posterior's parameters as well as run-to-run noise (not the uncertainty of "
                + "the model's structure or of the parameters that were not calibrated).";
    }

    private static final Map<String, String> FILES = new java.util.LinkedHashMap<>(Map.of(
            CompareFolder.DIFFERENCES_FILE,
                    "paired difference of each headline (metric, statistic, window) per "
                            + "alternative and scope; columns in DifferencesCsv",
            CompareFolder.DAILY_FILE,
                    "paired difference per day, scope and metric (series daily, and cumulative "
                            + "for flows), with its interval",
            CompareFolder.CHARTS_DIR, "difference over time (one panel per metric) and the headline table, PNG and SVG",
            CompareFolder.RUNS_DIR,
                    "one run folder per scenario: daily.csv holds every replication, so every "
                            + "difference can be recomputed without running again"));
}
