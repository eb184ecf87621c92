package org.callup.results;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes and reads {@code manifest.json}. The fields are spelled out here rather than bound by reflection so that
 * the file stays stable and readable when the record changes, and so that a damaged file is reported by field.
 */
public final class ManifestJson {
    /** Version of the run folder layout; bump when a file changes meaning. */
    public static final String FORMAT = "callup-run/1";

    private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)\\.[0-9]+([eE][-+]?[0-9]+)?");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestJson() {}

    public static void write(Manifest m, Path file) throws IOException {
        Files.writeString(file, toJson(m) + "\n", StandardCharsets.UTF_8);
    }

    static String toJson(Manifest m) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("about", Manifest.NATURE);
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("name", m.scenarioName());
        scenario.put("origin", m.scenarioOrigin());
        scenario.put("sha256", m.scenarioSha256());
        scenario.put("file", RunFolder.SCENARIO_FILE);
        ObjectNode overrides = root.putObject("overrides");
        new TreeMap<>(m.overrides()).forEach((k, v) -> putValue(overrides, k, v));
        root.put("seed", m.seed());
        root.put("scale", m.scale());
        root.put("threads", m.threads());
        root.put("replications", m.replications());
        ArrayNode seeds = root.putArray("replicationSeeds");
        m.replicationSeeds().forEach(seeds::add);
        if (m.replicated()) {
            root.put("confidenceLevel", m.confidenceLevel());
        }
        root.put("startDate", m.startDate().toString());
        root.put("endDate", m.endDate().toString());
        ObjectNode callup = root.putObject("callup");
        callup.put("version", m.callupVersion());
        callup.put("commit", m.callupCommit());
        root.put("javaVersion", m.javaVersion());
        root.put("startedAt", m.startedAt().toString());
        root.put("finishedAt", m.finishedAt().toString());
        root.put("wallSeconds", m.wallSeconds());
        return JSON.writeValueAsString(root);
    }

    /**
     * The {@code format} marker of a manifest file (such as {@value #FORMAT}, or a sweep's), or null when the file
     * is missing, is not JSON or has none: what kind of folder it describes, without reading the rest.
     */
    public static String formatOf(Path file) {
        try {
            JsonNode format = JSON.readTree(file.toFile()).path("format");
            return format.isTextual() ? format.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Writes an option's value as a JSON number when it is one ({@code --seed 12}, {@code --scale 50}), as text
     * otherwise ({@code --end 2022-10-01}), so that a reader gets a number where the option took one.
     */
    static void putValue(ObjectNode node, String key, String value) {
        if (value != null && WHOLE.matcher(value).matches()) {
            try {
                node.put(key, Long.parseLong(value));
                return;
            } catch (NumberFormatException e) {
                // beyond a long: keep the text
            }
        }
        if (value != null && DECIMAL.matcher(value).matches()) {
            node.put(key, new BigDecimal(value));
            return;
        }
        node.put(key, value);
    }

    /** Reads a manifest; a missing, unreadable or incomplete file is bad input naming the file and the field. */
    public static Manifest read(Path file) throws BadInputException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": not found; is " + file.getParent() + " a callup run folder?");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw corrupt(file, e);
        }
        try {
            return fromJson(root);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
    }

    /**
     * A manifest that is not JSON: which file, and where, in words (Jackson's own message quotes the source as
     * "REDACTED" and names its features).
     */
    public static BadInputException corrupt(Path file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where =
                at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new BadInputException(file + ": the file is corrupt (not valid JSON" + where + "); it was not written "
                + "by callup, or was damaged since");
    }

    private static Manifest fromJson(JsonNode root) {
        JsonNode scenario = required(root, "scenario");
        JsonNode callup = required(root, "callup");
        List<Long> seeds = new ArrayList<>();
        required(root, "replicationSeeds").forEach(n -> seeds.add(n.asLong()));
        Map<String, String> overrides = new LinkedHashMap<>();
        // Numbers since the overrides were written as JSON numbers, text before (and for dates): read both as text.
        root.path("overrides")
                .fields()
                .forEachRemaining(e -> overrides.put(
                        e.getKey(),
                        e.getValue().isNumber()
                                ? e.getValue().decimalValue().toPlainString()
                                : e.getValue().asText()));
        return new Manifest(
                required(scenario, "name").asText(),
                scenario.path("origin").asText(""),
                scenario.path("sha256").asText(""),
                overrides,
                required(root, "seed").asLong(),
                required(root, "scale").asInt(),
                root.path("threads").asInt(1),
                seeds,
                LocalDate.parse(required(root, "startDate").asText()),
                LocalDate.parse(required(root, "endDate").asText()),
                root.path("confidenceLevel").asDouble(Double.NaN),
                callup.path("version").asText(""),
                callup.path("commit").asText(""),
                root.path("javaVersion").asText(""),
                Instant.parse(required(root, "startedAt").asText()),
                Instant.parse(required(root, "finishedAt").asText()));
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("field '" + field + "' is missing");
        }
        return v;
    }
}
