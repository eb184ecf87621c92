package org.callup.experiments.calibration;

import java.util.LinkedHashMap;
import java.util.Map;
import org.callup.results.Targets;

/**
 * How much each kind of source counts in the loss, by the {@code trust} column of a targets file. Official
 * statistics and counts by NGOs that name their method count fully; media figures (often "more than",
 * rounded, or second hand) half; leaks and figures the source itself calls guesses a quarter.
 */
public record TrustWeights(Map<String, Double> byTrust) {
    /** The default weights: official 1, ngo 1, media 0.5, leak 0.25, low 0.25. */
    public static final TrustWeights DEFAULT =
            new TrustWeights(Map.of("official", 1.0, "ngo", 1.0, "media", 0.5, "leak", 0.25, "low", 0.25));

    public TrustWeights {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String trust : Targets.TRUST) {
            Double w = byTrust.get(trust);
            if (w == null) {
                throw new IllegalArgumentException("no weight for trust '" + trust + "'");
            }
            if (!(w >= 0 && w <= 100)) {
                throw new IllegalArgumentException(
                        "weight of trust '" + trust + "' must be between 0 and 100, was " + w);
            }
            m.put(trust, w);
        }
        for (String k : byTrust.keySet()) {
            if (!Targets.TRUST.contains(k)) {
                throw new IllegalArgumentException(
                        "unknown trust '" + k + "' (valid: " + String.join(", ", Targets.TRUST) + ")");
            }
        }
        byTrust = java.util.Collections.unmodifiableMap(m);
    }

    /** The default weights with some replaced. */
    public static TrustWeights withOverrides(Map<String, Double> overrides) {
        Map<String, Double> m = new LinkedHashMap<>(DEFAULT.byTrust());
        m.putAll(overrides);
        return new TrustWeights(m);
    }

    public double weight(String trust) {
        Double w = byTrust.get(trust);
        if (w == null) {
            throw new IllegalArgumentException("unknown trust '" + trust + "'");
        }
        return w;
    }
}
