package org.callup.experiments.calibration.abc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.callup.results.BadInputException;

/**
 * A posterior shipped with the scenario library: {@code posteriors/<scenario>/posterior.csv} on the class path (in
 * the scenarios module's resources), with the {@value AbcCalibration#MANIFEST_FILE} of the calibration that made
 * it. {@code callup run --posterior default} draws from the one of the scenario run, or, for a scenario without one
 * of its own, from the default scenario's (every shipped scenario extends it and keeps its behavioural
 * parameters); {@code --posterior NAME} from the one of library scenario NAME.
 *
 * @param scenario       the library scenario it was calibrated on
 * @param posterior      the particles
 * @param sha256         SHA-256 of its posterior.csv
 * @param scenarioSha256 SHA-256 of the scenario it was calibrated on (from the manifest; null if not recorded), to
 *                       tell a posterior made before the scenario last changed
 * @param commit         the callup commit that made it (null if not recorded)
 */
public record ShippedPosterior(
        String scenario, Posterior posterior, String sha256, String scenarioSha256, String commit) {
    /** Where shipped posteriors live on the class path. */
    public static final String DIR = "/posteriors/";
    /** The word that names the shipped posterior of the scenario run. */
    public static final String DEFAULT = "default";

    /** The shipped posterior of a library scenario, if there is one. */
    public static Optional<ShippedPosterior> of(String scenario) throws BadInputException, IOException {
        if (!scenario.matches("[A-Za-z0-9_.-]+")) {
            return Optional.empty();
        }
        String base = DIR + scenario + "/";
        byte[] csv;
        try (InputStream in = ShippedPosterior.class.getResourceAsStream(base + Posterior.FILE)) {
            if (in == null) {
                return Optional.empty();
            }
            csv = in.readAllBytes();
        }
        String label = "posteriors/" + scenario + "/" + Posterior.FILE + " (shipped)";
        Posterior p = Posterior.parse(new String(csv, StandardCharsets.UTF_8), label);
        String scenarioSha = null;
        String commit = null;
        try (InputStream in = ShippedPosterior.class.getResourceAsStream(base + AbcCalibration.MANIFEST_FILE)) {
            if (in != null) {
                JsonNode m = new ObjectMapper().readTree(in);
                scenarioSha =
                        m.hasNonNull("scenarioSha256") ? m.get("scenarioSha256").asText() : null;
                commit = m.hasNonNull("callupCommit") ? m.get("callupCommit").asText() : null;
            }
        }
        return Optional.of(new ShippedPosterior(scenario, p, Posterior.sha256(csv), scenarioSha, commit));
    }

    /**
     * The shipped posterior {@code --posterior NAME} means for a run of {@code scenario}: {@value #DEFAULT} is the
     * scenario's own, else {@code fallback}'s (the default scenario); another name is that library scenario's.
     */
    public static Optional<ShippedPosterior> resolve(String name, String scenario, String fallback)
            throws BadInputException, IOException {
        if (!name.equals(DEFAULT)) {
            return of(name);
        }
        Optional<ShippedPosterior> own = of(scenario);
        return own.isPresent() ? own : of(fallback);
    }
}
