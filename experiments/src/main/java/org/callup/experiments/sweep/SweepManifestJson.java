package org.callup.experiments.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.callup.results.BadInputException;
import org.callup.results.Manifest;

/** Writes and reads a sweep folder's {@code manifest.json}, field by field so that the file stays stable. */
public final class SweepManifestJson {
    /** Version of the sweep folder layout; bump when a file changes meaning. */
    public static final String FORMAT = "callup-sweep/1";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SweepManifestJson() {}

    /** Writes the manifest through a temporary file, so that a folder never holds half of one. */
    static void write(SweepManifest m, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, toJson(m) + "\n", StandardCharsets.UTF_8);
        Files.move(
                tmp,
                file,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static String toJson(SweepManifest m) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("about", Manifest.NATURE);
        ObjectNode sweep = root.putObject("sweep");
        sweep.put("name", m.sweepName());
        sweep.put("origin", m.sweepOrigin());
        sweep.put("sha256", m.sweepSha256());
        sweep.put("file", SweepFolder.SWEEP_FILE);
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("name", m.scenarioName());
        scenario.put("origin", m.scenarioOrigin());
        scenario.put("sha256", m.scenarioSha256());
        scenario.put("file", SweepFolder.SCENARIO_FILE);
        root.put("design", m.design());
        root.put("points", m.points());
        root.put("replications", m.replications());
        root.put("runs", m.runs());
        root.put("seed", m.seed());
        root.put("shard", m.shard().toString());
        ObjectNode callup = root.putObject("callup");
        callup.put("version", m.callupVersion());
        callup.put("commit", m.callupCommit());
        root.put("javaVersion", m.javaVersion());
        root.put("createdAt", m.createdAt().toString());
        if (m.completedAt() != null) {
            root.put("completedAt", m.completedAt().toString());
            root.put("failedRuns", m.failedRuns());
        }
        return JSON.writeValueAsString(root);
    }

    /** Whether a folder's manifest is a sweep's (rather than a run's or none). */
    static boolean isSweepManifest(Path file) {
        try {
            return FORMAT.equals(JSON.readTree(file.toFile()).path("format").asText());
        } catch (IOException e) {
            return false;
        }
    }

    public static SweepManifest read(Path file) throws BadInputException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": not found; is " + file.getParent() + " a sweep folder?");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw org.callup.results.ManifestJson.corrupt(file, e);
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new BadInputException(file + ": not the manifest of a sweep folder (format '"
                    + root.path("format").asText() + "', expected " + FORMAT + ")");
        }
        try {
            JsonNode sweep = root.path("sweep");
            JsonNode scenario = root.path("scenario");
            JsonNode callup = root.path("callup");
            String completed = root.path("completedAt").asText(null);
            return new SweepManifest(
                    sweep.path("name").asText(),
                    sweep.path("origin").asText(),
                    sweep.path("sha256").asText(),
                    scenario.path("name").asText(),
                    scenario.path("origin").asText(),
                    scenario.path("sha256").asText(),
                    root.path("design").asText(),
                    root.path("points").asInt(),
                    root.path("replications").asInt(),
                    root.path("seed").asLong(),
                    Shard.parse(root.path("shard").asText("1/1")),
                    callup.path("version").asText(),
                    callup.path("commit").asText(),
                    root.path("javaVersion").asText(),
                    Instant.parse(root.path("createdAt").asText()),
                    completed == null ? null : Instant.parse(completed),
                    root.path("failedRuns").asInt());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BadInputException(file + ": damaged: " + e.getMessage());
        }
    }
}
