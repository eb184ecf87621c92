package org.callup.experiments.sweep;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.callup.scenarios.yaml.StrictValues;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlNode;

/**
 * Reads {@code design}: {@code {type: grid}}, {@code {type: latin-hypercube, points: N}} or
 * {@code {type: sobol, points: N, bootstrap: B}} (N base samples, so N (k + 2) points for k parameters).
 */
final class DesignReader {
    static final int MAX_POINTS = 1_000_000;
    static final int DEFAULT_BOOTSTRAP = 1000;
    static final int MAX_BOOTSTRAP = 100_000;

    private final StrictValues in;

    DesignReader(StrictValues in) {
        this.in = in;
    }

    /** What the file says; the number of points also depends on the parameters. */
    record Read(DesignKind kind, int samples, int bootstrap) {
        /** The number of design points, or 0 after a problem at {@code at}. */
        int points(List<SweepParameter> parameters, YamlNode at) {
            long n = switch (kind) {
                case GRID -> GridDesign.sizeOf(counts(parameters));
                case LATIN_HYPERCUBE -> samples;
                case SOBOL -> SaltelliDesign.sizeOf(samples, parameters.size());
            };
            if (n < 0 || n > MAX_POINTS) {
                return 0;
            }
            return (int) n;
        }

        Design build(List<SweepParameter> parameters, long seed) {
            return switch (kind) {
                case GRID -> new GridDesign(counts(parameters));
                // Run numbers start at 1, so index 0 gives the design a stream no run uses.
                case LATIN_HYPERCUBE -> new LatinHypercubeDesign(samples, parameters.size(), RunSeeds.of(seed, 0));
                case SOBOL -> new SaltelliDesign(samples, parameters.size());
            };
        }

        private static int[] counts(List<SweepParameter> parameters) {
            return parameters.stream()
                    .mapToInt(p -> ((Domain.Listed) p.domain()).values().size())
                    .toArray();
        }
    }

    /** The design, or null after a problem. */
    Read read(YamlNode node) {
        YamlMap m = in.mapping(node, "a mapping such as {type: sobol, points: 64}");
        if (m == null) {
            return null;
        }
        if (m.get("type") == null) {
            in.at(m, "design needs 'type': " + String.join(", ", DesignKind.keys()));
            return null;
        }
        String key = in.choice(m.get("type"), DesignKind.keys());
        if (key == null) {
            return null;
        }
        DesignKind kind = DesignKind.byKey(key);
        Set<String> allowed = new LinkedHashSet<>(List.of("type"));
        if (kind != DesignKind.GRID) {
            allowed.add("points");
        }
        if (kind == DesignKind.SOBOL) {
            allowed.add("bootstrap");
        }
        Set<String> required = kind == DesignKind.GRID ? Set.of() : Set.of("points");
        if (kind == DesignKind.GRID && m.get("points") != null) {
            in.at(m.get("points"), "a grid has one point per combination of values; remove 'points'");
            return null;
        }
        if (!in.keys(m, allowed, required, "a " + key + " design")) {
            return null;
        }
        Long points = kind == DesignKind.GRID ? Long.valueOf(0) : in.whole(m.get("points"), 2, MAX_POINTS);
        Long bootstrap = m.get("bootstrap") == null
                ? Long.valueOf(DEFAULT_BOOTSTRAP)
                : in.whole(m.get("bootstrap"), 0, MAX_BOOTSTRAP);
        if (points == null || bootstrap == null) {
            return null;
        }
        return new Read(kind, points.intValue(), bootstrap.intValue());
    }
}
