package org.callup.scenarios;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.callup.model.params.Scenario;

/**
 * A scenario ready to run, with the record of where it came from.
 *
 * @param scenario       the validated parameters of the run
 * @param name           the scenario's name
 * @param origin         {@code library:<name>} for a shipped scenario, else the path of the file it was read from
 * @param resolvedYaml   the whole scenario after {@code extends}, regions and posts spelt out, as YAML; loading it
 *                       gives an equal scenario, so a run folder that keeps it can be re-run exactly
 * @param sha256         hex SHA-256 of {@code resolvedYaml} (UTF-8): equal hashes mean equal scenarios
 * @param output         what the run should keep of its observations
 * @param eventIndexById for each event of the timeline that has an {@code id}, its position in
 *                       {@code scenario.timeline()}, in firing order. Ids are not written to {@code resolvedYaml}:
 *                       a scenario loaded from it has none
 */
public record ResolvedScenario(
        Scenario scenario,
        String name,
        String origin,
        String resolvedYaml,
        String sha256,
        OutputSpec output,
        Map<String, Integer> eventIndexById) {

    public ResolvedScenario {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(resolvedYaml, "resolvedYaml");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(eventIndexById, "eventIndexById");
        if (!sha256(resolvedYaml).equals(sha256)) {
            throw new IllegalArgumentException("sha256 does not match resolvedYaml");
        }
        int events = scenario.timeline().size();
        if (eventIndexById.values().stream().anyMatch(i -> i < 0 || i >= events)) {
            throw new IllegalArgumentException(
                    "an event index is outside the timeline of " + events + " events: " + eventIndexById);
        }
        eventIndexById = Collections.unmodifiableMap(new LinkedHashMap<>(eventIndexById));
    }

    static ResolvedScenario of(
            Scenario scenario, String origin, OutputSpec output, Map<String, Integer> eventIndexById) {
        String yaml = ScenarioYamlWriter.write(scenario, output);
        return new ResolvedScenario(scenario, scenario.name(), origin, yaml, sha256(yaml), output, eventIndexById);
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
