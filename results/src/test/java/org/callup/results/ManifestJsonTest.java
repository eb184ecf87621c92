package org.callup.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestJsonTest {
    @TempDir
    Path dir;

    private static Manifest manifest(Map<String, String> overrides) {
        return new Manifest(
                "tiny",
                "library:tiny",
                "abc",
                overrides,
                12,
                50,
                2,
                List.of(12L, 99L),
                TinyScenario.START,
                TinyScenario.START.plusDays(9),
                0.95,
                "0.1",
                "deadbeef",
                "17",
                Instant.parse("2022-01-01T00:00:00Z"),
                Instant.parse("2022-01-01T00:00:21.5Z"));
    }

    @Test
    void everyNumberIsAJsonNumberAndEveryDateOrNameText() throws Exception {
        Path file = dir.resolve("manifest.json");
        ManifestJson.write(manifest(Map.of("seed", "12", "scale", "50", "end", "2022-09-30")), file);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        for (String field : List.of("seed", "scale", "threads", "replications", "confidenceLevel", "wallSeconds")) {
            assertTrue(root.get(field).isNumber(), field + " is " + root.get(field));
        }
        root.get("replicationSeeds").forEach(n -> assertTrue(n.isNumber(), "seed " + n));
        assertTrue(root.get("overrides").get("seed").isIntegralNumber(), "--seed: " + root.get("overrides"));
        assertTrue(root.get("overrides").get("scale").isIntegralNumber());
        assertTrue(root.get("overrides").get("end").isTextual(), "a date stays text");
        for (String field : List.of("format", "startDate", "endDate", "startedAt", "finishedAt", "javaVersion")) {
            assertTrue(root.get(field).isTextual(), field + " is " + root.get(field));
        }
        assertTrue(root.get("scenario").get("name").isTextual());
        assertTrue(root.get("callup").get("commit").isTextual());
    }

    @Test
    void whatIsWrittenIsReadBack() throws Exception {
        Path file = dir.resolve("manifest.json");
        Manifest m = manifest(Map.of("seed", "12", "scale", "50", "end", "2022-09-30"));
        ManifestJson.write(m, file);
        assertEquals(m, ManifestJson.read(file));
    }

    @Test
    void oldManifestsWithNumbersAsTextAreStillRead() throws Exception {
        Path file = dir.resolve("manifest.json");
        Files.writeString(file, """
                {"format": "callup-run/1", "scenario": {"name": "tiny"}, "overrides": {"seed": "12", "end": "2022-09-30"},
                 "seed": "12", "scale": "50", "threads": 1, "replications": 1, "replicationSeeds": ["12"],
                 "startDate": "2022-09-21", "endDate": "2022-09-30", "callup": {"version": "0.1"},
                 "startedAt": "2022-01-01T00:00:00Z", "finishedAt": "2022-01-01T00:00:01Z"}
                """);
        Manifest m = ManifestJson.read(file);
        assertEquals(12, m.seed());
        assertEquals(50, m.scale());
        assertEquals(List.of(12L), m.replicationSeeds());
        assertEquals(Map.of("seed", "12", "end", "2022-09-30"), m.overrides());
    }
}
