package org.callup.experiments.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.callup.scenarios.ResolvedScenario;
import org.callup.scenarios.ScenarioException;

/**
 * A sweep ready to run: what its file asks for, the base scenario, the design's points and how to make the
 * scenario of each. Read one with {@link SweepFile#load}.
 */
public final class Sweep {
    private final SweepSpec spec;
    private final Path file;
    private final byte[] bytes;
    private final ResolvedScenario base;
    private final ScenarioVariants variants;
    private final Design design;

    Sweep(SweepSpec spec, Path file, byte[] bytes, ResolvedScenario base, ScenarioVariants variants, Design design) {
        this.spec = spec;
        this.file = file;
        this.bytes = bytes.clone();
        this.base = base;
        this.variants = variants;
        this.design = design;
    }

    public String name() {
        return spec.name();
    }

    public Path file() {
        return file;
    }

    /** The sweep file as read, byte for byte. */
    public byte[] fileBytes() {
        return bytes.clone();
    }

    /** Hash of the sweep file: a sweep folder is resumed only by the very same file. */
    public String fileSha256() {
        return Hashes.sha256(bytes);
    }

    public ResolvedScenario base() {
        return base;
    }

    public int points() {
        return design.size();
    }

    public int replications() {
        return spec.replications();
    }

    public long seed() {
        return spec.seed();
    }

    /** The runs of this sweep, or of one shard of it. */
    public RunPlan plan(Shard shard) {
        return new RunPlan(points(), spec.replications(), spec.seed(), spec.commonRandomNumbers(), shard);
    }

    /** Whether sensitivity indices can be computed (a Sobol design). */
    public boolean sobol() {
        return spec.design() == DesignKind.SOBOL;
    }

    /** One line on what will run, e.g. "sobol design, 4 parameters x 32 samples: 192 points x 2 replications = 384 runs". */
    public String summary() {
        int k = spec.parameters().size();
        String how = switch (spec.design()) {
            case GRID -> "grid of " + k + " parameter" + (k == 1 ? "" : "s");
            case LATIN_HYPERCUBE -> "latin-hypercube design of " + k + " parameter" + (k == 1 ? "" : "s");
            case SOBOL ->
                "sobol design, " + k + " parameter" + (k == 1 ? "" : "s") + " x " + spec.points() + " samples";
        };
        return String.format(
                Locale.ROOT,
                "%s: %d points x %d replication%s = %d runs",
                how,
                points(),
                replications(),
                replications() == 1 ? "" : "s",
                (long) points() * replications());
    }

    SweepSpec spec() {
        return spec;
    }

    /** The parameter values of a point (from 1), in the order of the file. */
    Object[] values(int point) {
        double[] u = design.coordinates(point - 1);
        List<SweepParameter> ps = spec.parameters();
        Object[] v = new Object[ps.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = ps.get(i).domain().value(u[i]);
        }
        return v;
    }

    /** The scenario of a point (from 1); a combination of values that breaks a rule of scenarios throws. */
    ResolvedScenario scenario(int point) throws ScenarioException {
        return variants.build(spec.parameters(), values(point), name() + " point " + point);
    }
}
