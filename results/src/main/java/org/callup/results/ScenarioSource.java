package org.callup.results;

/**
 * Where a run's scenario came from, for the run folder: its name, origin (library name or file path), the resolved
 * YAML that is written next to the results, and that YAML's SHA-256.
 */
public record ScenarioSource(String name, String origin, String resolvedYaml, String sha256) {
    public ScenarioSource {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("scenario name is required");
        }
        origin = origin == null ? "" : origin;
        resolvedYaml = resolvedYaml == null ? "" : resolvedYaml;
        sha256 = sha256 == null ? "" : sha256;
    }
}
